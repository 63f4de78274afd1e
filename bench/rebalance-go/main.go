// The client of bench/rebalance.bench.mjs: a consumer group of franz-go members in one process, against any
// Kafka-protocol broker (Sluice or Apache Kafka), timing how long the group takes to be whole again after a
// member joins, leaves or dies. One JSON line on stdout; progress on stderr.
//
//	rebalance <bootstrap> <topic> <partitions> <balancer range|cooperative-sticky> <iterations> <kill 0|1> <seed>
//
// Settings (the same for both brokers) come from the environment: MEMBERS (10), HEARTBEAT_MS (500),
// SESSION_MS (6000), REBALANCE_MS (30000, rebalance.timeout.ms, the Java client's max.poll.interval.ms),
// FETCH_WAIT_MS (500), SETTLE_MS (1000), STEP_TIMEOUT_MS (60000), PRODUCE_EVERY_MS (10).
//
// Why franz-go: every member is a goroutine in one small process, so eleven members cost the 2-core machine
// little next to the broker being measured (eleven Java consumers would be one more JVM with eleven poll
// threads, competing with Kafka's JVM for the same cores). Its group loop is independent of polling: a
// heartbeat answered REBALANCE_IN_PROGRESS rejoins at once, not at the application's next poll(), so the
// time measured is heartbeat interval + broker, not the client's poll cadence. Its rebalance callbacks give
// the exact moment each member's assignment changes.
//
// After the initial join one extra member joins and leaves (warm-up, not reported). Per iteration, from a
// stable group of MEMBERS:
//
//	leave: the member at index i closes (revoke + commit, LeaveGroup); MEMBERS-1 remain
//	refill: a new member joins back (MEMBERS-1 -> MEMBERS; reported apart)
//	join: an extra member joins (MEMBERS -> MEMBERS+1)
//	kill: (kill=1) one member's connections are cut and it can never dial again: no LeaveGroup, its session
//	      expires (MEMBERS+1 -> MEMBERS); with kill=0 a member leaves cleanly instead (not reported)
//
// Each step is timed from its start (new client created / Close called / connections cut) to:
//
//	assignedMs: the last rebalance callback after which the live members own every partition exactly once
//	            and each owns at least one (partitions >= members);
//	consumingMs: every partition's owner has received a record of it since it was assigned (a producer in
//	            this process writes one record to every partition every PRODUCE_EVERY_MS).
//
// Then the group must stay whole for SETTLE_MS before the next step.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "rebalance:", err)
		os.Exit(1)
	}
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	must(err)
	return n
}

