// Feeds the Prometheus registry from the event ingest's counters (docs/operations.md, Metrics). The ingest
// keeps plain cumulative counters on its hot paths (and in shared memory for its publisher workers); this
// sampler reads them every intervalMs and before every /metrics scrape, and turns the differences into
// counter increments, so nothing on the frame path calls into prom-client.
//
//   sluice_ingest_frames_total{source=tcp|udp}, sluice_ingest_bytes_total{source}
//   sluice_ingest_frames_dropped_total{source="ingest", reason}   rejected and shed frames (both sockets)
//   sluice_records_in_total{topic}, sluice_bytes_in_total{topic}  published by the ingest
//   sluice_dedup_dropped_total{topic}, sluice_dead_letter_total{topic, reason}
//   sluice_control_plane_state{key="ingest_state"|"ingest_drop_below_priority"|...}, sluice_control_plane_info{key="ingest_state", value}

import type { IngestDeadLetterCount, IngestMetrics, IngestTopicCounters } from '../ingest/server.js'
import type { IngestState, Transition } from '../ingest/control.js'
import { addScrapeHook, countDeadLetter, countDedupDropped, countIngestDropped, countIngestFrames, countRecordsIn, setControlPlaneInfo, setControlPlaneState } from './registry.js'

/** What the sampler reads: an IngestServer (kept structural so tests can hand in a fake). */
export interface IngestCounterSource {
  metrics(): IngestMetrics
  topicCounters(): IngestTopicCounters[]
  deadLetterCounts(): IngestDeadLetterCount[]
  on(event: 'transition', listener: (transition: Transition) => void): unknown
  off(event: 'transition', listener: (transition: Transition) => void): unknown
}

export interface IngestSampler {
  /** Reads the counters now and applies the differences. */
  sample(): void
  /** Applies a last sample and stops (timer, scrape hook, transition listener). */
  stop(): void
}

/** Numeric codes of sluice_control_plane_state{key="ingest_state"}, in docs/ingest.md's table order. */
export const ingestStateCodes: Record<IngestState, number> = { RUNNING: 0, PAUSED: 1, DRAINING: 2, DROPPING: 3, EMERGENCY: 4 }

const dropReasons: ReadonlyArray<[keyof IngestMetrics['framesRejected'] | keyof IngestMetrics['framesShed'], 'framesRejected' | 'framesShed', string]> = [
  ['lengthShort', 'framesRejected', 'length-short'],
  ['lengthLong', 'framesRejected', 'length-long'],
  ['topicLength', 'framesRejected', 'topic-length'],
  ['illegalTopic', 'framesRejected', 'illegal-topic'],
  ['badExtension', 'framesRejected', 'bad-extension'],
  ['udpTruncated', 'framesRejected', 'udp-truncated'],
  ['dropping', 'framesShed', 'shed-dropping'],
  ['emergency', 'framesShed', 'shed-emergency'],
  ['paused', 'framesShed', 'paused'],
  ['draining', 'framesShed', 'draining'],
  ['queueFull', 'framesShed', 'queue-full'],
  ['unknownTopic', 'framesShed', 'unknown-topic'],
]

export const ingestSampleIntervalMsDefault = 1_000

export function startIngestSampler(ingest: IngestCounterSource, intervalMs = ingestSampleIntervalMsDefault): IngestSampler {
  const seen = new Map<string, number>()
  /** The increase of a cumulative counter since the last sample (0 the first time it goes down). */
  const delta = (key: string, value: number): number => {
    const before = seen.get(key) ?? 0
    seen.set(key, value)
    return value > before ? value - before : 0
  }
  let lastState: IngestState | null = null

  const publishState = (m: Pick<IngestMetrics, 'state' | 'operatorHeld' | 'transitions'>): void => {
    if (m.state !== lastState) {
      setControlPlaneInfo('ingest_state', m.state)
      setControlPlaneState('ingest_state', ingestStateCodes[m.state])
      lastState = m.state
    }
    setControlPlaneState('ingest_operator_held', m.operatorHeld ? 1 : 0)
    setControlPlaneState('ingest_transitions', m.transitions)
  }

  const sample = (): void => {
    const m = ingest.metrics()
    publishState(m)
    setControlPlaneState('ingest_queue_depth', m.queueDepth)
    setControlPlaneState('ingest_lag_ms', m.lagMs)
    setControlPlaneState('ingest_drop_below_priority', m.dropBelowPriority)
    for (const source of ['tcp', 'udp'] as const) {
      const frames = delta(`frames:${source}`, m.framesInBySource[source])
      const bytes = delta(`bytes:${source}`, m.bytesInBySource[source])
      if (frames > 0 || bytes > 0) countIngestFrames(source, frames, bytes)
    }
    for (const [field, group, reason] of dropReasons) {
      const value = (m[group] as Record<string, number>)[field]
      const frames = delta(`dropped:${reason}`, value)
      if (frames > 0) countIngestDropped('ingest', reason, frames)
    }
    for (const topic of ingest.topicCounters()) {
      const records = delta(`published:${topic.topic}`, topic.published)
      const bytes = delta(`publishedBytes:${topic.topic}`, topic.publishedBytes)
      if (records > 0) countRecordsIn(topic.topic, records, bytes)
      const duplicates = delta(`dedup:${topic.topic}`, topic.dedupHits)
      if (duplicates > 0) countDedupDropped(topic.topic, duplicates)
    }
    for (const entry of ingest.deadLetterCounts()) {
      const count = delta(`dlq:${entry.topic}\u0000${entry.reason}`, entry.count)
      if (count > 0) countDeadLetter(entry.topic, entry.reason, count)
    }
  }

  // Transitions show at once, not a sampling interval later.
  const onTransition = (transition: Transition): void => publishState({ ...ingest.metrics(), state: transition.to })
  ingest.on('transition', onTransition)
  const timer = setInterval(sample, intervalMs)
  timer.unref()
  const removeHook = addScrapeHook(sample)
  sample()
  return {
    sample,
    stop() {
      clearInterval(timer)
      removeHook()
      ingest.off('transition', onTransition)
      sample()
    },
  }
}
