// The control plane of the event ingest over HTTP (docs/operations.md, docs/ingest.md "Control plane"):
//
//   GET  /api/state    {"state", "operatorHeld", "states", "transitions", "transitionsByPair", "stateMs",
//                       "queueDepth", "lagMs", "dropBelowPriority"}
//   POST /api/state    {"state": "PAUSED", "reason"?: "..."} -> the same view after the move, plus "previous"
//
// `sluice state show|set` talks to these. The ingest is started after the HTTP server (its ports come
// later in `serve`), so the server reads it through a getter.

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { IngestMetrics } from '../ingest/server.js'
import type { IngestState } from '../ingest/control.js'
import { HttpError, readJsonBody, sendJson } from './respond.js'

/** What /api/state drives: an IngestServer (structural, so tests can hand in a fake). */
export interface IngestControl {
  readonly state: IngestState
  setState(state: IngestState, reason?: string): void
  metrics(): IngestMetrics
}

/** Kept here (not imported from the ingest) so the HTTP server does not load the ingest's code. */
export const controlStates: readonly IngestState[] = ['RUNNING', 'PAUSED', 'DRAINING', 'DROPPING', 'EMERGENCY']

/** Longest operator reason kept (it goes into logs and the transition event). */
const reasonCharsMax = 200

export interface StateView {
  readonly state: IngestState
  readonly operatorHeld: boolean
  readonly states: readonly IngestState[]
  readonly transitions: number
  readonly transitionsByPair: Record<string, number>
  readonly stateMs: Record<IngestState, number>
  readonly queueDepth: number
  readonly lagMs: number
  /** Frames with a lower priority byte are shed now (docs/ingest.md, DROPPING). */
  readonly dropBelowPriority: number
}

export function stateView(ingest: IngestControl): StateView {
  const m = ingest.metrics()
  return {
    state: m.state,
    operatorHeld: m.operatorHeld,
    states: controlStates,
    transitions: m.transitions,
    transitionsByPair: m.transitionsByPair,
    stateMs: m.stateMs,
    queueDepth: m.queueDepth,
    lagMs: m.lagMs,
    dropBelowPriority: m.dropBelowPriority,
  }
}

export async function handleState(ingest: IngestControl | null, request: IncomingMessage, response: ServerResponse, bodyBytesMax: number): Promise<void> {
  const method = request.method ?? 'GET'
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') throw new HttpError(405, `method ${method} not allowed on /api/state; use GET or POST`, 'METHOD_NOT_ALLOWED')
  if (ingest === null) {
    throw new HttpError(503, 'the event ingest is off on this server (ingest.tcp_port and ingest.udp_port are -1): start `sluice serve` with --ingest-tcp-port or --ingest-udp-port', 'INGEST_OFF')
  }
  if (method !== 'POST') return sendJson(response, 200, stateView(ingest))
  const body = (await readJsonBody(request, bodyBytesMax)) as Record<string, unknown> | null
  if (body === null || typeof body !== 'object' || typeof body.state !== 'string') {
    throw new HttpError(400, `the body must be {"state": one of ${controlStates.join(', ')}, "reason"?: string}`)
  }
  const state = body.state.toUpperCase() as IngestState
  if (!controlStates.includes(state)) throw new HttpError(400, `unknown state ${JSON.stringify(body.state)}: use one of ${controlStates.join(', ')}`)
  if (body.reason !== undefined && typeof body.reason !== 'string') throw new HttpError(400, `reason must be a string, got ${JSON.stringify(body.reason)}`)
  const reason = body.reason === undefined || body.reason === '' ? 'operator (HTTP)' : body.reason.slice(0, reasonCharsMax)
  const previous = ingest.state
  ingest.setState(state, reason)
  return sendJson(response, 200, { previous, ...stateView(ingest) })
}
