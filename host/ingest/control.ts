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

/**
 * What DROPPING sheds, lowest first: frames whose priority byte is below the current level are
 * dead-lettered. Four bands of the batch class (0-63), then four of the transactional class (64-191);
 * realtime (192-255) is never dropped in DROPPING. See ControlPlane.evaluate for how the level moves.
 */
export const dropLevels = [16, 32, 48, 64, 96, 128, 160, 192] as const
/** Where an operator's DROPPING starts and its floor: the whole batch class. */
const operatorDropLevel = dropLevels.indexOf(64)
/** Priorities below this are dropped in EMERGENCY (everything but realtime). */
export const emergencyDropBelow = 192
export const dropStepMsDefault = 100

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

export interface ControlPlaneOptions {
  /** Least time between two moves of the drop level (default 100 ms). */
  readonly dropStepMs?: number
  /** Called with the new drop-below priority whenever it changes (state moves included). */
  readonly onDropBelow?: (dropBelow: number) => void
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
  /** Index into dropLevels while DROPPING. */
  private dropLevel = 0
  private dropLevelMovedAtMs = 0
  /** Moves of the drop level within DROPPING (not counting state transitions). */
  dropLevelMoves = 0
  private readonly dropStepMs: number

  constructor(
    private readonly thresholds: ControlThresholds,
    private readonly logger: ControlLogger,
    private readonly onTransition: (transition: Transition) => void,
    private readonly options: ControlPlaneOptions = {},
  ) {
    this.dropStepMs = options.dropStepMs ?? dropStepMsDefault
  }

  get state(): IngestState {
    return this.current
  }

  get operatorHeld(): boolean {
    return this.held
  }

  /** Frames with a priority byte below this are shed: the drop level in DROPPING, 192 in EMERGENCY, else 0. */
  get dropBelow(): number {
    if (this.current === 'DROPPING') return dropLevels[this.dropLevel]
    return this.current === 'EMERGENCY' ? emergencyDropBelow : 0
  }

  /** Time per state including the current stay, ms. */
  stateTimes(): Record<IngestState, number> {
    const times = { ...this.stateMs }
    times[this.current] += Date.now() - this.enteredAtMs
    return times
  }

  /** dropClockMs: the clock of evaluate() (tests pass their own), for the drop level's step timing. */
  private move(to: IngestState, reason: string, by: 'auto' | 'operator', dropClockMs = Date.now()): void {
    if (to === this.current) return
    const now = Date.now()
    const from = this.current
    this.stateMs[from] += now - this.enteredAtMs
    this.enteredAtMs = now
    this.current = to
    if (to === 'DROPPING') {
      // Coming down from EMERGENCY: shed all but realtime, and step down as pressure eases; an operator's
      // DROPPING sheds the whole batch class (and more under pressure); an automatic one starts lowest.
      this.dropLevel = from === 'EMERGENCY' ? dropLevels.length - 1 : by === 'operator' ? operatorDropLevel : 0
      this.dropLevelMovedAtMs = dropClockMs
    }
    this.transitionCount++
    const key = `${from}->${to}`
    this.transitions.set(key, (this.transitions.get(key) ?? 0) + 1)
    const transition: Transition = { from, to, reason, by, atMs: now }
    if (to === 'EMERGENCY' || to === 'DROPPING') this.logger.warn({ ingest: 'transition', ...transition }, `ingest ${from} -> ${to}: ${reason}`)
    else this.logger.info({ ingest: 'transition', ...transition }, `ingest ${from} -> ${to}: ${reason}`)
    this.onTransition(transition)
    this.options.onDropBelow?.(this.dropBelow)
  }

  /**
   * Operator override. Any state but RUNNING is held (automatic moves stop) until the operator sets
   * RUNNING again, which hands control back to the thresholds.
   */
  set(state: IngestState, reason = 'operator'): void {
    if (!ingestStates.includes(state)) throw new RangeError(`unknown ingest state ${JSON.stringify(state)}: use one of ${ingestStates.join(', ')}`)
    this.held = state !== 'RUNNING'
    this.move(state, reason, 'operator')
    if (state === 'DROPPING' && this.dropLevel < operatorDropLevel) {
      // Held on an automatic DROPPING that sheds less: the operator's floor applies at once.
      this.dropLevel = operatorDropLevel
      this.options.onDropBelow?.(this.dropBelow)
    }
  }

