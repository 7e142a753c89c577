package main

import (
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/peterbourgon/ff/v3/ffcli"
	"go.yaml.in/yaml/v3"
)

// flagSets returns the flags each subcommand accepts, from the real
// command tree.
func flagSets(t *testing.T) map[string]*flag.FlagSet {
	t.Helper()
	out := map[string]*flag.FlagSet{}
	var walk func(prefix string, cs []*ffcli.Command)
	walk = func(prefix string, cs []*ffcli.Command) {
		for _, c := range cs {
			name := strings.TrimSpace(prefix + " " + c.Name)
			if c.FlagSet != nil {
				out[name] = c.FlagSet
			}
			walk(name, c.Subcommands)
		}
	}
	walk("", []*ffcli.Command{extractCmd(nil, io.Discard, io.Discard), evalCmd(io.Discard, io.Discard), runCmd(io.Discard),
		produceCmd(nil, io.Discard), demoCmd(io.Discard, io.Discard), dlqCmd(io.Discard, io.Discard), serveCmd(io.Discard),
		versionCmd(io.Discard)})
	return out
}

// checkInvocation checks a quotewire command line (args after the binary)
// and its QUOTEWIRE_* environment against the real flag sets.
func checkInvocation(t *testing.T, where string, args []string, env []string, sets map[string]*flag.FlagSet) {
	t.Helper()
	if len(args) == 0 {
		t.Errorf("%s: no subcommand", where)
		return
	}
	sub := args[0]
	if sub == "dlq" && len(args) > 1 {
		sub, args = "dlq "+args[1], args[1:]
	}
	fs, ok := sets[sub]
	if !ok {
		t.Errorf("%s: unknown subcommand %q", where, sub)
		return
	}
	for _, a := range args[1:] {
		if !strings.HasPrefix(a, "-") {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if fs.Lookup(name) == nil {
			t.Errorf("%s: %s has no flag --%s", where, sub, name)
		}
	}
	for _, e := range env {
		if !strings.HasPrefix(e, envPrefix+"_") {
			continue
		}
		name := strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(e, envPrefix+"_"), "_", "-"))
		if fs.Lookup(name) == nil {
			t.Errorf("%s: %s is not an environment variable of %s", where, e, sub)
		}
	}
}

func readYAMLDocs(t *testing.T, path string) []map[string]any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []map[string]any
	dec := yaml.NewDecoder(f)
	for {
		var d map[string]any
		if err := dec.Decode(&d); err == io.EOF {
			return docs
		} else if err != nil {
			t.Fatalf("%s does not parse: %v", path, err)
		}
		if d != nil {
			docs = append(docs, d)
		}
	}
}

func strs(v any) []string {
	var out []string
	if l, ok := v.([]any); ok {
		for _, x := range l {
			out = append(out, strings.TrimSpace(toString(x)))
		}
	}
	return out
}

func toString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func keys(v any) []string {
	var out []string
	if m, ok := v.(map[string]any); ok {
		for k := range m {
			out = append(out, k)
		}
	}
	return out
}

// The compose stack parses, and its quotewire services use only
// subcommands, flags and variables the binary accepts.
func TestComposeFile(t *testing.T) {
	sets := flagSets(t)
	docs := readYAMLDocs(t, "../../deploy/compose.yaml")
	services, _ := docs[0]["services"].(map[string]any)
	quotewire := 0
	for name, s := range services {
		svc := s.(map[string]any)
		image := toString(svc["image"])
		if strings.HasPrefix(image, "apache/kafka:") {
			if v := strings.TrimPrefix(image, "apache/kafka:"); v < "4.1" {
				t.Errorf("%s: Kafka %s; 4.1 or later is needed (4.0.0 rejects kafka-go's JoinGroup)", name, v)
			}
			continue
		}
		if !strings.HasPrefix(image, "quotewire") {
			t.Errorf("%s: unexpected image %s", name, image)
			continue
		}
		quotewire++
		checkInvocation(t, "compose "+name, strs(svc["command"]), keys(svc["environment"]), sets)
	}
	if quotewire < 2 {
		t.Errorf("compose has %d quotewire services, want workers and the producer", quotewire)
	}
}

