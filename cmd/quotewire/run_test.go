package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/quotewire/quotewire/pipeline"
)

// Bad configuration is a usage error: exit status 2, with a clear message.
func TestRunConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		env  map[string]string
		want string
	}{
		{[]string{"run", "--sasl-mechanism", "GSSAPI", "--sasl-user", "u"}, nil, "PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512"},
		{[]string{"run", "--sasl-mechanism", "PLAIN"}, nil, "needs --sasl-user"},
		{[]string{"run", "--tls-cert", "c.pem"}, nil, "--tls-cert and --tls-key go together"},
		{[]string{"run", "--tls-ca", "/nonexistent.pem"}, nil, "--tls-ca"},
		{[]string{"run", "--brokers", "no-port"}, nil, "broker address"},
		{[]string{"run", "--log-format", "xml"}, nil, "--log-format"},
		{[]string{"run", "--log-level", "loud"}, nil, "--log-level"},
		{[]string{"run", "--output-topic", "same", "--dlq-topic", "same"}, nil, "must differ"},
		{[]string{"run", "--concurrency", "0"}, nil, "must be positive"},
		{[]string{"run"}, map[string]string{"QUOTEWIRE_SASL_MECHANISM": "KERBEROS", "QUOTEWIRE_SASL_USER": "u"}, "PLAIN, SCRAM-SHA-256"},
		{[]string{"run", "extra"}, nil, "no arguments"},
	} {
		for k, v := range tc.env {
			t.Setenv(k, v)
		}
		_, errOut, code := run(t, "", tc.args...)
		if code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v %v: exit %d, stderr %q; want exit 2 and %q", tc.args, tc.env, code, errOut, tc.want)
		}
		for k := range tc.env {
			t.Setenv(k, "")
		}
	}
}

// The effective configuration is logged at start with the password redacted.
func TestRunLogsConfigRedacted(t *testing.T) {
	t.Setenv("QUOTEWIRE_SASL_PASSWORD", "hunter2")
	_, errOut, code := run(t, "", "run", "--sasl-mechanism", "PLAIN", "--sasl-user", "u", "--concurrency", "-1")
	if code != 2 {
		t.Fatalf("exit %d", code)
	}
	if strings.Contains(errOut, "hunter2") {
		t.Fatal("password printed")
	}
}

func TestOpsHandler(t *testing.T) {
	reg := prometheus.NewRegistry()
	m, err := pipeline.NewMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	m.SetLag(map[int]int64{0: 5})
	ready := false
	srv := httptest.NewServer(opsHandler(reg, func() bool { return ready }))
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz %d", code)
	}
	if code, _ := get("/readyz"); code != 503 {
		t.Errorf("/readyz before ready: %d", code)
	}
	ready = true
	if code, _ := get("/readyz"); code != 200 {
		t.Errorf("/readyz when ready: %d", code)
	}
	code, body := get("/metrics")
	if code != 200 || !strings.Contains(body, `quotes_consumer_lag{partition="0"} 5`) || !strings.Contains(body, "quotes_extract_seconds") {
		t.Errorf("/metrics %d:\n%s", code, body)
	}
}
