package kafkaio

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/quotewire/quotewire/pipeline"
)

// TopicSpec describes a topic to create.
type TopicSpec struct {
	Name string
	// Partitions is the partition count. Default: the broker's.
	Partitions int
	// ReplicationFactor is the number of replicas of each partition.
	// Default (0 or -1): the broker's default.replication.factor, 3 on the
	// deploy/kafka cluster, whose min.insync.replicas of 2 then lets acks=all
	// writes go on with one broker down. More than the brokers registered
	// is a fatal "[38] Invalid Replication Factor" (not retried).
	ReplicationFactor int
	// Configs are topic configs, such as cleanup.policy.
	Configs map[string]string
}

// EnsureTopics creates the topics that do not exist yet (existing ones are
// left as they are) and returns once every one of them has a leader for
// every partition, so that the first read or write does not meet "[6] Not
// Leader For Partition". Transient errors are retried with backoff until
// ctx ends or cfg.RetryFor passes without success.
func EnsureTopics(ctx context.Context, cfg Config, topics ...TopicSpec) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	cl, release, err := cfg.client(30 * time.Second)
	if err != nil {
		return err
	}
	defer release()
	req := &kafka.CreateTopicsRequest{}
	for _, t := range topics {
		// -1 asks the broker for its default (CreateTopics v4+, Kafka 2.4+).
		tc := kafka.TopicConfig{Topic: t.Name, NumPartitions: t.Partitions, ReplicationFactor: t.ReplicationFactor}
		if tc.NumPartitions <= 0 {
			tc.NumPartitions = -1
		}
		if tc.ReplicationFactor <= 0 {
			tc.ReplicationFactor = -1
		}
		for k, v := range t.Configs {
			tc.ConfigEntries = append(tc.ConfigEntries, kafka.ConfigEntry{ConfigName: k, ConfigValue: v})
		}
		req.Topics = append(req.Topics, tc)
	}
	err = do(ctx, &cfg, "creating topics", func() error {
		resp, err := cl.CreateTopics(ctx, req)
		if err != nil {
			return classify(err)
		}
		var errs []error
		var left []kafka.TopicConfig
		for _, tc := range req.Topics {
			e := resp.Errors[tc.Topic]
			if e == nil || errors.Is(e, kafka.TopicAlreadyExists) {
				continue
			}
			left = append(left, tc)
			errs = append(errs, classify(fmt.Errorf("creating topic %s: %w", tc.Topic, e)))
		}
		req.Topics = left // retry only the topics that failed
		return joinClassified(errs)
	})
	if err != nil {
		return err
	}
	names := make([]string, len(topics))
	for i, t := range topics {
		names[i] = t.Name
	}
	return WaitTopics(ctx, cfg, names...)
}

// WaitTopics returns once every topic exists and has a leader serving each
// of its partitions, retrying with backoff (for up to cfg.RetryFor).
func WaitTopics(ctx context.Context, cfg Config, topics ...string) error {
	cl, release, err := cfg.client(10 * time.Second)
	if err != nil {
		return err
	}
	defer release()
	return do(ctx, &cfg, "waiting for topic leaders", func() error { return topicsReady(ctx, cl, topics) })
}

