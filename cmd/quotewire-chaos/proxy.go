package main

import (
	"github.com/quotewire/quotewire/internal/faultproxy"
	"github.com/quotewire/quotewire/internal/harness"
)

func newProxy(addr, target string) (harness.Proxy, error) { return faultproxy.Listen(addr, target) }
