/**
 * The poller on a Lit host: the browser's monotonic clock and timers, the page's visibility and
 * network signals, element removal (pause) and return (resume), and a once-a-second countdown
 * that re-renders only when the second changes and reports its milestones for announcing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { milestoneBetween, type CountdownMilestone } from './countdown-milestones.js';
import { StatusPoller, type PollerClock, type PollerOptions, type PollState } from './poller.js';

export const browserClock: PollerClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type WaitOptions<A> = Omit<PollerOptions<A>, 'clock' | 'onChange' | 'hidden'>;

export class WaitController<A> implements ReactiveController {
  private poller: StatusPoller<A> | undefined;
  private tick: ReturnType<typeof setTimeout> | undefined;
  private lastSeconds: number | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly on: {
      /** The wait is over (answered, expired, unreachable, failed, stopped). */
      readonly end: (state: PollState<A>) => void;
      readonly milestone: (milestone: CountdownMilestone, seconds: number) => void;
    },
  ) {
    host.addController(this);
  }

  get state(): PollState<A> {
    return this.poller?.state ?? { phase: 'idle' };
  }

  /** Whole seconds left, rounded up. */
  get seconds(): number {
    return this.poller ? Math.ceil(this.poller.remaining() / 1000) : 0;
  }

  begin(options: WaitOptions<A>): void {
    this.stop();
    const poller = new StatusPoller<A>({
      ...options,
      clock: browserClock,
      hidden: document.visibilityState === 'hidden',
      onChange: (state) => {
        if (poller !== this.poller) return;
        this.host.requestUpdate();
        if (state.phase !== 'waiting') {
          this.clearTick();
          this.on.end(state);
        }
      },
    });
    this.poller = poller;
    this.lastSeconds = undefined;
    poller.start();
    if (this.connected) this.onTick();
    else poller.pause();
  }

  /** Stops waiting for good; nothing is reported. */
  stop(): void {
    const poller = this.poller;
    this.poller = undefined;
    poller?.stop();
    this.clearTick();
  }

  /** One check at once (e.g. "check again" after the backend was unreachable). */
  checkNow(): void {
    this.poller?.checkNow();
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    if (this.poller?.state.phase === 'waiting') {
      this.poller.resume();
      this.onTick();
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.poller?.pause();
    this.clearTick();
  }

  private readonly onVisibility = () => this.poller?.visibilityChanged(document.visibilityState === 'hidden');
  private readonly onOnline = () => this.poller?.connectivityChanged(true);
  private readonly onOffline = () => this.poller?.connectivityChanged(false);

  private readonly onTick = (): void => {
    this.clearTick();
    const poller = this.poller;
    if (!poller || poller.state.phase !== 'waiting') return;
    const seconds = this.seconds;
    if (seconds !== this.lastSeconds) {
      const milestone = milestoneBetween(this.lastSeconds, seconds);
      this.lastSeconds = seconds;
      this.host.requestUpdate();
      if (milestone) this.on.milestone(milestone, seconds);
    }
    if (seconds <= 0) return;
    // Wake just after the next whole second, so the display never lags nor renders twice.
    const remaining = poller.remaining();
    this.tick = setTimeout(this.onTick, (remaining % 1000 || 1000) + 5);
  };

  private clearTick(): void {
    if (this.tick !== undefined) clearTimeout(this.tick);
    this.tick = undefined;
  }
}
