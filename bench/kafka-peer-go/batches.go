// Broker-bound load: the franz-go producer spends about 0.6 µs of CPU per 100-byte record building batches,
// more than either broker spends storing it, so on this 2-core machine the client sets the pace of the
// `produce` and `consume` commands. These commands take the client out of the way: each of <connections>
// TCP connections writes (or reads) its own partition with pre-built record batches, keeping <depth> requests
// in flight, and reads the batch headers only. Same bytes, same settings, for either broker.
//
//	produce-batches <bootstrap> <topic> <records> <valueBytes> <acks 1|all> <connections> <depth> -> records/s, MB/s
//	consume-batches <bootstrap> <topic> <records> <connections>                                  -> records/s
//
// Requests are Produce v7 and Fetch v11 (non-flexible, supported by Kafka 4.x and Sluice), encoded by kmsg.
// The bootstrap broker is the only broker (single-node Kafka in KRaft combined mode, or Sluice).
package main

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kmsg"
)

const batchBytesMax = 1 << 20

var crc32c = crc32.MakeTable(crc32.Castagnoli)

// recordBatch encodes one magic-2 batch of `count` records with `valueBytes`-byte values, no key, no headers.
func recordBatch(count, valueBytes int) []byte {
	value := make([]byte, valueBytes)
	var records []byte
	for i := 0; i < count; i++ {
		var body []byte
		body = append(body, 0)                     // attributes
		body = binary.AppendVarint(body, 0)        // timestamp delta
		body = binary.AppendVarint(body, int64(i)) // offset delta
		body = binary.AppendVarint(body, -1)       // key: null
		body = binary.AppendVarint(body, int64(len(value)))
		body = append(body, value...)
		body = binary.AppendVarint(body, 0) // headers
		records = binary.AppendVarint(records, int64(len(body)))
		records = append(records, body...)
	}
	now := time.Now().UnixMilli()
	b := make([]byte, 61, 61+len(records))
	be := binary.BigEndian
	be.PutUint64(b[0:], 0)                       // base offset (the broker assigns)
	be.PutUint32(b[8:], uint32(49+len(records))) // batch length: from partition leader epoch on
	be.PutUint32(b[12:], 0xffffffff)             // partition leader epoch
	b[16] = 2                                    // magic
	be.PutUint16(b[21:], 0)                      // attributes: no compression, create time
	be.PutUint32(b[23:], uint32(count-1))        // last offset delta
	be.PutUint64(b[27:], uint64(now))            // base timestamp
	be.PutUint64(b[35:], uint64(now))            // max timestamp
	be.PutUint64(b[43:], 0xffffffffffffffff)     // producer id: none
	be.PutUint16(b[51:], 0xffff)                 // producer epoch
	be.PutUint32(b[53:], 0xffffffff)             // base sequence
	be.PutUint32(b[57:], uint32(count))          // record count
	b = append(b, records...)
	be.PutUint32(b[17:], crc32.Checksum(b[21:], crc32c))
	return b
}

// recordsPerBatch is how many records of valueBytes fit one batch of at most batchBytesMax.
func recordsPerBatch(valueBytes int) int {
	one := len(recordBatch(1, valueBytes)) - 61
	return (batchBytesMax - 61) / (one + 2) // +2: offset delta varints grow past 63
}

// conn is one broker connection with pipelined requests: responses come back in request order.
type conn struct {
	c           net.Conn
	r           *bufio.Reader
	correlation int32
}

func dial(bootstrap string) *conn {
	c, err := net.Dial("tcp", bootstrap)
	must(err)
	return &conn{c: c, r: bufio.NewReaderSize(c, 1<<20)}
}

// frame encodes a request with header v1 (non-flexible versions only).
func (k *conn) frame(req kmsg.Request) []byte {
	k.correlation++
	b := make([]byte, 4, 64)
	b = binary.BigEndian.AppendUint16(b, uint16(req.Key()))
	b = binary.BigEndian.AppendUint16(b, uint16(req.GetVersion()))
	b = binary.BigEndian.AppendUint32(b, uint32(k.correlation))
	b = binary.BigEndian.AppendUint16(b, 4)
	b = append(b, "load"...)
	b = req.AppendTo(b)
	binary.BigEndian.PutUint32(b, uint32(len(b)-4))
	return b
}

// response reads one response frame and returns its body (after the v0 header's correlation id).
func (k *conn) response(buf []byte) []byte {
	var size [4]byte
	_, err := io.ReadFull(k.r, size[:])
	must(err)
	n := int(binary.BigEndian.Uint32(size[:]))
	if cap(buf) < n {
		buf = make([]byte, n)
	}
	buf = buf[:n]
	_, err = io.ReadFull(k.r, buf)
	must(err)
	return buf[4:]
}

// produceRequest is a Produce v7 request of one batch to one partition.
func produceRequest(topic string, partition int32, acks int16, batch []byte) *kmsg.ProduceRequest {
	req := kmsg.NewPtrProduceRequest()
	req.Version = 7
	req.Acks = acks
	req.TimeoutMillis = 30_000
	t := kmsg.NewProduceRequestTopic()
	t.Topic = topic
	p := kmsg.NewProduceRequestTopicPartition()
	p.Partition = partition
	p.Records = batch
	t.Partitions = append(t.Partitions, p)
	req.Topics = append(req.Topics, t)
	return req
}

