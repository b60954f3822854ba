import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { alertBox, alertStyles } from '../../fields/alert.js';
import { define } from '../../register/define.js';
import { StepElement } from '../step-element.js';

/** Step "certificate-done": the account exists; from now on the person signs in with the certificate. */
export class CertificateDoneStep extends StepElement {
  static override styles = [...StepElement.styles, alertStyles];

  override render(): TemplateResult {
    const username = this.state.results.account?.username ?? this.state.results.certificateRegistration?.username ?? '';
    return html`
      <h3 tabindex="-1">${msg('Đăng ký thành công', { id: 'done.heading' })}</h3>
      ${alertBox('success', msg('Tài khoản của bạn trên Cổng Dịch vụ công quốc gia đã được tạo.', { id: 'done.created' }))}
      <p>
        ${msg(str`Từ nay, hãy đăng nhập bằng USB ký số: chọn “Đăng nhập bằng chữ ký số”, cắm USB và nhập mã PIN trong cửa sổ của công cụ ký số. Tên tài khoản của bạn là ${username}.`, {
          id: 'certificate-done.how-to-sign-in',
        })}
      </p>
      <p class="hint">${msg('Không ai được hỏi mã PIN của USB ký số, kể cả người tự xưng là cán bộ. Hãy giữ USB ở nơi an toàn.', { id: 'certificate-done.safety' })}</p>
      <div class="actions">
        <a class="button primary" href=${this.config?.signInUrl ?? '#'}>${msg('Đăng nhập', { id: 'action.sign-in' })}</a>
      </div>
    `;
  }
}

define('dvc-step-certificate-done', CertificateDoneStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-certificate-done': CertificateDoneStep;
  }
}
