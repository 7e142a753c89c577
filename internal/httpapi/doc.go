// Package httpapi is quotewire's HTTP side: the extraction API and its page
// (`quotewire serve`), and the operations endpoints /metrics, /healthz and
// /readyz that `quotewire run` serves too.
//
// The API bounds its work: at most Concurrency extractions run at once, a
// few more requests wait briefly for a slot, and beyond that it answers 503
// with Retry-After, so memory stays bounded under any load. Every response
// carries X-Content-Type-Options: nosniff and a Content-Security-Policy that
// lets the page load only its own script and style.
package httpapi