// produceError is the first partition error of a produce response, if any.
func produceError(body []byte) error {
	res := kmsg.NewPtrProduceResponse()
	res.Version = 7
	if err := res.ReadFrom(body); err != nil {
		return err
	}
	for _, t := range res.Topics {
		for _, p := range t.Partitions {
			if p.ErrorCode != 0 {
				return fmt.Errorf("produce to %s/%d: error code %d", t.Topic, p.Partition, p.ErrorCode)
			}
		}
	}
	return nil
}

// awaitLeader produces one record until the broker takes it: Kafka answers NOT_LEADER_OR_FOLLOWER for a
// moment after a new topic's metadata already names the leader (franz-go retries that on its own).
func awaitLeader(k *conn, topic string, partition int32) {
	probe := produceRequest(topic, partition, 1, recordBatch(1, 1))
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, err := k.c.Write(k.frame(probe))
		must(err)
		err = produceError(k.response(nil))
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			must(err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func produceBatches(bootstrap, topic string, records, valueBytes int, acks string, connections, depth int) {
	perBatch := recordsPerBatch(valueBytes)
	batch := recordBatch(perBatch, valueBytes)
	requests := (records + perBatch*connections - 1) / (perBatch * connections) // per connection
	var ack int16 = 1
	if acks == "all" {
		ack = -1
	}
	conns := make([]*conn, connections)
	for i := range conns {
		conns[i] = dial(bootstrap)
		awaitLeader(conns[i], topic, int32(i))
	}
	var acked atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for i, k := range conns {
		wg.Add(1)
		go func(partition int, k *conn) {
			defer wg.Done()
			inflight := make(chan struct{}, depth)
			done := make(chan struct{})
			go func() {
				var buf []byte
				for n := 0; n < requests; n++ {
					body := k.response(buf)
					buf = body[:0]
					must(produceError(body))
					acked.Add(int64(perBatch))
					<-inflight
				}
				close(done)
			}()
			req := produceRequest(topic, int32(partition), ack, batch)
			w := bufio.NewWriterSize(k.c, 64<<10)
			for n := 0; n < requests; n++ {
				inflight <- struct{}{}
				_, err := w.Write(k.frame(req))
				must(err)
				must(w.Flush())
			}
			<-done
		}(i, k)
	}
	wg.Wait()
	s := time.Since(start).Seconds()
	got := int(acked.Load())
	emit(map[string]any{"records": got, "seconds": s, "recordsPerSec": float64(got) / s, "mbPerSec": float64(got*valueBytes) / s / 1e6,
		"connections": connections, "depth": depth, "recordsPerBatch": perBatch})
}

func consumeBatches(bootstrap, topic string, records, connections int) {
	var got atomic.Int64
	var wg sync.WaitGroup
	perConnection := records / connections
	start := time.Now()
	for i := 0; i < connections; i++ {
		wg.Add(1)
		go func(partition int) {
			defer wg.Done()
			k := dial(bootstrap)
			defer k.c.Close()
			offset := int64(0)
			mine := 0
			var buf []byte
			deadline := time.Now().Add(120 * time.Second)
			for mine < perConnection {
				if time.Now().After(deadline) {
					must(fmt.Errorf("partition %d: consumed %d of %d records", partition, mine, perConnection))
				}
				req := kmsg.NewPtrFetchRequest()
				req.Version = 11
				req.ReplicaID = -1
				req.MaxWaitMillis = 500
				req.MinBytes = 1
				req.MaxBytes = 50 << 20
				t := kmsg.NewFetchRequestTopic()
				t.Topic = topic
				p := kmsg.NewFetchRequestTopicPartition()
				p.Partition = int32(partition)
				p.FetchOffset = offset
				p.PartitionMaxBytes = 10 << 20
				p.CurrentLeaderEpoch = -1
				p.LogStartOffset = -1
				t.Partitions = append(t.Partitions, p)
				req.Topics = append(req.Topics, t)
				_, err := k.c.Write(k.frame(req))
				must(err)
				body := k.response(buf)
				buf = body[:0]
				res := kmsg.NewPtrFetchResponse()
				res.Version = 11
				must(res.ReadFrom(body))
				if res.ErrorCode != 0 {
					must(fmt.Errorf("fetch: error code %d", res.ErrorCode))
				}
				for _, t := range res.Topics {
					for _, p := range t.Partitions {
						if p.ErrorCode != 0 {
							must(fmt.Errorf("fetch %s/%d: error code %d", t.Topic, p.Partition, p.ErrorCode))
						}
						// Walk the batch headers: base offset, length, last offset delta, record count.
						b := p.RecordBatches
						for len(b) >= 61 {
							size := 12 + int(binary.BigEndian.Uint32(b[8:]))
							if size > len(b) {
								break // a partial batch at the end of the response
							}
							base := int64(binary.BigEndian.Uint64(b))
							last := base + int64(binary.BigEndian.Uint32(b[23:]))
							if last >= offset {
								mine += int(binary.BigEndian.Uint32(b[57:]))
								offset = last + 1
							}
							b = b[size:]
						}
					}
				}
			}
			got.Add(int64(mine))
		}(i)
	}
	wg.Wait()
	s := time.Since(start).Seconds()
	n := int(got.Load())
	emit(map[string]any{"records": n, "seconds": s, "recordsPerSec": float64(n) / s, "connections": connections})
}