// topicsReady checks that every topic exists and every partition has a
// leader that serves it: one metadata request, then one offset request per
// leader.
func topicsReady(ctx context.Context, cl *kafka.Client, topics []string) error {
	md, err := cl.Metadata(ctx, &kafka.MetadataRequest{Topics: topics})
	if err != nil {
		return classify(fmt.Errorf("metadata: %w", err))
	}
	seen := map[string]bool{}
	var errs []error
	for _, t := range md.Topics {
		seen[t.Name] = true
		if t.Error != nil {
			errs = append(errs, classify(fmt.Errorf("topic %s: %w", t.Name, t.Error)))
			continue
		}
		if len(t.Partitions) == 0 {
			errs = append(errs, pipeline.Errorf(pipeline.ClassBroker, fmt.Errorf("topic %s has no partitions yet", t.Name)))
		}
		for _, p := range t.Partitions {
			if p.Error != nil {
				errs = append(errs, classify(fmt.Errorf("topic %s partition %d: %w", t.Name, p.ID, p.Error)))
			} else if p.Leader.Host == "" || p.Leader.ID < 0 {
				errs = append(errs, pipeline.Errorf(pipeline.ClassBroker, fmt.Errorf("topic %s partition %d has no leader", t.Name, p.ID)))
			}
		}
	}
	for _, t := range topics {
		if !seen[t] {
			errs = append(errs, classify(fmt.Errorf("topic %s: %w", t, kafka.UnknownTopicOrPartition)))
		}
	}
	if len(errs) > 0 {
		return joinClassified(errs)
	}
	// The metadata can name a leader before the leader serves the
	// partition ("[6] Not Leader For Partition" on the first write to a new
	// topic): ask every leader for its partition's end offset.
	req := &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{}}
	for _, t := range md.Topics {
		for _, p := range t.Partitions {
			req.Topics[t.Name] = append(req.Topics[t.Name], kafka.LastOffsetOf(p.ID))
		}
	}
	offs, err := cl.ListOffsets(ctx, req)
	if err != nil {
		return classify(fmt.Errorf("listing offsets: %w", err))
	}
	for t, pos := range offs.Topics {
		for _, po := range pos {
			if po.Error != nil {
				errs = append(errs, classify(fmt.Errorf("topic %s partition %d: %w", t, po.Partition, po.Error)))
			}
		}
	}
	return joinClassified(errs)
}

// partitions lists the partitions of topic, retrying transient errors (a
// topic just created may not be in the metadata yet).
func partitions(ctx context.Context, cfg *Config, topic string) ([]int, error) {
	cl, release, err := cfg.client(10 * time.Second)
	if err != nil {
		return nil, err
	}
	defer release()
	var parts []int
	err = do(ctx, cfg, "listing partitions of "+topic, func() error {
		parts = parts[:0]
		md, err := cl.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
		if err != nil {
			return classify(fmt.Errorf("metadata of %s: %w", topic, err))
		}
		for _, t := range md.Topics {
			if t.Name != topic {
				continue
			}
			if t.Error != nil {
				return classify(fmt.Errorf("topic %s: %w", topic, t.Error))
			}
			for _, p := range t.Partitions {
				parts = append(parts, p.ID)
			}
		}
		if len(parts) == 0 {
			return classify(fmt.Errorf("topic %s: %w", topic, kafka.UnknownTopicOrPartition))
		}
		return nil
	})
	return parts, err
}

// topicMissing reports whether the cluster says topic does not exist, from
// one metadata request (no retry: callers ask again later). An error asking
// is returned as it is, and is not "missing".
func topicMissing(ctx context.Context, cfg *Config, topic string) (bool, error) {
	cl, release, err := cfg.client(5 * time.Second)
	if err != nil {
		return false, err
	}
	defer release()
	md, err := cl.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return false, classify(fmt.Errorf("metadata of %s: %w", topic, err))
	}
	for _, t := range md.Topics {
		if t.Name != topic {
			continue
		}
		if t.Error != nil && !errors.Is(t.Error, kafka.UnknownTopicOrPartition) {
			// Neither there nor missing: the check failed.
			return false, classify(fmt.Errorf("metadata of %s: %w", topic, t.Error))
		}
		return t.Error != nil || len(t.Partitions) == 0, nil
	}
	return true, nil
}

// joinClassified joins errors; the result is transient only if all are.
func joinClassified(errs []error) error {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	class := pipeline.ClassBroker
	for _, e := range errs {
		if c := pipeline.ClassOf(e); !c.Transient() {
			class = c
			break
		}
	}
	return pipeline.Errorf(class, errors.Join(errs...))
}

// do runs f with cfg's backoff until it succeeds, fails for good or ctx
// ends; it logs each retry at Debug (these are short waits for a broker
// that is starting or a leader that moves) and returns what of f went
// wrong, with what.
func do(ctx context.Context, cfg *Config, what string, f func() error) error {
	attempt := 0
	err := retryDo(ctx, cfg, func(err error, wait time.Duration) {
		attempt++
		cfg.Metrics.Error("admin", pipeline.ClassOf(err))
		cfg.logger().Debug(what+" failed; retrying", "err", err, "backoff", wait, "attempt", attempt)
	}, f)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}
