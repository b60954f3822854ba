import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { isCertificateProblem } from '../../api/certificate-registration.js';
import { define } from '../../register/define.js';
import { challengeDigest } from '../../signing/challenge.js';
import { PLUGIN_TIMEOUTS } from '../../signing/types.js';
import { failureName, usbFailureOf, type UsbFailure } from './failures.js';
import { accountLinks } from '../failure-alert.js';
import { tokenFitsAnother } from '../subject-advice.js';
import { fixItOf, otherMethodLabel, pluginDetail, retryLabel } from './messages.js';
import { UsbStep } from './usb-step.js';

/**
 * Step "usb-sign": the backend issues a challenge, the plugin signs it (its own window asks for
 * the PIN: never this page), the backend verifies signature and certificate and answers with the
 * holder. Every failure gets its own fix-it screen with a retry that starts over cleanly.
 */
export class UsbSignStep extends UsbStep {
  @state() private busy = false;
  @state() private failure: UsbFailure | undefined;
  private abort: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  override render(): TemplateResult {
    return this.failure ? this.renderFixIt(this.failure) : this.renderSign();
  }

  private renderSign(): TemplateResult {
    const seconds = Math.round(PLUGIN_TIMEOUTS.signMs / 1000);
    return html`
      <h3 tabindex="-1">${msg('Ký số để xác nhận', { id: 'usb.sign.heading' })}</h3>
      <ol>
        <li>${msg('Kiểm tra USB ký số đã cắm vào máy.', { id: 'usb.sign.step.plug' })}</li>
        <li>${msg('Bấm “Ký số”. Công cụ ký số sẽ mở cửa sổ riêng của nó.', { id: 'usb.sign.step.press' })}</li>
        <li>${msg('Nhập mã PIN của USB trong cửa sổ đó.', { id: 'usb.sign.step.pin' })}</li>
      </ol>
      <p class="pin-note">${msg('Trang này không bao giờ hỏi mã PIN của bạn. Đừng nhập mã PIN vào trang web.', { id: 'usb.sign.no-pin-here' })}</p>
      <div class="actions">
        <button type="button" class="primary" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => void this.sign()}>
          ${this.busy ? msg('Đang chờ ký số…', { id: 'usb.sign.busy' }) : msg('Ký số', { id: 'usb.sign.start' })}
        </button>
      </div>
      <p role="status">
        ${this.busy
          ? msg(str`Đang chờ bạn nhập mã PIN trong cửa sổ của công cụ ký số (có thể nằm sau cửa sổ trình duyệt). Bạn có tối đa ${seconds} giây.`, {
              id: 'usb.sign.waiting',
            })
          : ''}
      </p>
    `;
  }

  /** Its title takes focus; what to do is its description, so a screen reader reads both at once. */
  private renderFixIt(failure: UsbFailure): TemplateResult {
    const fix = fixItOf(failure, this.state.offer.subjects);
    return html`
      <div class="fix-it" data-failure=${failureName(failure)}>
        <h3 tabindex="-1" aria-describedby="fix-body">${fix.title}</h3>
        <p id="fix-body">${fix.body}</p>
        ${pluginDetail(failure)}
        <div class="actions">${this.fixItActions(failure)}</div>
      </div>
    `;
  }

  private fixItActions(failure: UsbFailure): TemplateResult {
    const retry = html`<button type="button" class="primary" @click=${() => void this.retry()}>${retryLabel()}</button>`;
    const other = this.canChooseOther
      ? html`<button type="button" class="secondary" @click=${() => this.chooseOther()}>${otherMethodLabel()}</button>`
      : nothing;
    if (failure.code === 'account_exists') {
      return html`${this.config ? accountLinks(this.config) : nothing}${other}`;
    }
    if (failure.code === 'not_installed') {
      return html`<button type="button" class="primary" @click=${() => this.emit({ type: 'go-to', step: 'usb-plugin' })}>
          ${msg('Kiểm tra lại công cụ ký số', { id: 'usb.sign.recheck-plugin' })}</button
        >${other}`;
    }
    // Only where the portal offers a subject this token fits: another choice would fail again.
    if (failure.kind === 'certificate' && failure.code === 'certificate_wrong_subject' && tokenFitsAnother(failure.error.expectedHolder, this.state.offer.subjects)) {
      return html`${retry}
        <button type="button" class="secondary" @click=${() => this.emit({ type: 'go-to', step: 'subject' })}>
          ${msg('Chọn lại đối tượng đăng ký', { id: 'usb.sign.choose-subject' })}
        </button>`;
    }
    return html`${retry}${other}`;
  }

  private async retry(): Promise<void> {
    this.failure = undefined;
    await this.focusNewHeading();
    await this.sign();
  }

  private async sign(): Promise<void> {
    if (this.busy) return;
    const subject = this.state.subject;
    if (!subject) return;
    this.busy = true;
    const abort = (this.abort = new AbortController());
    try {
      const registration = await this.signOnce(subject, abort.signal).catch((error: unknown) => {
        // An expired challenge is nobody's fault: ask for a new one once, without a word.
        if (isCertificateProblem(error) && error.certificateCode === 'challenge_expired') return this.signOnce(subject, abort.signal);
        throw error;
      });
      this.emit({ type: 'next', results: { certificateRegistration: registration } });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.failure = usbFailureOf(error);
      await this.focusNewHeading();
    } finally {
      this.busy = false;
    }
  }

  private async signOnce(subject: NonNullable<typeof this.state.subject>, signal: AbortSignal) {
    const api = await this.certificateApi();
    const challenge = await api.createSigningChallenge({ subject, method: 'usb' }, { signal });
    const digest = await challengeDigest(challenge.nonce, location.origin);
    const signed = await this.plugin.sign({ digest }, { signal });
    return api.submitSignedChallenge(challenge.id, signed, { signal });
  }
}

define('dvc-step-usb-sign', UsbSignStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-usb-sign': UsbSignStep;
  }
}
