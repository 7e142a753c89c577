package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"strings"

	"github.com/quotewire/quotewire/extractor"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

// envPrefix: every flag of run, produce, demo, dlq replay and serve has an
// environment equivalent, --brokers <-> QUOTEWIRE_BROKERS.
const envPrefix = "QUOTEWIRE"

// usage is the one help text of each flag that several subcommands with
// environment variables share: one name, one meaning (a test checks that
// no two subcommands give a name different help).
var usage = map[string]string{
	"brokers":          "Kafka bootstrap brokers, comma-separated",
	"tls-ca":           "PEM file of the CA that signs the brokers' certificates (enables TLS)",
	"tls-cert":         "PEM client certificate for mutual TLS (with --tls-key)",
	"tls-key":          "PEM client key for mutual TLS (with --tls-cert)",
	"sasl-mechanism":   "SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (empty: none)",
	"sasl-user":        "SASL user name",
	"sasl-password":    "SASL password (prefer the QUOTEWIRE_SASL_PASSWORD environment variable)",
	"input-topic":      "topic of raw articles",
	"output-topic":     "topic of attribution records (created compacted)",
	"dlq-topic":        "dead-letter topic of input that cannot be processed",
	"group":            "consumer group",
	"concurrency":      "extractions run at once (default: all cores)",
	"max-bytes":        "largest article value accepted, in bytes (run dead-letters larger ones, produce does not send them, serve answers 413)",
	"addr":             "listen address of the operations endpoints /metrics, /healthz and /readyz (empty: none)",
	"http-addr":        "listen address of the HTTP API, its page and the operations endpoints",
	"log-level":        "log level: debug, info, warn or error",
	"log-format":       "log format: json or text",
	"shutdown-timeout": "time allowed to finish in-flight articles on SIGTERM",
	"model":            "decision model file from quotewire train (default: the model embedded in the binary; none: the rules' hand-set decisions)",
}

// modelEnv is the environment variable of --model, also for extract and
// eval, which read no other variable.
const modelEnv = envPrefix + "_MODEL"

// modelOption turns --model into extractor options: "" is the embedded
// model, "none" the rules alone, anything else a model file, which must be
// usable: a corrupt one, or one for another extractor version, is a
// configuration error at start (exit 2), never a silent fallback.
func modelOption(path string) ([]extractor.Option, error) {
	switch path {
	case "":
		return nil, nil
	case "none":
		return []extractor.Option{extractor.WithRulesOnly()}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, usagef("--model: %v", err)
	}
	defer f.Close()
	m, err := extractor.ReadModel(f)
	if err != nil {
		return nil, usagef("--model %s: %v", path, err)
	}
	return []extractor.Option{extractor.WithModel(m)}, nil
}

// newExtractor builds the extractor of a subcommand with its --model.
func newExtractor(model string, opts ...extractor.Option) (*extractor.Extractor, error) {
	mo, err := modelOption(model)
	if err != nil {
		return nil, err
	}
	return extractor.New(append(opts, mo...)...)
}

// kafkaFlags are the connection flags shared by run, produce, demo and
// dlq replay.
type kafkaFlags struct {
	brokers                 string
	tlsCA, tlsCert, tlsKey  string
	saslMech, saslUser, pwd string
}

func (k *kafkaFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&k.brokers, "brokers", "127.0.0.1:9092", usage["brokers"])
	fs.StringVar(&k.tlsCA, "tls-ca", "", usage["tls-ca"])
	fs.StringVar(&k.tlsCert, "tls-cert", "", usage["tls-cert"])
	fs.StringVar(&k.tlsKey, "tls-key", "", usage["tls-key"])
	fs.StringVar(&k.saslMech, "sasl-mechanism", "", usage["sasl-mechanism"])
	fs.StringVar(&k.saslUser, "sasl-user", "", usage["sasl-user"])
	fs.StringVar(&k.pwd, "sasl-password", "", usage["sasl-password"])
}

// configFlags names the flag of each kafkaio.Config field, for messages.
var configFlags = map[string]string{
	"Brokers": "--brokers", "TLS.CAFile": "--tls-ca", "TLS.CertFile": "--tls-cert/--tls-key",
	"SASL.Mechanism": "--sasl-mechanism", "SASL.User": "--sasl-user",
}

// config turns the flags into a kafkaio.Config (TLS and SASL are built
// inside kafkaio); errors are usage errors naming the flag.
func (k *kafkaFlags) config(log *slog.Logger) (kafkaio.Config, error) {
	cfg := kafkaio.Config{Logger: log,
		TLS:  kafkaio.TLS{CAFile: k.tlsCA, CertFile: k.tlsCert, KeyFile: k.tlsKey},
		SASL: kafkaio.SASL{Mechanism: k.saslMech, User: k.saslUser, Password: k.pwd}}
	for _, b := range strings.Split(k.brokers, ",") {
		if b = strings.TrimSpace(b); b != "" {
			cfg.Brokers = append(cfg.Brokers, b)
		}
	}
	if err := cfg.Validate(); err != nil {
		return cfg, usageError{flagErrors(err)}
	}
	return cfg, nil
}

// flagErrors rewrites kafkaio's configuration errors to name the flags.
func flagErrors(err error) error {
	var errs []error
	var walk func(error)
	walk = func(e error) {
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				walk(x)
			}
			return
		}
		var ce *kafkaio.ConfigError
		if errors.As(e, &ce) {
			if f, ok := configFlags[ce.Field]; ok {
				errs = append(errs, fmt.Errorf("%s: %w", f, ce.Err))
				return
			}
		}
		errs = append(errs, e)
	}
	walk(err)
	return errors.Join(errs...)
}

func defaultConcurrency() int { return runtime.GOMAXPROCS(0) }

// newLogger returns the JSON (or text) logger of a command. Levels print by
// name (DEBUG, INFO, WARN, ERROR) and durations as durations ("1.5s"), not
// integer nanoseconds.
func newLogger(w io.Writer, level, format string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, usagef("--log-level: %w", err)
	}
	opts := &slog.HandlerOptions{Level: lv, ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Value.Kind() == slog.KindDuration {
			return slog.String(a.Key, a.Value.Duration().String())
		}
		return a
	}}
	switch format {
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	}
	return nil, usagef("--log-format must be json or text, not %q", format)
}

// logConfig logs the effective configuration, secrets redacted.
func logConfig(log *slog.Logger, fs *flag.FlagSet) {
	var attrs []any
	fs.VisitAll(func(f *flag.Flag) {
		v := f.Value.String()
		if strings.Contains(f.Name, "password") && v != "" {
			v = "[redacted]"
		}
		attrs = append(attrs, f.Name, v)
	})
	log.Info("configuration", attrs...)
}
