import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

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

  start(seconds: number): void {
    this.endsAt = Date.now() + seconds * 1000;
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
 * A resend asked for too early is answered with how long to wait (429 + Retry-After): that is
 * shown as the countdown, not as an error. Returns whether it was such an answer.
 */
export function waitIfRateLimited(wait: Countdown, failure: { code: string; retryAfter?: number | undefined }): boolean {
  if (failure.code !== 'rate_limited' || failure.retryAfter === undefined) return false;
  wait.start(failure.retryAfter);
  return true;
}