  /**
   * Automatic moves for one sample; a no-op in PAUSED, DRAINING and while an operator holds a state (but
   * the drop level of an operator's DROPPING still follows the pressure).
   *
   * In DROPPING the drop level moves at most once per dropStepMs: up one level while any signal is at or
   * above its DROPPING enter threshold (shedding did not relieve the pressure yet), down one level while
   * every signal is at or below the midpoint between its DROPPING exit and enter (hysteresis: in between
   * the level holds), never below the first level (an operator's: the whole batch class). Leaving
   * DROPPING for RUNNING (every signal at or below its exit) sheds nothing at once.
   */
  evaluate(sample: ControlSample, nowMs = Date.now()): void {
    const t = this.thresholds
    if (this.current === 'DROPPING') this.stepDropLevel(sample, nowMs)
    if (this.held || this.current === 'PAUSED' || this.current === 'DRAINING') return
    const over = (value: number, threshold: Threshold): boolean => value >= threshold.enter
    const under = (value: number, threshold: Threshold): boolean => value <= threshold.exit
    const describe = (): string => `queue depth ${(sample.queueDepth * 100).toFixed(1)}%, lag ${Math.round(sample.lagMs)} ms, memory ${(sample.memory * 100).toFixed(1)}%`
    const emergencyEnter = over(sample.queueDepth, t.queueDepthEmergency) || over(sample.lagMs, t.lagMsEmergency) || over(sample.memory, t.memoryEmergency)
    const droppingEnter = over(sample.queueDepth, t.queueDepthDropping) || over(sample.lagMs, t.lagMsDropping) || over(sample.memory, t.memoryDropping)
    if (this.current === 'RUNNING') {
      if (emergencyEnter) this.move('EMERGENCY', describe(), 'auto', nowMs)
      else if (droppingEnter) this.move('DROPPING', describe(), 'auto', nowMs)
    } else if (this.current === 'DROPPING') {
      if (emergencyEnter) this.move('EMERGENCY', describe(), 'auto', nowMs)
      else if (under(sample.queueDepth, t.queueDepthDropping) && under(sample.lagMs, t.lagMsDropping) && under(sample.memory, t.memoryDropping)) this.move('RUNNING', describe(), 'auto', nowMs)
    } else if (this.current === 'EMERGENCY') {
      if (under(sample.queueDepth, t.queueDepthEmergency) && under(sample.lagMs, t.lagMsEmergency) && under(sample.memory, t.memoryEmergency)) this.move('DROPPING', describe(), 'auto', nowMs)
    }
  }

  private stepDropLevel(sample: ControlSample, nowMs: number): void {
    if (nowMs - this.dropLevelMovedAtMs < this.dropStepMs) return
    const t = this.thresholds
    const pressure = sample.queueDepth >= t.queueDepthDropping.enter || sample.lagMs >= t.lagMsDropping.enter || sample.memory >= t.memoryDropping.enter
    const eased = (value: number, threshold: Threshold): boolean => value <= (threshold.exit + threshold.enter) / 2
    const relief = eased(sample.queueDepth, t.queueDepthDropping) && eased(sample.lagMs, t.lagMsDropping) && eased(sample.memory, t.memoryDropping)
    const floor = this.held ? operatorDropLevel : 0
    let level = this.dropLevel
    if (pressure && level < dropLevels.length - 1) level++
    else if (!pressure && relief && level > floor) level--
    else return
    const from = dropLevels[this.dropLevel]
    this.dropLevel = level
    this.dropLevelMovedAtMs = nowMs
    this.dropLevelMoves++
    const to = dropLevels[level]
    this.logger.info({ ingest: 'drop-level', from, to, queueDepth: sample.queueDepth, lagMs: sample.lagMs, memory: sample.memory }, `ingest DROPPING: shedding priorities below ${to} (was ${from})`)
    this.options.onDropBelow?.(to)
  }
}
