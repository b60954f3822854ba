/**
 * The captcha ("Mã xác thực"): an image from the backend with its token, a "new image" button,
 * and an input. The answer is kept as typed; the backend trims and compares case-insensitively.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ApiError, asApiError, retryWaitOf } from '../api/errors.js';
import { problemMessage } from '../api/messages.js';
import type { Captcha, RegistrationApi } from '../api/types.js';
import { Countdown, formatSeconds } from './countdown.js';
import { textField } from './text-field.js';

export class CaptchaController implements ReactiveController {
  captcha: Captcha | undefined;
  answer = '';
  loading = false;
  loadError: ApiError | undefined;
  /** A 429/503 wait on new images (the one rule of `retryWaitOf`): none is asked for until it ends. */
  readonly wait: Countdown;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly api: () => RegistrationApi | undefined,
  ) {
    host.addController(this);
    // When the backend's wait is over, the new image comes without another press.
    this.wait = new Countdown(host, () => void this.refresh());
  }

  hostConnected(): void {
    if (!this.captcha) void this.refresh();
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Fetches a new image; the old answer is useless with it, so it is cleared. */
  async refresh(): Promise<void> {
    const api = this.api();
    if (!api || this.wait.running) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loading = true;
    this.loadError = undefined;
    this.answer = '';
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
  }
}

export function captchaField(
  c: CaptchaController,
  o: { id: string; error?: string; onInput: (value: string) => void; onBlur: () => void },
): TemplateResult {
  const image = c.captcha
    ? html`<img
        src=${c.captcha.image}
        width="160"
        height="50"
        alt=${msg('Ảnh mã xác thực: nhập các ký tự trong ảnh vào ô bên dưới. Không đọc được thì bấm “Đổi ảnh khác”.', {
          id: 'captcha.alt',
        })}
      />`
    : html`<span class="captcha-placeholder">${c.loading ? msg('Đang tải ảnh…', { id: 'captcha.loading' }) : nothing}</span>`;
  return html`
    <div class="captcha">
      ${textField({
        id: o.id,
        label: msg('Mã xác thực', { id: 'captcha.label' }),
        hint: msg('Nhập các ký tự trong ảnh, không phân biệt chữ hoa, chữ thường.', { id: 'captcha.hint' }),
        required: true,
        value: c.answer,
        autocomplete: 'off',
        autocapitalize: 'characters',
        spellcheck: false,
        width: 'short',
        error: o.error,
        onInput: o.onInput,
        onBlur: o.onBlur,
        // The label comes first, then the image it is about, then the input.
        beforeInput: html`<div class="captcha-image" aria-busy=${c.loading ? 'true' : 'false'}>
            ${image}
            <button type="button" class="secondary" aria-disabled=${c.wait.running ? 'true' : 'false'} @click=${() => c.refresh()}>
              ${msg('Đổi ảnh khác', { id: 'captcha.refresh' })}
            </button>
          </div>
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
