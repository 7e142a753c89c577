package main

import (
	"context"
	"flag"
	"io"

	"github.com/peterbourgon/ff/v3/ffcli"
)

func evalCmd(stdout, stderr io.Writer) *ffcli.Command {
	fs := flag.NewFlagSet("quotewire eval", flag.ContinueOnError)
	return &ffcli.Command{Name: "eval", FlagSet: fs, Exec: func(context.Context, []string) error { return nil }}
}