// The Kubernetes manifests parse; the Deployment's args and every variable
// of the ConfigMap and Secret are ones `run` accepts; the grace period
// exceeds the shutdown drain; probes hit the real endpoints.
func TestKubernetesManifests(t *testing.T) {
	sets := flagSets(t)
	files, _ := filepath.Glob("../../deploy/k8s/*.yaml")
	if len(files) < 5 {
		t.Fatalf("manifests missing: %v", files)
	}
	kinds := map[string]map[string]any{}
	for _, f := range files {
		for _, d := range readYAMLDocs(t, f) {
			kinds[toString(d["kind"])] = d
			if toString(d["kind"]) == "Secret" || toString(d["kind"]) == "ConfigMap" {
				data, _ := d["data"].(map[string]any)
				if data == nil {
					data, _ = d["stringData"].(map[string]any)
				}
				checkInvocation(t, f, []string{"run"}, keys(data), sets)
			}
		}
	}
	for _, k := range []string{"Deployment", "ConfigMap", "Secret", "PodDisruptionBudget", "ScaledObject"} {
		if kinds[k] == nil {
			t.Errorf("no %s manifest", k)
		}
	}
	dep := kinds["Deployment"]
	spec := dep["spec"].(map[string]any)["template"].(map[string]any)["spec"].(map[string]any)
	c := spec["containers"].([]any)[0].(map[string]any)
	checkInvocation(t, "deployment", strs(c["args"]), nil, sets)
	grace, _ := spec["terminationGracePeriodSeconds"].(int)
	if grace <= 30 {
		t.Errorf("terminationGracePeriodSeconds %d must exceed the 30 s shutdown drain", grace)
	}
	for _, probe := range []string{"livenessProbe", "readinessProbe"} {
		path := toString(c[probe].(map[string]any)["httpGet"].(map[string]any)["path"])
		if path != "/healthz" && path != "/readyz" {
			t.Errorf("%s probes %s", probe, path)
		}
	}
}

// The Dockerfile builds the real command and runs a real subcommand as
// non-root; the monitoring files parse and use the worker's metric names.
func TestDockerfileAndMonitoring(t *testing.T) {
	b, err := os.ReadFile("../../deploy/Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	df := string(b)
	for _, want := range []string{"./cmd/quotewire", "USER nonroot", "CGO_ENABLED=0", "-X main.version=${VERSION}", `CMD ["run"]`} {
		if !strings.Contains(df, want) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}
	alerts := readYAMLDocs(t, "../../deploy/monitoring/alerts.yaml")
	dash, err := os.ReadFile("../../deploy/monitoring/grafana-dashboard.json")
	if err != nil {
		t.Fatal(err)
	}
	var d map[string]any
	if err := json.Unmarshal(dash, &d); err != nil {
		t.Fatalf("dashboard: %v", err)
	}
	known := map[string]bool{"quotes_consumed_total": true, "quotes_articles_total": true, "quotes_dead_lettered_total": true,
		"quotes_extracted_total": true, "quotes_records_published_total": true, "quotes_errors_total": true,
		"quotes_extract_seconds_bucket": true, "quotes_publish_seconds_bucket": true, "quotes_consumer_lag": true}
	al, _ := json.Marshal(alerts)
	for _, m := range regexp.MustCompile(`quotes_[a-z_]+`).FindAllString(string(dash)+string(al), -1) {
		if !known[m] {
			t.Errorf("monitoring uses %s, which the worker does not export", m)
		}
	}
}

// docs/operations.md documents every flag of run, produce, dlq replay and
// demo with its environment variable.
func TestOperationsGuideListsEveryFlag(t *testing.T) {
	b, err := os.ReadFile("../../docs/operations.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	for _, sub := range []string{"run", "produce", "dlq replay", "demo", "serve"} {
		flagSets(t)[sub].VisitAll(func(f *flag.Flag) {
			env := envPrefix + "_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
			if !strings.Contains(doc, "`--"+f.Name+"`") || !strings.Contains(doc, env) {
				t.Errorf("docs/operations.md lacks --%s / %s of %s", f.Name, env, sub)
			}
		})
	}
}
