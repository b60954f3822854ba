import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { CertificateHolder } from '../api/certificate-holder.js';
import { currentLocale } from '../localization/locale.js';
import { define } from '../register/define.js';
import { sharedStyles } from '../styles/shared.js';

/**
 * `<dvc-certificate-holder>`: who a verified certificate belongs to, read-only, as the backend
 * read it from the certificate (USB token, SIM signature and remote signing alike). Nothing here
 * comes from what a plugin said about the certificate. Used by the USB token's details step and
 * the remote-signing holder step (SIM ký số, VNPT SmartCA).
 */
@localized()
export class CertificateHolderView extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin-bottom: calc(var(--_space, 1rem) * 1.25);
      }
      section {
        border: 1px solid var(--_border, #b1b4b6);
        border-radius: var(--dvc-radius, 4px);
        padding: 0.75rem 1rem;
      }
      h4 {
        margin: 0 0 0.5rem;
      }
      dl {
        display: grid;
        grid-template-columns: minmax(8rem, max-content) 1fr;
        gap: 0.25rem 1rem;
        margin: 0;
      }
      dt {
        color: var(--_muted, #505a5f);
      }
      dd {
        margin: 0;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) holder: CertificateHolder | undefined;

  override render(): TemplateResult | typeof nothing {
    const h = this.holder;
    if (!h) return nothing;
    const c = h.certificate;
    return html`
      <section aria-labelledby="holder-title">
        <h4 id="holder-title">${msg('Thông tin trong chứng thư số', { id: 'holder.title' })}</h4>
        <dl>
          <dt>${h.kind === 'organization' ? msg('Tên tổ chức', { id: 'holder.org-name' }) : msg('Họ và tên', { id: 'holder.person-name' })}</dt>
          <dd>${h.name}</dd>
          <dt>${identifierLabel(h.identifier.type)}</dt>
          <dd>${h.identifier.value}</dd>
          <dt>${msg('Tổ chức cấp chứng thư số', { id: 'holder.issuer' })}</dt>
          <dd>${c.issuer}</dd>
          <dt>${msg('Hiệu lực', { id: 'holder.validity' })}</dt>
          <dd>${msg(str`Từ ${formatDate(c.notBefore)} đến ${formatDate(c.notAfter)}`, { id: 'holder.validity.range' })}</dd>
          <dt>${msg('Số sê-ri', { id: 'holder.serial' })}</dt>
          <dd>${c.serialNumber}</dd>
        </dl>
      </section>
    `;
  }
}

export function identifierLabel(type: CertificateHolder['identifier']['type']): string {
  switch (type) {
    case 'cccd':
      return msg('Số CCCD', { id: 'holder.id.cccd' });
    case 'cmnd':
      return msg('Số CMND', { id: 'holder.id.cmnd' });
    case 'passport':
      return msg('Số hộ chiếu', { id: 'holder.id.passport' });
    case 'tax-code':
      return msg('Mã số thuế', { id: 'holder.id.tax-code' });
    case 'budget-code':
      return msg('Mã đơn vị quan hệ ngân sách', { id: 'holder.id.budget-code' });
  }
}

/** dd/mm/yyyy in both languages, as the portal writes dates (UTC: a validity date is a calendar day). */
function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLocale() === 'en' ? 'en-GB' : 'vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
}

define('dvc-certificate-holder', CertificateHolderView);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-certificate-holder': CertificateHolderView;
  }
}
