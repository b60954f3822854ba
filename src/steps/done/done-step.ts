import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { alertBox, alertStyles } from '../../fields/alert.js';
import { define } from '../../register/define.js';
import { StepElement } from '../step-element.js';

/** Step "done": the account exists; say how to sign in and lead there. */
export class DoneStep extends StepElement {
  static override styles = [...StepElement.styles, alertStyles];

  override render(): TemplateResult {
    const username = this.state.results.account?.username ?? '';
    return html`
      <h3 tabindex="-1">${msg('Đăng ký thành công', { id: 'done.heading' })}</h3>
      ${alertBox('success', msg('Tài khoản của bạn trên Cổng Dịch vụ công quốc gia đã được tạo.', { id: 'done.created' }))}
      <p>
        ${msg(str`Từ nay, hãy đăng nhập bằng tên đăng nhập ${username} và mật khẩu bạn vừa đặt.`, { id: 'done.how-to-sign-in' })}
      </p>
      <p class="hint">${msg('Đừng chia sẻ mật khẩu hoặc mã OTP với bất kỳ ai, kể cả người tự xưng là cán bộ.', { id: 'done.safety' })}</p>
      <div class="actions">
        <a class="button primary" href=${this.config?.signInUrl ?? '#'}>${msg('Đăng nhập', { id: 'action.sign-in' })}</a>
      </div>
    `;
  }
}

define('dvc-step-done', DoneStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-done': DoneStep;
  }
}
