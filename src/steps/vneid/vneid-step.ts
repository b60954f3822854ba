import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { DvcVneidRedirectEvent } from '../../events/vneid-redirect.js';
import { alertBox, alertStyles } from '../../fields/alert.js';
import { methodsFor } from '../../flow/catalog.js';
import { currentLocale } from '../../localization/locale.js';
import { define } from '../../register/define.js';
import { vneidConfigOf } from '../../vneid/config.js';
import { navigation } from '../../vneid/navigation.js';
import { buildAuthorizationRequest } from '../../vneid/pkce.js';
import { saveVneidTransaction } from '../../vneid/storage.js';
import { StepElement } from '../step-element.js';

type Failure = 'storage' | 'unsupported';

/**
 * Step "vneid": explains that citizens now sign in with VNeID, and sends them to the
 * host-configured OIDC authorization endpoint (authorization code + PKCE S256, random `state`
 * and `nonce`, all kept in sessionStorage for the host's callback page). The widget never sees
 * the code or any token: the callback page and the host's backend finish the sign-in.
 *
 * @event dvc-vneid-redirect - Cancelable, right before leaving for VNeID. `detail: { url, state }`.
 */
export class VneidStep extends StepElement {
  static override styles = [...StepElement.styles, alertStyles];

  /** True from the press until the page leaves (or the host took over the redirect). */
  @state() private busy = false;
  @state() private failure: Failure | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.onPageShow);
  }

  override render(): TemplateResult {
    const config = vneidConfigOf(this.config);
    return html`
      <h3 tabindex="-1">${msg('Đăng ký bằng tài khoản định danh điện tử VNeID', { id: 'vneid.heading' })}</h3>
      <p>
        ${msg(
          'Từ ngày 1/7/2024, công dân đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử VNeID (theo Nghị định 69/2024/NĐ-CP). Nếu đã có tài khoản VNeID mức 2, bạn không cần đăng ký tài khoản riêng.',
          { id: 'vneid.intro' },
        )}
      </p>
      ${config ? this.renderStart() : this.renderNotConfigured()}
    `;
  }

  private renderStart(): TemplateResult {
    const otherMethods = methodsFor(this.state.offer, this.state.subject).length > 1;
    return html`
      <p id="next">${msg('Khi bạn tiếp tục:', { id: 'vneid.next' })}</p>
      <ol aria-labelledby="next">
        <li>${msg('Bạn được chuyển sang trang đăng nhập của VNeID.', { id: 'vneid.next.leave' })}</li>
        <li>${msg('Bạn xác nhận đăng nhập trong ứng dụng VNeID trên điện thoại.', { id: 'vneid.next.confirm' })}</li>
        <li>${msg('VNeID đưa bạn trở lại cổng dịch vụ công này.', { id: 'vneid.next.return' })}</li>
      </ol>
      ${otherMethods
        ? html`<p class="hint">${msg('Chưa có tài khoản VNeID mức 2? Hãy quay lại để chọn cách đăng ký khác.', { id: 'vneid.no-account' })}</p>`
        : nothing}
      ${this.renderFailure()}
      <div class="actions">
        <button type="button" class="primary" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.start}>
          ${this.busy ? msg('Đang chuyển đến VNeID…', { id: 'vneid.redirecting' }) : msg('Tiếp tục với VNeID', { id: 'vneid.continue' })}
        </button>
      </div>
      <p class="visually-hidden" role="status">${this.busy ? msg('Đang chuyển đến VNeID…', { id: 'vneid.redirecting' }) : ''}</p>
    `;
  }

  private renderNotConfigured(): TemplateResult {
    // The method is not offered without configuration; this is only reached through a wiring mistake.
    return alertBox(
      'error',
      msg('Cổng này chưa được thiết lập để đăng nhập bằng VNeID. Hãy quay lại và chọn cách đăng ký khác.', { id: 'vneid.not-configured' }),
    );
  }

  private renderFailure(): TemplateResult | typeof nothing {
    switch (this.failure) {
      case undefined:
        return nothing;
      case 'storage':
        return alertBox(
          'error',
          msg(
            'Trình duyệt đang chặn lưu dữ liệu tạm thời cho trang này (thường gặp ở chế độ ẩn danh hoặc khi tắt cookie và dữ liệu trang web), nên chưa thể chuyển sang VNeID an toàn. Hãy cho phép lưu dữ liệu hoặc mở trang trong cửa sổ trình duyệt thường, rồi thử lại.',
            { id: 'vneid.storage-error' },
          ),
        );
      case 'unsupported':
        return alertBox(
          'error',
          msg('Trình duyệt này không hỗ trợ cách đăng nhập an toàn mà VNeID cần. Hãy cập nhật trình duyệt hoặc dùng trình duyệt khác.', {
            id: 'vneid.unsupported',
          }),
        );
    }
  }

  private readonly start = async (): Promise<void> => {
    const config = vneidConfigOf(this.config);
    // aria-disabled keeps the button focusable and announced, so presses must be ignored here.
    if (this.busy || !config) return;
    this.busy = true;
    this.failure = undefined;

    let request;
    try {
      // Web Crypto's digest is async, and absent outside secure contexts (plain http on a real host).
      request = await buildAuthorizationRequest(config, { locale: currentLocale() });
    } catch {
      this.fail('unsupported');
      return;
    }
    // The person went back while the request was being built: do not leave from another step.
    if (!this.isConnected) {
      this.busy = false;
      return;
    }
    const saved = saveVneidTransaction({
      verifier: request.verifier,
      state: request.state,
      nonce: request.nonce,
      redirectUri: config.redirectUri,
      createdAt: Date.now(),
    });
    // Without the verifier and state the callback can never finish: better to say so here.
    if (!saved) {
      this.fail('storage');
      return;
    }
    const proceed = this.dispatchEvent(new DvcVneidRedirectEvent({ url: request.url, state: request.state }));
    if (!proceed) {
      // The host redirects its own way (a popup, its own bookkeeping first); nothing to report.
      this.busy = false;
      return;
    }
    // Stay busy: the page is leaving, and a second press would overwrite the stored transaction.
    navigation.assign(request.url);
  };

  private async fail(failure: Failure): Promise<void> {
    this.busy = false;
    this.failure = failure;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-alert]')?.focus();
  }

  /** Coming back with the browser's Back button restores this page from the cache, still busy. */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.busy = false;
  };
}

define('dvc-step-vneid', VneidStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-vneid': VneidStep;
  }
}
