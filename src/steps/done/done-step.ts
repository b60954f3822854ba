import { css, html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { define } from '../../register/define.js';
import { StepElement } from '../step-element.js';

/**
 * Step "done": the account exists. A confirmation panel in the GOV.UK manner says what happened and
 * shows, large, the username to sign in with; under it, the next step and the link to take it.
 */
export class DoneStep extends StepElement {
  static override styles = [
    ...StepElement.styles,
    css`
      .panel {
        background: var(--_success);
        color: #ffffff;
        padding: calc(var(--_space) * 1.5);
        margin-bottom: calc(var(--_space) * 1.5);
        border-radius: var(--_radius);
        text-align: center;
        overflow-wrap: anywhere;
      }
      .panel h3 {
        font-size: 1.75rem;
        margin-bottom: calc(var(--_space) * 0.75);
      }
      .panel p {
        margin: 0;
      }
      .panel .username {
        display: block;
        font-size: 1.5rem;
        font-weight: 700;
        margin-top: 0.25rem;
      }
      h4 {
        font-size: 1.25rem;
        margin: 0 0 0.5rem;
      }
    `,
  ];

  override render(): TemplateResult {
    const username = this.state.results.account?.username ?? '';
    // A remote signature's secret is its signing PIN, typed on the phone; no password or OTP was asked for.
    const signature = this.state.method === 'sim' || this.state.method === 'smartca';
    return html`
      <div class="panel" data-confirmation>
        <h3 tabindex="-1">${msg('Đăng ký thành công', { id: 'done.heading' })}</h3>
        <p>
          ${msg('Tên đăng nhập của bạn', { id: 'done.username-label' })}
          <strong class="username" data-username>${username}</strong>
        </p>
      </div>
      <p>${msg('Tài khoản của bạn trên Cổng Dịch vụ công quốc gia đã được tạo.', { id: 'done.created' })}</p>
      <h4>${msg('Bước tiếp theo', { id: 'done.next-heading' })}</h4>
      <p>
        ${signature
          ? msg('Đăng nhập Cổng Dịch vụ công quốc gia bằng chữ ký số, như bạn vừa xác nhận trên điện thoại.', { id: 'done.next.signature' })
          : msg('Đăng nhập Cổng Dịch vụ công quốc gia bằng tên đăng nhập trên và mật khẩu bạn vừa đặt.', { id: 'done.next' })}
      </p>
      <div class="actions">
        <a class="button primary" href=${this.config?.signInUrl ?? '#'}>${msg('Đăng nhập', { id: 'action.sign-in' })}</a>
      </div>
      <p class="hint">
        ${signature
          ? msg('Đừng cho bất kỳ ai biết mã PIN chữ ký số của bạn, kể cả người tự xưng là cán bộ. Chỉ nhập mã PIN trên điện thoại của bạn, không bao giờ nhập vào trang web.', {
              id: 'done.safety.signature',
            })
          : msg('Đừng chia sẻ mật khẩu hoặc mã OTP với bất kỳ ai, kể cả người tự xưng là cán bộ.', { id: 'done.safety' })}
      </p>
    `;
  }
}

define('dvc-step-done', DoneStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-done': DoneStep;
  }
}
