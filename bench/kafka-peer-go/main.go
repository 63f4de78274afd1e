// The client of bench/kafka-peer.bench.mjs: franz-go with the same settings against any Kafka-protocol
// broker (Sluice or Apache Kafka), one JSON line on stdout per command.
//
//	create  <bootstrap> <topic>[,<topic>...] [partitions (1)]                -> {"created":[...]}
//	produce <bootstrap> <topic> <records> <valueBytes> <acks 1|all>            -> records/s, MB/s
//	consume <bootstrap> <topic> <records>                                      -> records/s (from the beginning)
//	latency <bootstrap> <topic> <recordsPerSec> <seconds>                      -> p50/p99 produce-to-consume, µs
//	produce-batches, consume-batches: broker-bound load with pre-built batches (batches.go)
//
// Settings: producers without idempotence, uncompressed, 1 MiB batches, linger 2 ms (0 for the latency run);
// the consumer assigns partition 0 (no group) with 50 MiB fetches.
package main

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

func emit(v any) {
	b, _ := json.Marshal(v)
	fmt.Println(string(b))
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "kafka-peer:", err)
		os.Exit(1)
	}
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	must(err)
	return n
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: kafka-peer create|produce|consume|latency <bootstrap> ...")
		os.Exit(2)
	}
	ctx := context.Background()
	cmd, bootstrap, args := os.Args[1], os.Args[2], os.Args[3:]
	switch cmd {
	case "create":
		topics := strings.Split(args[0], ",")
		cl, err := kgo.NewClient(kgo.SeedBrokers(bootstrap))
		must(err)
		defer cl.Close()
		adm := kadm.NewClient(cl)
		c, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		partitions := 1
		if len(args) > 1 {
			partitions = atoi(args[1])
		}
		res, err := adm.CreateTopics(c, int32(partitions), 1, nil, topics...)
		must(err)
		for _, r := range res.Sorted() {
			must(r.Err)
		}
		// Wait until every partition has a leader (Kafka elects asynchronously).
		for c.Err() == nil {
			md, err := adm.Metadata(c, topics...)
			ready := err == nil
			if ready {
				for _, t := range topics {
					td, ok := md.Topics[t]
					if !ok || td.Err != nil || len(td.Partitions) != partitions {
						ready = false
						break
					}
					for _, p := range td.Partitions {
						if p.Err != nil || p.Leader < 0 {
							ready = false
						}
					}
				}
			}
			if ready {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		must(c.Err())
		emit(map[string]any{"created": topics})
	case "produce":
		topic := args[0]
		records, valueBytes := atoi(args[1]), atoi(args[2])
		acks := kgo.LeaderAck()
		if args[3] == "all" {
			acks = kgo.AllISRAcks()
		}
		cl, err := kgo.NewClient(kgo.SeedBrokers(bootstrap), kgo.RequiredAcks(acks), kgo.DisableIdempotentWrite(),
			kgo.ProducerBatchCompression(kgo.NoCompression()), kgo.MaxBufferedRecords(1<<20), kgo.ProducerBatchMaxBytes(1<<20), kgo.ProducerLinger(2*time.Millisecond))
		must(err)
		defer cl.Close()
		// Connect and learn the partition leader before the clock starts (both brokers alike).
		must(cl.Ping(ctx))
		value := make([]byte, valueBytes)
		var wg sync.WaitGroup
		var firstErr error
		var mu sync.Mutex
		start := time.Now()
		wg.Add(records)
		for i := 0; i < records; i++ {
			cl.Produce(ctx, &kgo.Record{Topic: topic, Value: value}, func(_ *kgo.Record, err error) {
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
				wg.Done()
			})
		}
		wg.Wait()
		s := time.Since(start).Seconds()
		must(firstErr)
		emit(map[string]any{"records": records, "seconds": s, "recordsPerSec": float64(records) / s, "mbPerSec": float64(records*valueBytes) / s / 1e6})
	case "consume":
		topic := args[0]
		records := atoi(args[1])
		cl, err := kgo.NewClient(kgo.SeedBrokers(bootstrap), kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{topic: {0: kgo.NewOffset().AtStart()}}),
			kgo.FetchMaxBytes(50<<20), kgo.FetchMaxPartitionBytes(10<<20))
		must(err)
		defer cl.Close()
		must(cl.Ping(ctx))
		start := time.Now()
		got := 0
		c, cancel := context.WithTimeout(ctx, 120*time.Second)
		defer cancel()
		for got < records && c.Err() == nil {
			got += cl.PollFetches(c).NumRecords()
		}
		s := time.Since(start).Seconds()
		if got < records {
			must(fmt.Errorf("consumed %d of %d records in %.1f s", got, records, s))
		}
		emit(map[string]any{"records": got, "seconds": s, "recordsPerSec": float64(got) / s})
	case "latency":
		topic := args[0]
		rate, seconds := atoi(args[1]), atoi(args[2])
		consumer, err := kgo.NewClient(kgo.SeedBrokers(bootstrap), kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{topic: {0: kgo.NewOffset().AtEnd()}}), kgo.FetchMaxWait(500*time.Millisecond))
		must(err)
		defer consumer.Close()
		producer, err := kgo.NewClient(kgo.SeedBrokers(bootstrap), kgo.RequiredAcks(kgo.LeaderAck()), kgo.DisableIdempotentWrite(), kgo.ProducerLinger(0), kgo.RecordPartitioner(kgo.ManualPartitioner()))
		must(err)
		defer producer.Close()
		must(producer.Ping(ctx))
		// Let the consumer learn the end offset before the first record.
		warm, cancelWarm := context.WithTimeout(ctx, 500*time.Millisecond)
		consumer.PollFetches(warm)
		cancelWarm()
		total := rate * seconds
		latencies := make([]float64, 0, total)
		done := make(chan struct{})
		go func() {
			c, cancel := context.WithTimeout(ctx, time.Duration(seconds+30)*time.Second)
			defer cancel()
			for len(latencies) < total && c.Err() == nil {
				consumer.PollFetches(c).EachRecord(func(r *kgo.Record) {
					sent := int64(binary.BigEndian.Uint64(r.Value))
					latencies = append(latencies, float64(time.Now().UnixNano()-sent)/1e3)
				})
			}
			close(done)
		}()
		interval := time.Second / time.Duration(rate)
		start := time.Now()
		for i := 0; i < total; i++ {
			for time.Since(start) < time.Duration(i)*interval {
				time.Sleep(50 * time.Microsecond)
			}
			v := make([]byte, 100)
			binary.BigEndian.PutUint64(v, uint64(time.Now().UnixNano()))
			producer.Produce(ctx, &kgo.Record{Topic: topic, Partition: 0, Value: v}, nil)
		}
		<-done
		sort.Float64s(latencies)
		q := func(f float64) float64 {
			if len(latencies) == 0 {
				return -1
			}
			return latencies[int(f*float64(len(latencies)-1))]
		}
		if len(latencies) < total {
			must(fmt.Errorf("received %d of %d records", len(latencies), total))
		}
		emit(map[string]any{"records": len(latencies), "p50Micros": q(0.5), "p99Micros": q(0.99), "maxMicros": q(1)})
	case "produce-batches":
		produceBatches(bootstrap, args[0], atoi(args[1]), atoi(args[2]), args[3], atoi(args[4]), atoi(args[5]))
	case "consume-batches":
		consumeBatches(bootstrap, args[0], atoi(args[1]), atoi(args[2]))
	default:
		must(fmt.Errorf("unknown command %q", cmd))
	}
}
