module github.com/quotewire/quotewire

go 1.26.8

require github.com/jdkato/prose/v3 v3.2.3

require (
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/peterbourgon/ff/v3 v3.4.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