func envInt(name string, def int) int {
	if v := os.Getenv(name); v != "" {
		return atoi(v)
	}
	return def
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// REBALANCE_DEBUG=1: a stderr line per rebalance callback, in ms since the step started.
var debug = os.Getenv("REBALANCE_DEBUG") == "1"

var errKilled = errors.New("member killed by the bench")

type member struct {
	id     int
	cl     *kgo.Client
	cancel context.CancelFunc
	done   chan struct{}

	// Guarded by tracker.mu.
	owned       map[int32]time.Time // partition -> when assigned
	firstRecord map[int32]time.Time // partition -> first record received since assigned

	connMu sync.Mutex
	conns  []net.Conn
	killed bool
}

// dial keeps the member's connections so that kill can cut them, and refuses new ones once killed.
func (m *member) dial(ctx context.Context, network, host string) (net.Conn, error) {
	m.connMu.Lock()
	killed := m.killed
	m.connMu.Unlock()
	if killed {
		return nil, errKilled
	}
	c, err := (&net.Dialer{Timeout: 10 * time.Second}).DialContext(ctx, network, host)
	if err != nil {
		return nil, err
	}
	m.connMu.Lock()
	defer m.connMu.Unlock()
	if m.killed {
		c.Close()
		return nil, errKilled
	}
	m.conns = append(m.conns, c)
	return c, nil
}

func (m *member) kill() {
	m.connMu.Lock()
	defer m.connMu.Unlock()
	m.killed = true
	for _, c := range m.conns {
		c.Close()
	}
	m.conns = nil
}

type tracker struct {
	mu         sync.Mutex
	alive      map[int]*member
	partitions int
	// The time of the last assignment change; the waiter reads it once the group is whole.
	lastChange time.Time
	// When the last live member started to revoke (heartbeat answered REBALANCE_IN_PROGRESS, before its commit
	// and JoinGroup): splits a step into the client's detection delay and what follows.
	lastRevoke time.Time
	stepStart  time.Time // for REBALANCE_DEBUG lines
	changed    chan struct{}
}

func (t *tracker) signal() {
	select {
	case t.changed <- struct{}{}:
	default:
	}
}

// whole: the live members own every partition exactly once and each owns at least one. Caller holds mu.
func (t *tracker) whole() bool {
	owners := make([]int, t.partitions)
	for _, m := range t.alive {
		if len(m.owned) == 0 {
			return false
		}
		for p := range m.owned {
			if int(p) >= t.partitions {
				return false
			}
			owners[p]++
		}
	}
	for _, n := range owners {
		if n != 1 {
			return false
		}
	}
	return true
}

// consumingSince: the latest first-record time over the partitions, or false while one has none yet.
func (t *tracker) consumingSince(start time.Time) (time.Time, bool) {
	latest := start
	for _, m := range t.alive {
		for p := range m.owned {
			r, ok := m.firstRecord[p]
			if !ok {
				return time.Time{}, false
			}
			if r.After(latest) {
				latest = r
			}
		}
	}
	return latest, true
}

type config struct {
	bootstrap, topic, balancer, group string
	heartbeat, session, rebalance     time.Duration
	fetchWait                         time.Duration
}

func (t *tracker) start(ctx context.Context, cfg config, id int) *member {
	m := &member{id: id, owned: map[int32]time.Time{}, firstRecord: map[int32]time.Time{}, done: make(chan struct{})}
	balancer := kgo.RangeBalancer()
	if cfg.balancer == "cooperative-sticky" {
		balancer = kgo.CooperativeStickyBalancer()
	}
	onAssigned := func(_ context.Context, _ *kgo.Client, a map[string][]int32) {
		now := time.Now()
		t.mu.Lock()
		for _, p := range a[cfg.topic] {
			m.owned[p] = now
			delete(m.firstRecord, p)
		}
		if t.alive[m.id] == m {
			t.lastChange = now
		}
		if debug {
			fmt.Fprintf(os.Stderr, "  member %d assigned %v at +%.1f ms\n", m.id, a[cfg.topic], ms(now.Sub(t.stepStart)))
		}
		t.mu.Unlock()
		t.signal()
	}
	onRevoked := func(_ context.Context, _ *kgo.Client, r map[string][]int32) {
		now := time.Now()
		t.mu.Lock()
		for _, p := range r[cfg.topic] {
			delete(m.owned, p)
			delete(m.firstRecord, p)
		}
		if t.alive[m.id] == m {
			t.lastChange = now
		}
		t.mu.Unlock()
		t.signal()
	}
	t.mu.Lock()
	t.alive[id] = m
	t.mu.Unlock()
	cl, err := kgo.NewClient(
		kgo.SeedBrokers(cfg.bootstrap),
		kgo.ClientID(fmt.Sprintf("rebalance-bench-%d", id)),
		kgo.Dialer(m.dial),
		kgo.ConsumerGroup(cfg.group),
		kgo.ConsumeTopics(cfg.topic),
		kgo.Balancers(balancer),
		kgo.SessionTimeout(cfg.session),
		kgo.HeartbeatInterval(cfg.heartbeat),
		kgo.RebalanceTimeout(cfg.rebalance),
		kgo.FetchMaxWait(cfg.fetchWait),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtEnd()),
		kgo.OnPartitionsAssigned(onAssigned),
		kgo.OnPartitionsRevoked(func(ctx context.Context, cl *kgo.Client, r map[string][]int32) {
			t.mu.Lock()
			if t.alive[m.id] == m {
				t.lastRevoke = time.Now()
			}
			if debug {
				fmt.Fprintf(os.Stderr, "  member %d revoke %v at +%.1f ms\n", m.id, r[cfg.topic], ms(time.Since(t.stepStart)))
			}
			t.mu.Unlock()
			// The default revoke: a blocking commit of what was consumed (autocommit), then bookkeeping.
			if err := cl.CommitUncommittedOffsets(ctx); err != nil && !errors.Is(err, context.Canceled) && !m.isKilled() {
				fmt.Fprintln(os.Stderr, "rebalance: commit on revoke:", err)
			}
			onRevoked(ctx, cl, r)
		}),
		kgo.OnPartitionsLost(onRevoked),
	)
	must(err)
	m.cl = cl
	pctx, cancel := context.WithCancel(ctx)
	m.cancel = cancel
	go func() {
		defer close(m.done)
		for pctx.Err() == nil {
			fs := cl.PollFetches(pctx)
			if pctx.Err() != nil || fs.IsClientClosed() {
				return
			}
			now := time.Now()
			t.mu.Lock()
			fs.EachPartition(func(p kgo.FetchTopicPartition) {
				if len(p.Records) == 0 {
					return
				}
				if _, owned := m.owned[p.Partition]; owned {
					if _, seen := m.firstRecord[p.Partition]; !seen {
						m.firstRecord[p.Partition] = now
					}
				}
			})
			t.mu.Unlock()
			t.signal()
		}
	}()
	return m
}

