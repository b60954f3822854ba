/**
 * The waiting engine of remote signing (SIM ký số, VNPT SmartCA): after the backend started a
 * transaction, ask it for the status until the person answers on the phone, the transaction
 * expires, or the wait is given up. Pure logic: no DOM, no Lit, no fetch. Time, timers and the
 * request are injected, so tests drive it with a fake clock and the step wires the browser's
 * signals (visibility, online/offline, element removal) to the methods below.
 *
 * Rules (docs/signing.md):
 * - one status request at a time; an answer from a request that was superseded (paused, stopped,
 *   restarted) is dropped;
 * - about every `interval` ms while all is well; on a failure the wait grows ×`factor` up to
 *   `maxInterval`; a `Retry-After` the server sends wins, clamped to [interval, maxRetryAfter];
 * - while the page is hidden, at most every `hiddenInterval` ms (slower, never stopped: the
 *   person is on the phone, and the answer should be there when they come back); on becoming
 *   visible, or back online, one check at once;
 * - the deadline is on a monotonic clock, so a wall-clock change cannot stretch or cut the
 *   countdown; at the deadline one last check decides between the answer, "expired" and
 *   "unreachable".
 */

/** A monotonic clock and its timers (performance.now and setTimeout in the browser). */
export interface PollerClock {
  /** Milliseconds on a clock that never goes back (not the wall clock). */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** How a failed status request is treated. */
export type FailureKind =
  /** The network is gone (no answer at all): "waiting for connection", then retry. */
  | 'offline'
  /** The backend is struggling (5xx, timeout, 429, malformed answer): back off and retry. */
  | 'retry'
  /** Retrying cannot help (the transaction is unknown, the request is refused). */
  | 'fatal';

export interface ClassifiedFailure {
  readonly kind: FailureKind;
  /** Seconds the server asked to wait (Retry-After), if it said. */
  readonly retryAfter?: number | undefined;
}

export interface PollerOptions<A> {
  /** Asks the backend once; must stop (reject) when the signal aborts. */
  readonly check: (signal: AbortSignal) => Promise<A>;
  /** Whether an answer ends the wait (anything but "waiting"). */
  readonly isFinal: (answer: A) => boolean;
  readonly classify: (error: unknown) => ClassifiedFailure;
  /** Called after every change of `state`. */
  readonly onChange?: (state: PollState<A>) => void;
  readonly clock: PollerClock;
  /** Milliseconds from `start()` until the transaction expires (the backend's `expiresIn`). */
  readonly expiresIn: number;
  readonly interval?: number;
  readonly factor?: number;
  readonly maxInterval?: number;
  readonly hiddenInterval?: number;
  readonly maxRetryAfter?: number;
  /** Whether the page is hidden when polling starts. */
  readonly hidden?: boolean;
}

export const POLL_DEFAULTS = {
  interval: 2000,
  factor: 1.5,
  maxInterval: 10_000,
  hiddenInterval: 10_000,
  maxRetryAfter: 30_000,
} as const;

/** How the connection to the backend looks while waiting. */
export type Connection =
  /** The last request was answered. */
  | 'ok'
  /** The network is gone: nothing answered. */
  | 'offline'
  /** The backend answered with a failure (5xx, 429…): backing off. */
  | 'unstable';

export type PollState<A> =
  | { readonly phase: 'idle' }
  | { readonly phase: 'waiting'; readonly connection: Connection }
  /** The backend gave a final answer (confirmed, rejected, expired, pin_failed, …). */
  | { readonly phase: 'answered'; readonly answer: A }
  /** The deadline passed and the last check still said "waiting". */
  | { readonly phase: 'expired' }
  /** The deadline passed without a usable answer from the backend. */
  | { readonly phase: 'unreachable' }
  /** A failure retrying cannot fix. */
  | { readonly phase: 'failed'; readonly error: unknown }
  /** Stopped from outside (cancel, abort): nothing more happens. */
  | { readonly phase: 'stopped' };

export class StatusPoller<A> {
  private _state: PollState<A> = { phase: 'idle' };
  private deadline = 0;
  private timer: unknown;
  /** The request in flight, if any; aborting it drops its answer. */
  private inFlight: AbortController | undefined;
  /** Bumped whenever a request's answer must no longer count. */
  private generation = 0;
  /** The next wait after a failure; back to `interval` after a good answer. */
  private backoff: number;
  private hidden: boolean;
  private paused = false;
  private readonly o: Required<Omit<PollerOptions<A>, 'onChange' | 'hidden'>> & Pick<PollerOptions<A>, 'onChange'>;

  constructor(options: PollerOptions<A>) {
    this.o = { ...POLL_DEFAULTS, ...options };
    this.backoff = this.o.interval;
    this.hidden = options.hidden ?? false;
  }

  get state(): PollState<A> {
    return this._state;
  }

  /** Whether a status request is on its way (tests, and the one-at-a-time rule). */
  get busy(): boolean {
    return this.inFlight !== undefined;
  }

