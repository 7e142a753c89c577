package kafkaio

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/segmentio/kafka-go"
)

// Lag returns, for each partition of the input topic, how many messages lie
// between the group's committed offset and the end of the partition. With a
// group, kafka-go's Reader cannot report lag, so it is computed from
// OffsetFetch and ListOffsets.
func Lag(ctx context.Context, cfg SourceConfig) (map[int]int64, error) {
	parts, err := partitions(ctx, &cfg.Config, cfg.Topic)
	if err != nil {
		return nil, err
	}
	cl, release, err := cfg.client(10 * time.Second)
	if err != nil {
		return nil, err
	}
	defer release()
	committed, err := cl.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: cfg.GroupID, Topics: map[string][]int{cfg.Topic: parts}})
	if err != nil {
		return nil, classify(fmt.Errorf("fetching committed offsets: %w", err))
	}
	if committed.Error != nil && !errors.Is(committed.Error, kafka.GroupIdNotFound) { // no group yet: nothing committed
		return nil, classify(fmt.Errorf("fetching committed offsets: %w", committed.Error))
	}
	start, end, err := offsetRange(ctx, &cfg.Config, cl, cfg.Topic, parts)
	if err != nil {
		return nil, err
	}
	lag := map[int]int64{}
	for _, p := range parts { // partitions without a commit lag from their start
		lag[p] = max(0, end[p]-start[p])
	}
	for _, c := range committed.Topics[cfg.Topic] {
		if c.Error != nil {
			return nil, classify(fmt.Errorf("committed offset of %s/%d: %w", cfg.Topic, c.Partition, c.Error))
		}
		from := c.CommittedOffset
		if from < 0 {
			from = start[c.Partition]
		}
		lag[c.Partition] = max(0, end[c.Partition]-from)
	}
	return lag, nil
}
