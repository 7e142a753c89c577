//go:build browser

package httpapi

import (
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/internal/testenv"
)

var updateScreenshot = flag.Bool("update-screenshot", false, "write docs/page.png for the README")

// TestPageInBrowser drives the page in headless Chromium: it pastes one of
// our test articles (non-ASCII text and an emoji: the record's offsets are
// code points, the browser's strings UTF-16), extracts, and checks the
// highlighted quotes, the speaker panel and the quote details. It saves a
// screenshot for review.
func TestPageInBrowser(t *testing.T) {
	chromium := os.Getenv("QUOTEWIRE_CHROMIUM")
	if chromium == "" {
		chromium, _ = exec.LookPath("chromium")
	}
	if chromium == "" {
		testenv.Missing(t, "Chromium is not installed: apt-get install chromium, or set QUOTEWIRE_CHROMIUM")
	}
	srv, _ := newTestServer(t, Config{})
	textB, err := os.ReadFile("../../testdata/extract/unicode-festival.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(textB)
	x, _ := extractor.New()
	rec, err := x.Extract(context.Background(), extractor.Article{ID: "page", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(text)
	var want []string
	for _, q := range rec.Quotes {
		for _, s := range q.Segments {
			want = append(want, string(runes[s[0]:s[1]]))
		}
	}
	wantSpeakers := map[string]bool{}
	for _, s := range rec.Speakers {
		if s.Name != "" {
			wantSpeakers[string(s.Name)] = true
		}
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 1000),
		// Chromium's singleton socket goes to TMPDIR: a test directory, removed after.
		chromedp.Env("TMPDIR="+t.TempDir()))
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()

	// Record every Content-Security-Policy violation from the first script on.
	err = chromedp.Do(bctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`})
		return err
	}))
	if err != nil {
		t.Fatalf("driving Chromium: %v", err)
	}
	err = chromedp.Do(bctx,
		chromedp.Navigate(srv.URL),
		chromedp.WaitVisible("#article"),
		chromedp.SetValue("#article", text),
		chromedp.Click("#extract"),
		chromedp.WaitVisible("#rendered .quote"),
	)
	if err != nil {
		t.Fatalf("driving Chromium: %v", err)
	}
	eval := func(expr string) []string {
		v, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](expr))
		if err != nil {
			t.Fatalf("evaluating %s: %v", expr, err)
		}
		return v
	}
	if v := eval(`window.cspViolations`); len(v) > 0 {
		t.Errorf("the page breaks its own Content-Security-Policy: %q", v)
	}
	if v := eval(`[getComputedStyle(document.querySelector('#rendered .quote')).cursor]`); len(v) == 0 || v[0] == "auto" {
		t.Errorf("style.css is not applied (quote cursor %q)", v)
	}
	quotes := eval(`[...document.querySelectorAll('#rendered .quote')].map(e => e.textContent)`)
	names := eval(`[...document.querySelectorAll('#speakers .name')].map(e => e.textContent)`)
	counts := eval(`[...document.querySelectorAll('#speakers .count')].map(e => e.textContent)`)
	// Keyboard: focus the second quote, whose text holds an emoji.
	if err := chromedp.Do(bctx, chromedp.Focus(`#rendered .quote[data-quote="1"]`)); err != nil {
		t.Fatal(err)
	}
	details, err := chromedp.Run(bctx, chromedp.Text("#details"))
	if err != nil {
		t.Fatal(err)
	}
	shot, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(quotes, "\n") != strings.Join(want, "\n") {
		t.Errorf("highlighted quotes differ from the record's segments:\n got %q\nwant %q", quotes, want)
	}
	for _, n := range names {
		delete(wantSpeakers, n)
	}
	if len(wantSpeakers) > 0 {
		t.Errorf("speaker panel %q lacks %v", names, wantSpeakers)
	}
	if len(counts) == 0 || !strings.Contains(strings.Join(counts, " "), "quote") {
		t.Errorf("quote counts %q", counts)
	}
	for _, wantDetail := range []string{"José Araújo", "festival director", "direct", "explicit"} {
		if !strings.Contains(details, wantDetail) {
			t.Errorf("details of the focused quote lack %q: %q", wantDetail, details)
		}
	}
	dir := os.Getenv("QUOTEWIRE_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "quotewire-browser-test")
	}
	os.MkdirAll(dir, 0o755)
	path := filepath.Join(dir, "page.png")
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
	if *updateScreenshot {
		os.WriteFile("../../docs/page.png", shot, 0o644)
	}
}
