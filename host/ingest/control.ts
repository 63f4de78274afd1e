// The ingest's control plane: five states, automatic moves between RUNNING, DROPPING and EMERGENCY on
// queue depth, lag and memory with hysteresis, and operator overrides. Every transition is logged and
// counted; time spent per state is accumulated. docs/ingest.md has the table of behaviours.

export const ingestStates = ['RUNNING', 'PAUSED', 'DRAINING', 'DROPPING', 'EMERGENCY'] as const
export type IngestState = (typeof ingestStates)[number]

/** Enter at or above `enter`, leave at or below `exit` (exit < enter: the gap is the hysteresis). */
export interface Threshold {
  readonly enter: number
  readonly exit: number
}

export interface ControlThresholds {
  /** Fullest class ring, as a fraction of its capacity. */
  readonly queueDepthDropping: Threshold
  readonly queueDepthEmergency: Threshold
  /** Age of the newest published event when work is queued, ms (how far publishing is behind). */
  readonly lagMsDropping: Threshold
  readonly lagMsEmergency: Threshold
  /** Resident set size as a fraction of memoryRssBytesMax. */
  readonly memoryDropping: Threshold
  readonly memoryEmergency: Threshold
}

export const controlThresholdsDefault: ControlThresholds = {
  queueDepthDropping: { enter: 0.5, exit: 0.25 },
  queueDepthEmergency: { enter: 0.85, exit: 0.6 },
  lagMsDropping: { enter: 500, exit: 100 },
  lagMsEmergency: { enter: 2000, exit: 500 },
  memoryDropping: { enter: 0.85, exit: 0.75 },
  memoryEmergency: { enter: 0.95, exit: 0.88 },
}

export interface ControlSample {
  readonly queueDepth: number
  readonly lagMs: number
  readonly memory: number
}

export interface Transition {
  readonly from: IngestState
  readonly to: IngestState
  readonly reason: string
  readonly by: 'auto' | 'operator'
  readonly atMs: number
}

export interface ControlLogger {
  info(object: object, message: string): void
  warn(object: object, message: string): void
}

export class ControlPlane {
  private current: IngestState = 'RUNNING'
  private enteredAtMs = Date.now()
  /** True while an operator holds a state other than RUNNING: automatic moves are suspended. */
  private held = false
  readonly transitions = new Map<string, number>()
  readonly stateMs: Record<IngestState, number> = { RUNNING: 0, PAUSED: 0, DRAINING: 0, DROPPING: 0, EMERGENCY: 0 }
  transitionCount = 0

  constructor(
    private readonly thresholds: ControlThresholds,
    private readonly logger: ControlLogger,
    private readonly onTransition: (transition: Transition) => void,
  ) {}

  get state(): IngestState {
    return this.current
  }

  get operatorHeld(): boolean {
    return this.held
  }

  /** Time per state including the current stay, ms. */
  stateTimes(): Record<IngestState, number> {
    const times = { ...this.stateMs }
    times[this.current] += Date.now() - this.enteredAtMs
    return times
  }

  private move(to: IngestState, reason: string, by: 'auto' | 'operator'): void {
    if (to === this.current) return
    const now = Date.now()
    const from = this.current
    this.stateMs[from] += now - this.enteredAtMs
    this.enteredAtMs = now
    this.current = to
    this.transitionCount++
    const key = `${from}->${to}`
    this.transitions.set(key, (this.transitions.get(key) ?? 0) + 1)
    const transition: Transition = { from, to, reason, by, atMs: now }
    if (to === 'EMERGENCY' || to === 'DROPPING') this.logger.warn({ ingest: 'transition', ...transition }, `ingest ${from} -> ${to}: ${reason}`)
    else this.logger.info({ ingest: 'transition', ...transition }, `ingest ${from} -> ${to}: ${reason}`)
    this.onTransition(transition)
  }

  /**
   * Operator override. Any state but RUNNING is held (automatic moves stop) until the operator sets
   * RUNNING again, which hands control back to the thresholds.
   */
  set(state: IngestState, reason = 'operator'): void {
    if (!ingestStates.includes(state)) throw new RangeError(`unknown ingest state ${JSON.stringify(state)}: use one of ${ingestStates.join(', ')}`)
    this.held = state !== 'RUNNING'
    this.move(state, reason, 'operator')
  }

  /** Automatic moves for one sample; a no-op in PAUSED, DRAINING and while an operator holds a state. */
  evaluate(sample: ControlSample): void {
    if (this.held || this.current === 'PAUSED' || this.current === 'DRAINING') return
    const t = this.thresholds
    const over = (value: number, threshold: Threshold): boolean => value >= threshold.enter
    const under = (value: number, threshold: Threshold): boolean => value <= threshold.exit
    const describe = (): string => `queue depth ${(sample.queueDepth * 100).toFixed(1)}%, lag ${Math.round(sample.lagMs)} ms, memory ${(sample.memory * 100).toFixed(1)}%`
    const emergencyEnter = over(sample.queueDepth, t.queueDepthEmergency) || over(sample.lagMs, t.lagMsEmergency) || over(sample.memory, t.memoryEmergency)
    const droppingEnter = over(sample.queueDepth, t.queueDepthDropping) || over(sample.lagMs, t.lagMsDropping) || over(sample.memory, t.memoryDropping)
    if (this.current === 'RUNNING') {
      if (emergencyEnter) this.move('EMERGENCY', describe(), 'auto')
      else if (droppingEnter) this.move('DROPPING', describe(), 'auto')
    } else if (this.current === 'DROPPING') {
      if (emergencyEnter) this.move('EMERGENCY', describe(), 'auto')
      else if (under(sample.queueDepth, t.queueDepthDropping) && under(sample.lagMs, t.lagMsDropping) && under(sample.memory, t.memoryDropping)) this.move('RUNNING', describe(), 'auto')
    } else if (this.current === 'EMERGENCY') {
      if (under(sample.queueDepth, t.queueDepthEmergency) && under(sample.lagMs, t.lagMsEmergency) && under(sample.memory, t.memoryEmergency)) this.move('DROPPING', describe(), 'auto')
    }
  }
}
