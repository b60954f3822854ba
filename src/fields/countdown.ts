import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { retryWaitOf, type ApiError } from '../api/errors.js';
import { clampSeconds, MAX_VALIDITY_SECONDS } from '../api/limits.js';

/**
 * When each server answer's countdowns end, keyed by the answer object and what it counts: a step
 * created again for the same answer (Back, then on) goes on counting instead of starting over.
 */
const deadlines = new WeakMap<object, Map<string, number>>();

/**
 * Seconds left until a moment, re-rendering its host once a second while it runs. The visible
 * text is never a live region: a screen reader would read every tick. Hosts announce the end.
 */
export class Countdown implements ReactiveController {
  private endsAt = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onEnd?: () => void,
  ) {
    host.addController(this);
  }

  /** Whole seconds left, rounded up; 0 once over. */
  get remaining(): number {
    return Math.max(0, Math.ceil((this.endsAt - Date.now()) / 1000));
  }

  get running(): boolean {
    return this.remaining > 0;
  }

  /** Starts counting down; never longer than MAX_VALIDITY_SECONDS, whatever a server said. */
  start(seconds: number): void {
    this.endsAt = Date.now() + clampSeconds(seconds, MAX_VALIDITY_SECONDS) * 1000;
    this.schedule();
    this.host.requestUpdate();
  }

  /**
   * Counts down to the end a server answer set when it arrived: the first call for an answer
   * starts from `seconds`, any later one (a re-created step) resumes where the time really is.
   */
  startFor(answer: object, what: string, seconds: number): void {
    let ends = deadlines.get(answer);
    if (!ends) deadlines.set(answer, (ends = new Map()));
    let endsAt = ends.get(what);
    if (endsAt === undefined) ends.set(what, (endsAt = Date.now() + clampSeconds(seconds, MAX_VALIDITY_SECONDS) * 1000));
    this.endsAt = endsAt;
    this.schedule();
    this.host.requestUpdate();
  }

  stop(): void {
    this.endsAt = 0;
    this.clear();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.running) this.schedule();
  }

  hostDisconnected(): void {
    this.clear();
  }

  private schedule(): void {
    this.clear();
    if (!this.running) return;
    let shown = this.remaining;
    this.timer = setInterval(() => {
      // Ticks are frequent so the display never lags; renders happen only when the second changes.
      if (this.remaining === shown) return;
      shown = this.remaining;
      this.host.requestUpdate();
      if (!this.running) {
        this.clear();
        this.onEnd?.();
      }
    }, 250);
  }

  private clear(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}

/** 75 → "1:15": how Vietnamese and English portals both show a countdown. */
export function formatSeconds(total: number): string {
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/**
 * "Resend in 0:42" while the wait runs, then the resend button (OTP, activation link): the time
 * is plain text, never live, so screen readers are not read every second.
 */
export function resendControl(
  wait: Countdown,
  o: { waitLabel: string; label: string; busy: boolean; onResend: () => void },
): TemplateResult {
  return wait.running
    ? html`<span class="hint">${o.waitLabel} ${formatSeconds(wait.remaining)}</span>`
    : html`<button type="button" class="secondary" @click=${o.onResend} aria-disabled=${o.busy ? 'true' : 'false'}>${o.label}</button>`;
}

/**
 * A resend asked for too early is answered with how long to wait (429 or 503 with Retry-After,
 * the one rule of `retryWaitOf`): that is shown as the resend countdown, not as an error.
 * Returns whether it was such an answer.
 */
export function waitIfRateLimited(wait: Countdown, failure: ApiError): boolean {
  const seconds = retryWaitOf(failure);
  if (seconds === undefined) return false;
  wait.start(seconds);
  return true;
}