  /** Milliseconds until the transaction expires; 0 once past (monotonic, never negative). */
  remaining(): number {
    return this._state.phase === 'idle' ? this.o.expiresIn : Math.max(0, this.deadline - this.o.clock.now());
  }

  /** Starts waiting: the first check comes after one interval. An abort of `signal` stops it. */
  start(signal?: AbortSignal): void {
    if (this._state.phase !== 'idle') return;
    this.deadline = this.o.clock.now() + this.o.expiresIn;
    if (signal?.aborted) {
      this.set({ phase: 'stopped' });
      return;
    }
    signal?.addEventListener('abort', () => this.stop(), { once: true });
    this.set({ phase: 'waiting', connection: 'ok' });
    this.schedule(this.o.interval);
  }

  /** Gives up for good (cancel, abort): drops any answer still on its way. */
  stop(): void {
    if (this.ended) return;
    this.cancelPending();
    this.set({ phase: 'stopped' });
  }

  /** The element left the page: no timers, no requests, until `resume()`. */
  pause(): void {
    if (this._state.phase !== 'waiting' || this.paused) return;
    this.paused = true;
    this.cancelPending();
  }

  /** The element is back: check at once (the person may have answered meanwhile). */
  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    if (this._state.phase === 'waiting') this.checkNow();
  }

  /** The page became hidden or visible. Visible again means one check at once. */
  visibilityChanged(hidden: boolean): void {
    const wasHidden = this.hidden;
    this.hidden = hidden;
    if (wasHidden && !hidden) this.checkNow();
  }

  /** The browser says the network went away or came back. */
  connectivityChanged(online: boolean): void {
    if (this._state.phase !== 'waiting' || this.paused) return;
    if (!online) this.set({ phase: 'waiting', connection: 'offline' });
    else this.checkNow();
  }

  /** Checks now unless a request is already on its way (its answer is just as fresh). */
  checkNow(): void {
    if (this._state.phase !== 'waiting' || this.paused || this.inFlight) return;
    this.clearTimer();
    void this.poll();
  }

  private get ended(): boolean {
    const { phase } = this._state;
    return phase !== 'idle' && phase !== 'waiting';
  }

  private schedule(wait: number): void {
    this.clearTimer();
    if (this._state.phase !== 'waiting' || this.paused) return;
    const effective = this.hidden ? Math.max(wait, this.o.hiddenInterval) : wait;
    // Never sleep past the deadline: the last check belongs exactly there.
    const delay = Math.max(0, Math.min(effective, this.deadline - this.o.clock.now()));
    this.timer = this.o.clock.setTimeout(() => {
      this.timer = undefined;
      void this.poll();
    }, delay);
  }

  private async poll(): Promise<void> {
    if (this._state.phase !== 'waiting' || this.paused || this.inFlight) return;
    const generation = ++this.generation;
    const controller = (this.inFlight = new AbortController());
    let answer: A | undefined;
    let failure: unknown;
    let failed = false;
    try {
      answer = await this.o.check(controller.signal);
    } catch (error) {
      failed = true;
      failure = error;
    }
    // Superseded (paused, stopped, restarted): this answer is stale.
    if (generation !== this.generation || this._state.phase !== 'waiting') return;
    this.inFlight = undefined;
    // A laptop lid closed mid-request can bring it back long after the deadline.
    const overdue = this.o.clock.now() >= this.deadline;
    if (!failed) this.onAnswer(answer as A, overdue);
    else this.onFailure(failure, overdue);
  }

  private onAnswer(answer: A, overdue: boolean): void {
    this.backoff = this.o.interval;
    if (this.o.isFinal(answer)) this.set({ phase: 'answered', answer });
    else if (overdue) this.set({ phase: 'expired' });
    else {
      this.set({ phase: 'waiting', connection: 'ok' });
      this.schedule(this.o.interval);
    }
  }

  private onFailure(error: unknown, overdue: boolean): void {
    const { kind, retryAfter } = this.o.classify(error);
    if (kind === 'fatal') {
      this.set({ phase: 'failed', error });
      return;
    }
    if (overdue) {
      this.set({ phase: 'unreachable' });
      return;
    }
    this.backoff = Math.min(this.backoff * this.o.factor, this.o.maxInterval);
    const wait =
      retryAfter === undefined ? this.backoff : Math.min(Math.max(retryAfter * 1000, this.o.interval), this.o.maxRetryAfter);
    this.set({ phase: 'waiting', connection: kind === 'offline' ? 'offline' : 'unstable' });
    this.schedule(wait);
  }

  private cancelPending(): void {
    this.clearTimer();
    this.generation++;
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.o.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private set(state: PollState<A>): void {
    const before = this._state;
    // A repeated "waiting, ok" is no news: keep listeners (and renders) quiet.
    if (before.phase === 'waiting' && state.phase === 'waiting' && before.connection === state.connection) return;
    this._state = state;
    if (this.ended) this.cancelPending();
    this.o.onChange?.(state);
  }
}
