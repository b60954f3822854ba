/**
 * The captcha ("Mã xác thực"): an image from the backend with its token, a "new image" button,
 * the same code read aloud ("Nghe mã") when the backend offers it, and an input. The answer is
 * kept as typed; the backend trims and compares case-insensitively.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ApiError, asApiError, retryWaitOf } from '../api/errors.js';
import { problemMessage } from '../api/messages.js';
import type { Captcha, RegistrationApi } from '../api/types.js';
import { Countdown, formatSeconds } from './countdown.js';
import type { Text } from '../localization/text.js';
import { textField } from './text-field.js';
import { afterNextPaint } from '../platform/after-paint.js';

export class CaptchaController implements ReactiveController {
  captcha: Captcha | undefined;
  private typed = '';
  /** What the person typed. Setting it redraws the host, so the field's message follows each key. */
  get answer(): string {
    return this.typed;
  }
  set answer(value: string) {
    this.typed = value;
    this.host.requestUpdate();
  }
  loading = false;
  loadError: ApiError | undefined;
  /** A 429/503 wait on new images (the one rule of `retryWaitOf`): none is asked for until it ends. */
  readonly wait: Countdown;
  /**
   * The code shown was replaced (after a refusal, or by "Đổi ảnh khác"), which emptied the answer.
   * Until the next submit the field says "enter the new code" instead of blaming the person.
   */
  renewed = false;
  /** The spoken code of the current captcha, as a `blob:` URL, once fetched. */
  audioUrl: string | undefined;
  audioLoading = false;
  audioError: ApiError | undefined;
  /**
   * The player could not play the sound it was given (a format this browser lacks, or a page
   * policy without `media-src blob:`): said, instead of "press again to replay".
   */
  audioUnplayable = false;
  /** The person asked to listen: a new captcha loads its sound too (without playing it). */
  audioWanted = false;
  private abort: AbortController | undefined;
  private audioAbort: AbortController | undefined;
  /** Captcha requests started so far. */
  private requests = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly api: () => RegistrationApi | undefined,
  ) {
    host.addController(this);
    // When the backend's wait is over, the new image comes without another press.
    this.wait = new Countdown(host, () => void this.refresh());
  }

  hostConnected(): void {
    if (this.captcha) return;
    // Shown as loading from the first render, the request itself goes out once that render is on
    // screen: starting a fetch costs a cheap phone's main thread several ms, and the step
    // appearing is what the person is waiting for (README, Performance). A request started in the
    // meantime (the person's "new image") is not started again.
    this.loading = true;
    const started = this.requests;
    afterNextPaint(() => {
      if (!this.host.isConnected || this.requests !== started) return;
      this.loading = false;
      void this.refresh();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.dropAudio();
  }

  /**
   * Fetches a new captcha; the old answer and sound are useless with it, so both go. `play`: the
   * person pressed "Nghe mã" for the code this one replaces, so the new code is played.
   */
  async refresh(play = false): Promise<void> {
    const api = this.api();
    if (!api || this.wait.running) return;
    this.requests++;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    if (this.captcha) this.renewed = true;
    this.loading = true;
    this.loadError = undefined;
    this.answer = '';
    this.dropAudio();
    this.host.requestUpdate();
    try {
      this.captcha = await api.createCaptcha({ signal: abort.signal });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.captcha = undefined;
      this.loadError = asApiError(error);
      const wait = retryWaitOf(this.loadError);
      if (wait !== undefined) this.wait.start(wait);
    }
    this.loading = false;
    this.host.requestUpdate();
    // Someone who listened to the last code will listen to this one: have it ready in the player.
    if (this.audioWanted && this.captcha?.audio) void this.loadAudio(play);
  }

  /** "Nghe mã": plays the code from the start, fetching it first if need be. */
  async listen(): Promise<void> {
    this.audioWanted = true;
    if (this.audioUrl) return this.play();
    await this.loadAudio(true);
  }

  private async loadAudio(play: boolean): Promise<void> {
    const api = this.api();
    const captcha = this.captcha;
    if (!api || !captcha || this.audioLoading) return;
    const abort = (this.audioAbort = new AbortController());
    this.audioLoading = true;
    this.audioError = undefined;
    this.host.requestUpdate();
    try {
      const sound = await api.captchaAudio(captcha.id, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.audioUrl = URL.createObjectURL(sound);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.audioError = asApiError(error);
      // An unknown or expired token (docs/openapi.yaml: 404 captcha_invalid) has no sound, and its
      // image is as dead: a new captcha, whose code is then read out as asked.
      if (this.audioError.code === 'captcha_invalid' || this.audioError.status === 404 || this.audioError.status === 410) {
        return this.refresh(play);
      }
    } finally {
      if (this.audioAbort === abort) this.audioLoading = false;
    }
    this.host.requestUpdate();
    if (play && this.audioUrl) {
      await this.host.updateComplete;
      await this.play();
    }
  }

  /** The player's `error` event. */
  unplayable(): void {
    this.audioUnplayable = true;
    this.host.requestUpdate();
  }

  private async play(): Promise<void> {
    // The host renders the player (captchaField); a query spares shipping lit's ref directive.
    const root = (this.host as ReactiveControllerHost & { renderRoot?: ParentNode }).renderRoot;
    const audio = root?.querySelector<HTMLAudioElement>('audio.captcha-audio');
    if (!audio) return;
    audio.currentTime = 0;
    // A browser may still refuse (no sound device, a strict autoplay rule): the player's own
    // controls stay there to start it by hand.
    await audio.play().catch(() => undefined);
  }

  private dropAudio(): void {
    this.audioAbort?.abort();
    this.audioAbort = undefined;
    this.audioLoading = false;
    this.audioError = undefined;
    this.audioUnplayable = false;
    if (this.audioUrl) URL.revokeObjectURL(this.audioUrl);
    this.audioUrl = undefined;
  }
}

/**
 * Why "Đăng ký" cannot go on for want of a captcha, if so; the summary entry leads to the reload
 * button. The reason is taken now, its words at render time (a summary outlives a language switch).
 */
export function captchaUnavailable(c: CaptchaController): Text | undefined {
  if (c.captcha) return undefined;
  // Still loading with nothing typed: the usual "enter the code" says enough.
  if (c.loading && c.answer.trim() === '') return undefined;
  return c.loading
    ? () => msg('Mã xác thực đang tải, xin đợi giây lát.', { id: 'captcha.still-loading' })
    : () => msg('Không tải được mã xác thực: bấm “Đổi ảnh khác” để tải lại.', { id: 'captcha.unavailable' });
}

/** The id of the "new image" button, for summary entries that lead to it. */
export const refreshButtonId = (fieldId: string) => `${fieldId}-refresh`;

export function captchaField(
  c: CaptchaController,
  o: { id: string; error?: string; onInput: (value: string) => void; onBlur: () => void },
): TemplateResult {
  const spoken = Boolean(c.captcha?.audio);
  const image = c.captcha
    ? html`<img
        src=${c.captcha.image}
        width="160"
        height="50"
        alt=${spoken
          ? msg('Ảnh mã xác thực: nhập các ký tự trong ảnh vào ô bên dưới. Không nhìn được ảnh thì bấm “Nghe mã” để nghe mã.', {
              id: 'captcha.alt-audio',
            })
          : msg('Ảnh mã xác thực: nhập các ký tự trong ảnh vào ô bên dưới. Không đọc được thì bấm “Đổi ảnh khác”.', {
              id: 'captcha.alt',
            })}
      />`
    : html`<span class="captcha-placeholder">${c.loading ? msg('Đang tải ảnh…', { id: 'captcha.loading' }) : nothing}</span>`;
  return html`
    <div class="captcha">
      ${textField({
        id: o.id,
        label: msg('Mã xác thực', { id: 'captcha.label' }),
        hint: c.renewed
          ? msg('Mã xác thực đã được đổi: nhập mã mới.', { id: 'captcha.renewed' })
          : spoken
            ? msg('Nhập các ký tự trong ảnh (hoặc bấm “Nghe mã” để nghe), không phân biệt chữ hoa, chữ thường.', {
                id: 'captcha.hint-audio',
              })
            : msg('Nhập các ký tự trong ảnh, không phân biệt chữ hoa, chữ thường.', { id: 'captcha.hint' }),
        required: true,
        value: c.answer,
        autocomplete: 'off',
        autocapitalize: 'characters',
        spellcheck: false,
        width: 'short',
        error: o.error,
        onInput: o.onInput,
        onBlur: o.onBlur,
        // The label comes first, then the image it is about (and its sound), then the input.
        beforeInput: html`<div class="captcha-image" aria-busy=${c.loading ? 'true' : 'false'}>
            ${image}
            <button
              type="button"
              class="secondary"
              id=${refreshButtonId(o.id)}
              aria-disabled=${c.wait.running ? 'true' : 'false'}
              @click=${() => c.refresh()}
            >
              ${msg('Đổi ảnh khác', { id: 'captcha.refresh' })}
            </button>
            ${spoken
              ? html`<button type="button" class="secondary" @click=${() => c.listen()} aria-describedby=${`${o.id}-audio-note`}>
                  ${msg('Nghe mã', { id: 'captcha.listen' })}
                </button>`
              : nothing}
          </div>
          ${spoken ? renderAudio(c, o.id) : nothing}
          ${c.loadError
            ? html`<p class="error-message" role="alert">
                ${msg('Không tải được ảnh mã xác thực.', { id: 'captcha.load-failed' })} ${problemMessage(c.loadError)}
              </p>`
            : nothing}
          ${c.loadError && c.wait.running
            ? // Outside the alert: a live region would read out every second.
              html`<p class="hint">${msg('Thử lại sau', { id: 'details.retry-in' })} <strong>${formatSeconds(c.wait.remaining)}</strong></p>`
            : nothing}`,
      })}
    </div>
  `;
}

/**
 * The player: shown once the person pressed "Nghe mã", never playing on its own (only that
 * button starts it), with the browser's own controls to pause, replay and set the volume.
 */
function renderAudio(c: CaptchaController, id: string): TemplateResult {
  return html`
    <p class="hint" id=${`${id}-audio-note`}>
      ${c.audioLoading
        ? msg('Đang tải âm thanh…', { id: 'captcha.audio-loading' })
        : c.audioUrl && !c.audioUnplayable
          ? msg('Bấm “Nghe mã” lần nữa để nghe lại.', { id: 'captcha.audio-replay' })
          : nothing}
    </p>
    ${c.audioUrl
      ? html`<audio
          class="captcha-audio"
          controls
          preload="auto"
          src=${c.audioUrl}
          aria-label=${msg('Mã xác thực đọc thành tiếng', { id: 'captcha.audio-label' })}
          @error=${() => c.unplayable()}
        ></audio>`
      : nothing}
    ${c.audioUnplayable
      ? html`<p class="error-message" role="alert">
          ${msg('Trình duyệt không phát được mã đọc thành tiếng. Bấm “Đổi ảnh khác” để thử mã khác.', {
            id: 'captcha.audio-unplayable',
          })}
        </p>`
      : nothing}
    ${c.audioError
      ? html`<p class="error-message" role="alert">
          ${msg('Không tải được mã đọc thành tiếng.', { id: 'captcha.audio-failed' })} ${problemMessage(c.audioError)}
        </p>`
      : nothing}
  `;
}

/** What captchaField's markup needs; every step that shows the field adopts it. */
export const captchaStyles = css`
  .captcha-image {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin-bottom: 0.75rem;
  }
  .captcha-image img {
    border: 1px solid var(--_border);
    border-radius: 4px;
  }
  .captcha-placeholder {
    display: inline-flex;
    align-items: center;
    width: 160px;
    height: 50px;
    color: var(--_muted);
  }
  .captcha-audio {
    display: block;
    max-width: 100%;
    margin-bottom: 0.75rem;
  }
`;
