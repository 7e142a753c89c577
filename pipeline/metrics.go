package pipeline

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics holds the worker's Prometheus instruments, registered on the
// registry given to NewMetrics (never the global one). A nil *Metrics
// records nothing.
type Metrics struct {
	consumedTotal  prometheus.Counter
	articlesTotal  *prometheus.CounterVec
	deadTotal      *prometheus.CounterVec
	quotesTotal    prometheus.Counter
	recordsTotal   prometheus.Counter
	errorsTotal    *prometheus.CounterVec
	extractSeconds prometheus.Histogram
	publishSeconds prometheus.Histogram
	lag            *prometheus.GaugeVec
}

// Label values and names.
const (
	labelResult    = "result"
	labelClass     = "class"
	labelStage     = "stage"
	labelPartition = "partition"
	resultOK       = "ok"
	resultDead     = "dead_letter"
)

// NewMetrics creates the instruments and registers them on reg.
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{
		consumedTotal: prometheus.NewCounter(prometheus.CounterOpts{Name: "quotes_consumed_total",
			Help: "Input messages fetched."}),
		articlesTotal: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "quotes_articles_total",
			Help: "Articles processed and committed, by result (ok or dead_letter)."}, []string{labelResult}),
		deadTotal: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "quotes_dead_lettered_total",
			Help: "Input messages sent to the dead-letter topic, by error class."}, []string{labelClass}),
		quotesTotal: prometheus.NewCounter(prometheus.CounterOpts{Name: "quotes_extracted_total",
			Help: "Quotes in published attribution records."}),
		recordsTotal: prometheus.NewCounter(prometheus.CounterOpts{Name: "quotes_records_published_total",
			Help: "Records acknowledged by the broker (attribution and dead-letter)."}),
		errorsTotal: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "quotes_errors_total",
			Help: "Errors by stage (fetch, publish, commit, join, read, client) and class (network, timeout, broker, rebalance, denied, fatal, record_refused)."}, []string{labelStage, labelClass}),
		extractSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "quotes_extract_seconds",
			Help: "Time to extract one article.", Buckets: prometheus.ExponentialBuckets(0.0001, 3, 12)}),
		publishSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "quotes_publish_seconds",
			Help: "Time to write one batch of records with acks=all.", Buckets: prometheus.ExponentialBuckets(0.001, 2.5, 12)}),
		lag: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "quotes_consumer_lag",
			Help: "Messages between the group's committed offset and the end of each input partition."}, []string{labelPartition}),
	}
	for _, c := range []prometheus.Collector{m.consumedTotal, m.articlesTotal, m.deadTotal, m.quotesTotal, m.recordsTotal,
		m.errorsTotal, m.extractSeconds, m.publishSeconds, m.lag} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (m *Metrics) consumed() {
	if m != nil {
		m.consumedTotal.Inc()
	}
}

func (m *Metrics) article(deadClass Class, quotes int) {
	if m == nil {
		return
	}
	if deadClass != "" {
		m.articlesTotal.WithLabelValues(resultDead).Inc()
		m.deadTotal.WithLabelValues(string(deadClass)).Inc()
		return
	}
	m.articlesTotal.WithLabelValues(resultOK).Inc()
	m.quotesTotal.Add(float64(quotes))
}

// Error counts one error of class c at stage (fetch, publish, commit, or a
// client stage such as join or read) in quotes_errors_total. It is for
// pipeline/kafkaio, which sees errors the Runner does not.
func (m *Metrics) Error(stage string, c Class) {
	if m != nil {
		m.errorsTotal.WithLabelValues(stage, string(c)).Inc()
	}
}

func (m *Metrics) extractDone(d time.Duration) {
	if m != nil {
		m.extractSeconds.Observe(d.Seconds())
	}
}

func (m *Metrics) published(d time.Duration, n int) {
	if m != nil {
		m.publishSeconds.Observe(d.Seconds())
		m.recordsTotal.Add(float64(n))
	}
}

// SetLag records the consumer lag of each input partition.
func (m *Metrics) SetLag(lag map[int]int64) {
	if m == nil {
		return
	}
	for p, v := range lag {
		m.lag.WithLabelValues(strconv.Itoa(p)).Set(float64(v))
	}
}