func (m *member) isKilled() bool {
	m.connMu.Lock()
	defer m.connMu.Unlock()
	return m.killed
}

type step struct {
	Kind       string   `json:"kind"`
	Members    int      `json:"membersAfter"`
	AssignedMs *float64 `json:"assignedMs"`
	// The last live member's revoke started this long after the step began (null: nobody revoked).
	LastRevokeMs *float64 `json:"lastRevokeMs"`
	ConsumingMs  *float64 `json:"consumingMs"`
	Settled      bool     `json:"settled"`
	Error        string   `json:"error,omitempty"`
}

// wait blocks until the group is whole and consuming (or the timeout), then until it stayed whole for settle.
func (t *tracker) wait(kind string, start time.Time, timeout, settle time.Duration) step {
	s := step{Kind: kind}
	t.mu.Lock()
	t.lastRevoke = time.Time{}
	t.stepStart = start
	t.mu.Unlock()
	deadline := time.Now().Add(timeout)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	var assignedAt time.Time
	for {
		t.mu.Lock()
		if t.whole() {
			if assignedAt.IsZero() {
				assignedAt = t.lastChange
				if assignedAt.Before(start) {
					assignedAt = start
				}
			}
			if at, ok := t.consumingSince(start); ok {
				a, c := ms(assignedAt.Sub(start)), ms(at.Sub(start))
				if c < a {
					c = a
				}
				s.AssignedMs, s.ConsumingMs = &a, &c
				if t.lastRevoke.After(start) {
					r := ms(t.lastRevoke.Sub(start))
					s.LastRevokeMs = &r
				}
				s.Members = len(t.alive)
				t.mu.Unlock()
				break
			}
		} else {
			assignedAt = time.Time{}
		}
		t.mu.Unlock()
		if time.Now().After(deadline) {
			s.Error = fmt.Sprintf("%s: the group was not whole and consuming within %v", kind, timeout)
			t.mu.Lock()
			s.Members = len(t.alive)
			t.mu.Unlock()
			return s
		}
		select {
		case <-t.changed:
		case <-tick.C:
		}
	}
	// Settle: no further assignment change may leave the group not whole.
	settleEnd := time.Now().Add(settle)
	s.Settled = true
	for time.Now().Before(settleEnd) {
		t.mu.Lock()
		ok := t.whole()
		t.mu.Unlock()
		if !ok {
			s.Settled = false
		}
		time.Sleep(5 * time.Millisecond)
	}
	if !s.Settled {
		// Wait for it to be whole again before the next step, without reporting the figure.
		end := time.Now().Add(timeout)
		for time.Now().Before(end) {
			t.mu.Lock()
			ok := t.whole()
			t.mu.Unlock()
			if ok {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	return s
}

func (t *tracker) aliveIDs() []int {
	t.mu.Lock()
	defer t.mu.Unlock()
	ids := make([]int, 0, len(t.alive))
	for id := range t.alive {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	return ids
}

func (t *tracker) remove(id int) *member {
	t.mu.Lock()
	defer t.mu.Unlock()
	m := t.alive[id]
	delete(t.alive, id)
	t.lastChange = time.Now()
	return m
}

func main() {
	if len(os.Args) != 8 {
		fmt.Fprintln(os.Stderr, "usage: rebalance <bootstrap> <topic> <partitions> <range|cooperative-sticky> <iterations> <kill 0|1> <seed>")
		os.Exit(2)
	}
	ctx := context.Background()
	partitions := atoi(os.Args[3])
	iterations := atoi(os.Args[5])
	withKill := os.Args[6] == "1"
	cfg := config{
		bootstrap: os.Args[1], topic: os.Args[2], balancer: os.Args[4],
		group:     fmt.Sprintf("rebalance-%s-%d", os.Args[4], time.Now().UnixNano()),
		heartbeat: time.Duration(envInt("HEARTBEAT_MS", 500)) * time.Millisecond,
		session:   time.Duration(envInt("SESSION_MS", 6000)) * time.Millisecond,
		rebalance: time.Duration(envInt("REBALANCE_MS", 30000)) * time.Millisecond,
		fetchWait: time.Duration(envInt("FETCH_WAIT_MS", 500)) * time.Millisecond,
	}
	if cfg.balancer != "range" && cfg.balancer != "cooperative-sticky" {
		must(fmt.Errorf("unknown balancer %q: range or cooperative-sticky", cfg.balancer))
	}
	members := envInt("MEMBERS", 10)
	settle := time.Duration(envInt("SETTLE_MS", 1000)) * time.Millisecond
	stepTimeout := time.Duration(envInt("STEP_TIMEOUT_MS", 60000)) * time.Millisecond
	produceEvery := time.Duration(envInt("PRODUCE_EVERY_MS", 10)) * time.Millisecond
	log := func(format string, a ...any) {
		fmt.Fprintf(os.Stderr, "[rebalance-go %s] %s\n", cfg.balancer, fmt.Sprintf(format, a...))
	}

	// The topic, with every partition led before the clock starts.
	admCl, err := kgo.NewClient(kgo.SeedBrokers(cfg.bootstrap))
	must(err)
	adm := kadm.NewClient(admCl)
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	res, err := adm.CreateTopic(cctx, int32(partitions), 1, nil, cfg.topic)
	must(err)
	must(res.Err)
	for cctx.Err() == nil {
		md, err := adm.Metadata(cctx, cfg.topic)
		if err == nil {
			if td, ok := md.Topics[cfg.topic]; ok && td.Err == nil && len(td.Partitions) == partitions {
				led := true
				for _, p := range td.Partitions {
					led = led && p.Err == nil && p.Leader >= 0
				}
				if led {
					break
				}
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	must(cctx.Err())
	cancel()
	admCl.Close()

	// A steady trickle into every partition, so that "consuming" means records arrive.
	prod, err := kgo.NewClient(kgo.SeedBrokers(cfg.bootstrap), kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.DisableIdempotentWrite(), kgo.ProducerLinger(0))
	must(err)
	pctx, stopProducing := context.WithCancel(ctx)
	var produceErr error
	var produceMu sync.Mutex
	go func() {
		tick := time.NewTicker(produceEvery)
		defer tick.Stop()
		value := make([]byte, 16)
		for {
			select {
			case <-pctx.Done():
				return
			case <-tick.C:
			}
			for p := 0; p < partitions; p++ {
				prod.Produce(pctx, &kgo.Record{Topic: cfg.topic, Partition: int32(p), Value: value}, func(_ *kgo.Record, err error) {
					if err != nil && !errors.Is(err, context.Canceled) {
						produceMu.Lock()
						if produceErr == nil {
							produceErr = err
						}
						produceMu.Unlock()
					}
				})
			}
		}
	}()

	t := &tracker{alive: map[int]*member{}, partitions: partitions, changed: make(chan struct{}, 1)}
	nextID := 0
	startOne := func() *member {
		m := t.start(ctx, cfg, nextID)
		nextID++
		return m
	}
	var closing sync.WaitGroup
	closeMember := func(m *member) {
		closing.Add(1)
		go func() {
			defer closing.Done()
			began := time.Now()
			m.cl.Close()
			if debug {
				fmt.Fprintf(os.Stderr, "  member %d closed in %.1f ms\n", m.id, ms(time.Since(began)))
			}
			m.cancel()
		}()
	}

	t0 := time.Now()
	for i := 0; i < members; i++ {
		startOne()
	}
	initial := t.wait("initial", t0, stepTimeout, settle)
	log("initial join of %d: %v ms %s", members, fmtMs(initial.AssignedMs), initial.Error)
	if initial.Error != "" {
		must(errors.New(initial.Error))
	}

	// Each step starts at a random point of the members' heartbeat cycle: after a rebalance every member's
	// heartbeat timer restarts at the same moment, so a fixed pause would always land at the same phase. The
	// seed makes the points the same for both brokers in a round: the client's share of a step (waiting for
	// the next heartbeat to learn of the rebalance) is then alike on both, and the difference is the broker's.
	rng := rand.New(rand.NewPCG(uint64(atoi(os.Args[7])), 0x5eed))
	jitter := func() { time.Sleep(time.Duration(rng.Int64N(int64(cfg.heartbeat)))) }
	// Warm-up, not measured: one extra member joins and leaves. Besides warming both brokers, it makes the
	// start alike: Kafka (initial delay 0) forms the group in several rebalances and Sluice (3 s) in one, which
	// leaves the members' heartbeat timers out of step on one and in step on the other; after a rebalance
	// that every member takes part in, they are in step on both.
	extra := startOne()
	if s := t.wait("warm-up join", time.Now(), stepTimeout, settle); s.Error != "" {
		must(errors.New(s.Error))
	}
	t.remove(extra.id)
	closeMember(extra)
	if s := t.wait("warm-up leave", time.Now(), stepTimeout, settle); s.Error != "" {
		must(errors.New(s.Error))
	}

	var steps []step
	record := func(s step) {
		steps = append(steps, s)
		log("%s: last revoke %v ms, assigned %v ms, consuming %v ms, %d members, settled %v %s", s.Kind, fmtMs(s.LastRevokeMs), fmtMs(s.AssignedMs), fmtMs(s.ConsumingMs), s.Members, s.Settled, s.Error)
	}
	for it := 0; it < iterations; it++ {
		// leave: MEMBERS -> MEMBERS-1
		jitter()
		ids := t.aliveIDs()
		leaver := t.remove(ids[it%len(ids)])
		start := time.Now()
		closeMember(leaver)
		record(t.wait("leave", start, stepTimeout, settle))

		// refill: MEMBERS-1 -> MEMBERS
		jitter()
		start = time.Now()
		startOne()
		record(t.wait("refill", start, stepTimeout, settle))

		// join: MEMBERS -> MEMBERS+1
		jitter()
		start = time.Now()
		startOne()
		record(t.wait("join", start, stepTimeout, settle))

		// kill (or a clean leave, unreported): MEMBERS+1 -> MEMBERS
		jitter()
		ids = t.aliveIDs()
		victim := t.remove(ids[(it+3)%len(ids)])
		if withKill {
			start = time.Now()
			victim.kill()
			record(t.wait("kill", start, stepTimeout+cfg.session, settle))
			// Its client can never reach the broker again; stop it without waiting for its failed leave.
			victim.cancel()
			go victim.cl.Close()
		} else {
			start = time.Now()
			closeMember(victim)
			s := t.wait("trim", start, stepTimeout, settle)
			if s.Error != "" {
				record(s)
			}
		}
	}

	stopProducing()
	produceMu.Lock()
	pErr := produceErr
	produceMu.Unlock()
	for _, id := range t.aliveIDs() {
		closeMember(t.remove(id))
	}
	done := make(chan struct{})
	go func() { closing.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		log("some members did not close within 30 s")
	}
	prod.Close()

	out := map[string]any{
		"balancer": cfg.balancer, "group": cfg.group, "topic": cfg.topic, "partitions": partitions, "members": members,
		"heartbeatMs": cfg.heartbeat.Milliseconds(), "sessionMs": cfg.session.Milliseconds(), "rebalanceMs": cfg.rebalance.Milliseconds(),
		"fetchWaitMs": cfg.fetchWait.Milliseconds(), "settleMs": settle.Milliseconds(), "produceEveryMs": produceEvery.Milliseconds(),
		"initialJoinMs": initial.AssignedMs, "steps": steps,
	}
	if pErr != nil {
		out["produceError"] = pErr.Error()
	}
	b, _ := json.Marshal(out)
	fmt.Println(string(b))
	os.Exit(0)
}

func fmtMs(v *float64) string {
	if v == nil {
		return "n/a"
	}
	return strconv.FormatFloat(*v, 'f', 1, 64)
}
