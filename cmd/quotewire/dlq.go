package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/peterbourgon/ff/v3"
	"github.com/peterbourgon/ff/v3/ffcli"

	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

// HeaderReplayedFrom marks a re-published article with where its dead
// letter was.
const HeaderReplayedFrom = "quotewire-replayed-from"

func dlqCmd(stdout, stderr io.Writer) *ffcli.Command {
	fs := flag.NewFlagSet("quotewire dlq replay", flag.ContinueOnError)
	var k kafkaFlags
	k.register(fs)
	dlqTopic := fs.String("dlq-topic", "articles.dlq", usage["dlq-topic"])
	input := fs.String("input-topic", "articles", usage["input-topic"])
	classes := fs.String("class", "", "only these error classes, comma-separated (default: all): "+strings.Join(classNames(), ", "))
	dry := fs.Bool("dry-run", false, "list what would be re-published, publish nothing")
	replay := &ffcli.Command{
		Name:       "replay",
		ShortUsage: "quotewire dlq replay [--class C1,C2] [--dry-run] [flags]",
		ShortHelp:  "Re-publish dead-lettered articles (all, or by error class) to the input topic after a fix.",
		FlagSet:    fs,
		Options:    []ff.Option{ff.WithEnvVarPrefix(envPrefix)},
		Exec: func(ctx context.Context, args []string) error {
			if len(args) > 0 {
				return usagef("dlq replay takes no arguments")
			}
			var want []pipeline.Class
			for _, c := range strings.Split(*classes, ",") {
				if c = strings.TrimSpace(c); c != "" {
					if !pipeline.Class(c).Poison() {
						return usagef("--class %q: not one of %s", c, strings.Join(classNames(), ", "))
					}
					want = append(want, pipeline.Class(c))
				}
			}
			log, _ := newLogger(stderr, "warn", "text")
			cfg, err := k.config(log)
			if err != nil {
				return err
			}
			return replayDLQ(ctx, cfg, *dlqTopic, *input, want, *dry, stdout, stderr)
		},
	}
	return &ffcli.Command{
		Name:        "dlq",
		ShortUsage:  "quotewire dlq replay [flags]",
		ShortHelp:   "Work with the dead-letter topic.",
		Subcommands: []*ffcli.Command{replay},
		Exec: func(context.Context, []string) error {
			return usagef("dlq needs a subcommand: replay")
		},
	}
}

// classNames lists the dead-letter classes.
func classNames() []string {
	var out []string
	for _, c := range pipeline.PoisonClasses() {
		out = append(out, string(c))
	}
	return out
}

// replayDLQ re-publishes the dead letters that exist now, restoring each
// article's original key, value and headers.
func replayDLQ(ctx context.Context, cfg kafkaio.Config, dlqTopic, input string, classes []pipeline.Class, dry bool, stdout, stderr io.Writer) error {
	var recs []pipeline.Record
	byClass := map[pipeline.Class]int{}
	skipped := 0
	err := kafkaio.ReadToEnd(ctx, cfg, dlqTopic, func(m pipeline.Message) {
		var class pipeline.Class
		msg, source := "", ""
		var headers []pipeline.Header
		for _, h := range m.Headers {
			switch h.Key {
			case pipeline.HeaderErrorClass:
				class = pipeline.Class(h.Value)
			case pipeline.HeaderErrorMsg:
				msg = string(h.Value)
			case pipeline.HeaderSource:
				source = string(h.Value)
			default:
				headers = append(headers, h)
			}
		}
		if len(classes) > 0 && !slices.Contains(classes, class) {
			skipped++
			return
		}
		byClass[class]++
		headers = append(headers, pipeline.Header{Key: HeaderReplayedFrom, Value: []byte(fmt.Sprintf("%s/%d/%d", m.Topic, m.Partition, m.Offset))})
		recs = append(recs, pipeline.Record{Topic: input, Key: m.Key, Value: m.Value, Headers: headers})
		if dry {
			fmt.Fprintf(stdout, "%s/%d/%d\tkey=%q\tclass=%s\tsource=%s\t%s\n", m.Topic, m.Partition, m.Offset, m.Key, class, source, msg)
		}
	})
	if err != nil {
		return err
	}
	names := make([]string, 0, len(byClass))
	for c := range byClass {
		names = append(names, fmt.Sprintf("%s=%d", c, byClass[c]))
	}
	sort.Strings(names)
	verb := "re-published"
	if dry {
		verb = "would re-publish"
	} else if len(recs) > 0 {
		sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: cfg})
		if err != nil {
			return err
		}
		defer sink.Close()
		for i := 0; i < len(recs); i += 500 {
			batch := recs[i:min(i+500, len(recs))]
			if err := pipeline.WriteRetrying(ctx, sink, writeBudget, nil, batch...); err != nil {
				return fmt.Errorf("re-publishing to %s: %w", input, err)
			}
		}
	}
	fmt.Fprintf(stderr, "quotewire dlq replay: %s %s from %s to %s (%s); %d of other classes left\n",
		verb, plural(int64(len(recs)), "dead letter", "dead letters"), dlqTopic, input, strings.Join(names, ", "), skipped)
	return nil
}
