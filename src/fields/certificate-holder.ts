/**
 * Who a verified certificate belongs to, read-only, as the backend parsed it: for the remote
 * signing methods (and the USB token, which reads the same CertificateHolder).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { RemoteCertificateHolder } from '../api/types.js';
import { currentLocale } from '../localization/locale.js';
import { subjectLabel } from '../steps/labels.js';

export function certificateHolderView(holder: RemoteCertificateHolder, headingId: string): TemplateResult {
  const name =
    holder.kind === 'citizen'
      ? msg('Họ và tên', { id: 'holder.name.citizen' })
      : holder.kind === 'business'
        ? msg('Tên doanh nghiệp', { id: 'holder.name.business' })
        : msg('Tên cơ quan', { id: 'holder.name.agency' });
  const id: [string, string | undefined] =
    holder.kind === 'citizen'
      ? [msg('Số CCCD', { id: 'holder.idNumber' }), holder.idNumber]
      : holder.kind === 'business'
        ? [msg('Mã số thuế', { id: 'holder.mst' }), holder.mst]
        : [msg('Mã cơ quan', { id: 'holder.agencyCode' }), holder.agencyCode];
  return html`
    <dl class="holder" aria-labelledby=${headingId}>
      <div><dt>${msg('Đối tượng', { id: 'holder.kind' })}</dt><dd>${subjectLabel(holder.kind)}</dd></div>
      <div><dt>${name}</dt><dd>${holder.name}</dd></div>
      ${id[1] ? html`<div><dt>${id[0]}</dt><dd>${id[1]}</dd></div>` : nothing}
      <div><dt>${msg('Tổ chức cấp chứng thư số', { id: 'holder.issuer' })}</dt><dd>${holder.issuer}</dd></div>
      <div>
        <dt>${msg('Hiệu lực', { id: 'holder.validity' })}</dt>
        <dd>${formatDate(holder.validFrom)} – ${formatDate(holder.validTo)}</dd>
      </div>
    </dl>
  `;
}

/** dd/mm/yyyy in both languages: how the portal writes dates. */
function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLocale() === 'en' ? 'en-GB' : 'vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date);
}

export const certificateHolderStyles = css`
  .holder {
    margin: 0 0 calc(var(--_space) * 1.25);
    padding: 0.75rem 1rem;
    background: #f6f6f6;
  }
  .holder > div {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    gap: 0.5rem;
    padding: 0.25rem 0;
  }
  .holder dt {
    color: var(--_muted);
  }
  .holder dd {
    margin: 0;
    font-weight: 600;
  }
`;
