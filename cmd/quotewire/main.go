// Command quotewire attributes quotations in news articles: on the command
// line (extract, eval), as a Kafka worker (run), and over HTTP (serve).
//
// main is thin: it parses the subcommand and its flags, builds the
// configuration structs of the packages that do the work (pipeline,
// pipeline/kafkaio, pipeline/fileio, internal/httpapi) and runs them.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"reflect"
	"strings"
	"sync"
	"syscall"

	"github.com/peterbourgon/ff/v3/ffcli"
)

// version is the build's version, stamped with -ldflags "-X main.version=…".
var version = "dev"

// usageError marks a usage or configuration error: exit status 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// errFailed reports that a command ran but some of its work failed; the
// details were already printed.
var errFailed = errors.New("some inputs failed")

// loggedError is an error the command has already logged (the worker logs
// its fatal error as JSON): exit status 1, printed once.
type loggedError struct{ err error }

func (e loggedError) Error() string { return e.err.Error() }
func (e loggedError) Unwrap() error { return e.err }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := exitCode(realMain(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	stop()
	os.Exit(code)
}

func exitCode(err error) int {
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		return 2
	default:
		return 1
	}
}

// subcommands returns the command tree.
func subcommands(stdin io.Reader, stdout, stderr io.Writer) []*ffcli.Command {
	return []*ffcli.Command{
		extractCmd(stdin, stdout, stderr),
		evalCmd(stdout, stderr),
		trainCmd(stdout, stderr),
		runCmd(stderr),
		produceCmd(stdin, stderr),
		demoCmd(stdout, stderr),
		dlqCmd(stdout, stderr),
		serveCmd(stderr),
		versionCmd(stdout),
	}
}

// realMain wires the subcommands; it is main without the process exit, so
// tests can run it.
func realMain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	stdout, stderr = lockWriters(stdout, stderr)
	root := &ffcli.Command{
		Name:        "quotewire",
		ShortUsage:  "quotewire <subcommand> [flags] [args]",
		ShortHelp:   "Find every quotation in news articles, with its speaker and role.",
		LongHelp:    "Run `quotewire <subcommand> -h` for a subcommand's flags.",
		Subcommands: subcommands(stdin, stdout, stderr),
		FlagSet:     flag.NewFlagSet("quotewire", flag.ContinueOnError),
	}
	help := &ffcli.Command{
		Name:       "help",
		ShortUsage: "quotewire help",
		ShortHelp:  "List the subcommands.",
		Exec: func(context.Context, []string) error {
			fmt.Fprintln(stdout, ffcli.DefaultUsageFunc(root))
			return nil
		},
	}
	root.Subcommands = append(root.Subcommands, help)
	root.Exec = func(_ context.Context, args []string) error {
		if len(args) > 0 {
			return usagef("unknown subcommand %q: use one of %s (quotewire help)", args[0], strings.Join(names(root.Subcommands), ", "))
		}
		fmt.Fprintln(stderr, ffcli.DefaultUsageFunc(root))
		return usageError{errors.New("a subcommand is required")}
	}
	root.FlagSet.SetOutput(stderr)
	var quiet func([]*ffcli.Command)
	quiet = func(cs []*ffcli.Command) {
		for _, c := range cs {
			if c.FlagSet != nil {
				c.FlagSet.SetOutput(stderr)
			}
			quiet(c.Subcommands)
		}
	}
	quiet(root.Subcommands)
	if err := root.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		fmt.Fprintln(stderr, "quotewire:", err)
		return usageError{err}
	}
	err := root.Run(ctx)
	var le loggedError
	if err != nil && !errors.Is(err, errFailed) && !errors.Is(err, flag.ErrHelp) && !errors.As(err, &le) {
		fmt.Fprintln(stderr, "quotewire:", err)
	}
	return err
}

func names(cs []*ffcli.Command) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Name)
	}
	return out
}

func versionCmd(stdout io.Writer) *ffcli.Command {
	return &ffcli.Command{
		Name:       "version",
		ShortUsage: "quotewire version",
		ShortHelp:  "Print the build version and the extractor and schema versions.",
		Exec: func(context.Context, []string) error {
			fmt.Fprintf(stdout, "quotewire %s (extractor %s, schema %d)\n", version, extractorVersion(), schemaVersion())
			return nil
		},
	}
}

// interspersed parses flags that follow positional arguments
// ("eval GOLD.jsonl --subset speech"), which package flag stops at.
func interspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for len(args) > 0 {
		if args[0] == "-" || !strings.HasPrefix(args[0], "-") {
			pos = append(pos, args[0])
			args = args[1:]
			continue
		}
		if err := fs.Parse(args); err != nil {
			return nil, usageError{err}
		}
		args = fs.Args()
	}
	return pos, nil
}

// plural is "1 article", "2 articles".
func plural(n int64, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// lockedWriter serialises writes: log lines come from the Kafka client's
// goroutines as well as the command's own, and a writer that is not a file
// (a test's buffer, a pipe wrapper) is not safe for that.
type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// lockWriters wraps stdout and stderr, with one lock when they are the same
// writer.
func lockWriters(stdout, stderr io.Writer) (io.Writer, io.Writer) {
	out := lockedWriter{mu: &sync.Mutex{}, w: stdout}
	// == on interfaces panics for a non-comparable dynamic type.
	if t := reflect.TypeOf(stdout); t != nil && t.Comparable() && stderr == stdout {
		return out, out
	}
	return out, lockedWriter{mu: &sync.Mutex{}, w: stderr}
}
