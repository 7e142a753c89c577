package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/pipeline"
)

func newTestServer(t *testing.T, maxBytes int) *httptest.Server {
	t.Helper()
	x, err := extractor.New()
	if err != nil {
		t.Fatal(err)
	}
	h, err := newServer(x, maxBytes, 5*time.Second, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func TestServeAPI(t *testing.T) {
	srv := newTestServer(t, 4096)
	article := "Talks resumed.\n\n\"We regret this,\" said Kremlin Spokesman Dimitry Peskov. 🎉"
	jsonBody, _ := json.Marshal(map[string]string{"id": "a1", "text": article})
	tests := []struct {
		name, method, path, ctype, body string
		code                            int
		class                           string
	}{
		{"json article", "POST", "/v1/extract", "application/json", string(jsonBody), 200, ""},
		{"plain text", "POST", "/v1/extract?id=t1", "text/plain; charset=utf-8", article, 200, ""},
		{"empty text", "POST", "/v1/extract", "text/plain", "", 200, ""},
		{"bad json", "POST", "/v1/extract", "application/json", `{"id":"x","text":`, 400, pipeline.ClassInvalidJSON},
		{"json not an object", "POST", "/v1/extract", "application/json", `["x"]`, 400, pipeline.ClassInvalidJSON},
		{"json without text", "POST", "/v1/extract", "application/json", `{"id":"x"}`, 400, pipeline.ClassMissingText},
		{"invalid utf8", "POST", "/v1/extract", "text/plain", "bad \xff", 400, pipeline.ClassInvalidUTF8},
		{"too large", "POST", "/v1/extract", "text/plain", strings.Repeat("x", 5000), 413, pipeline.ClassTooLarge},
		{"wrong content type", "POST", "/v1/extract", "application/xml", "<a/>", 415, "unsupported_media_type"},
		{"no content type", "POST", "/v1/extract", "", "x", 415, "unsupported_media_type"},
		{"wrong method", "GET", "/v1/extract", "", "", 405, "method_not_allowed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, srv.URL+tc.path, strings.NewReader(tc.body))
			if tc.ctype != "" {
				req.Header.Set("Content-Type", tc.ctype)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.code || resp.Header.Get("Content-Type") != "application/json" {
				t.Fatalf("status %d (%s), want %d: %s", resp.StatusCode, resp.Header.Get("Content-Type"), tc.code, b)
			}
			if tc.code != 200 {
				var e apiError
				if err := json.Unmarshal(b, &e); err != nil || e.Error != tc.class || e.Message == "" {
					t.Errorf("error body %s, want class %s", b, tc.class)
				}
				return
			}
			var rec extractor.Result
			if err := json.Unmarshal(b, &rec); err != nil {
				t.Fatal(err)
			}
			if tc.body != "" && (len(rec.Quotes) != 1 || rec.Quotes[0].Speaker.Name != "Dimitry Peskov") {
				t.Errorf("record %s", b)
			}
		})
	}
}

// The API returns the same bytes as `quotewire extract` and the worker.
func TestServeSameRecordAsExtract(t *testing.T) {
	srv := newTestServer(t, 1<<20)
	text, err := os.ReadFile("../../testdata/extract/unicode-festival.txt")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(srv.URL+"/v1/extract?id=unicode-festival", "text/plain", bytes.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var out bytes.Buffer
	if err := realMain(context.Background(), []string{"extract", "--quiet", "../../testdata/extract/unicode-festival.txt"}, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, bytes.TrimSpace(out.Bytes())) {
		t.Errorf("serve and extract differ:\n%s\n%s", got, out.Bytes())
	}
}

func TestServePageAndOps(t *testing.T) {
	srv := newTestServer(t, 1<<20)
	for path, want := range map[string]string{"/": "<textarea id=\"article\"", "/app.js": "utf16Index", "/style.css": ".quote",
		"/healthz": "ok", "/readyz": "ready"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Errorf("GET %s: %d, lacks %q", path, resp.StatusCode, want)
		}
	}
	http.Post(srv.URL+"/v1/extract", "text/plain", strings.NewReader("x"))
	resp, _ := http.Get(srv.URL + "/metrics")
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `quotes_http_requests_total{code="200"} 1`) {
		t.Errorf("/metrics:\n%s", b)
	}
}
