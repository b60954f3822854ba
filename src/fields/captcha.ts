/**
 * The captcha ("Mã xác thực"): an image from the backend with its token, a "new image" button,
 * and an input. The answer is kept as typed; the backend trims and compares case-insensitively.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ApiError, asApiError } from '../api/errors.js';
import { problemMessage } from '../api/messages.js';
import type { Captcha, RegistrationApi } from '../api/types.js';
import { textField } from './text-field.js';

export class CaptchaController implements ReactiveController {
  captcha: Captcha | undefined;
  answer = '';
  loading = false;
  loadError: ApiError | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly api: () => RegistrationApi | undefined,
  ) {
    host.addController(this);
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
    if (!api) return;
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
      <div class="captcha-image" aria-busy=${c.loading ? 'true' : 'false'}>
        ${image}
        <button type="button" class="secondary" @click=${() => c.refresh()}>${msg('Đổi ảnh khác', { id: 'captcha.refresh' })}</button>
      </div>
      ${c.loadError
        ? html`<p class="error-message" role="alert">
            ${msg('Không tải được ảnh mã xác thực.', { id: 'captcha.load-failed' })} ${problemMessage(c.loadError)}
          </p>`
        : nothing}
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
      })}
    </div>
  `;
}
