import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { define } from '../../register/define.js';
import { SigningError } from '../../signing/errors.js';
import type { SigningPlugin } from '../../signing/types.js';
import { isOutdated } from '../../signing/version.js';
import { fixItOf, otherMethodLabel, pluginDetail, retryLabel } from './messages.js';
import { usbFailureOf, type UsbFailure } from './failures.js';
import { pluginConfig } from './plugin-config.js';
import { detectOs, downloadsFor, type DesktopOs } from './plugin-source.js';
import { UsbStep } from './usb-step.js';

type Check =
  | { readonly status: 'checking' }
  | { readonly status: 'missing' }
  | { readonly status: 'outdated'; readonly version: string; readonly minimum: string }
  | { readonly status: 'found'; readonly version?: string }
  | { readonly status: 'failed'; readonly failure: UsbFailure };

/**
 * Step "usb-plugin": looks for the signing plugin on this computer (about 3 s, never longer) and
 * says what to do: install it (with the download for this person's system), update it, or plug
 * in the token and go on.
 */
export class UsbPluginStep extends UsbStep {
  @state() private check: Check = { status: 'checking' };
  private abort: AbortController | undefined;

  /** The plugin last looked for: a host that hands over another one (the demo's fake) gets a new check. */
  private probedWith: SigningPlugin | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.probedWith = undefined;
    this.requestUpdate();
  }

  protected override willUpdate(): void {
    if (this.isConnected && this.plugin !== this.probedWith) {
      this.probedWith = this.plugin;
      void this.probe(false);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private async probe(moveFocus: boolean): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.check = { status: 'checking' };
    let next: Check;
    try {
      const info = await this.plugin.probe({ signal: abort.signal });
      const minimum = pluginConfig(this.config).minVersion;
      next = isOutdated(info.version, minimum) ? { status: 'outdated', version: info.version!, minimum: minimum! } : { status: 'found', ...(info.version ? { version: info.version } : {}) };
    } catch (error) {
      if (abort.signal.aborted) return;
      next = error instanceof SigningError && error.code === 'not_installed' ? { status: 'missing' } : { status: 'failed', failure: usbFailureOf(error) };
    }
    this.check = next;
    if (moveFocus) await this.focusNewHeading();
  }

  override render(): TemplateResult {
    const c = this.check;
    // One heading element for every state: the host focuses it on arrival, and the check's result
    // must not take that focus away by replacing it. The result is said in one live region that
    // stays from "checking" on: a region added with its words already in it is often not read.
    return html`
      <div data-plugin-state=${c.status}>
        <h3 tabindex="-1">${this.headingOf(c)}</h3>
        <p role="status" class=${c.status === 'found' ? 'alert alert-success' : ''}>${this.statusOf(c)}</p>
        ${this.renderState(c)}
      </div>
    `;
  }

  private headingOf(c: Check): string {
    switch (c.status) {
      case 'checking':
        return msg('Kiểm tra công cụ ký số', { id: 'usb.plugin.heading' });
      case 'missing':
        return msg('Chưa tìm thấy công cụ ký số', { id: 'usb.plugin.missing.heading' });
      case 'outdated':
        return msg('Cần cập nhật công cụ ký số', { id: 'usb.plugin.outdated.heading' });
      case 'found':
        return msg('Đã sẵn sàng ký số', { id: 'usb.plugin.found.heading' });
      case 'failed':
        return fixItOf(c.failure).title;
    }
  }

  /** What the check found, in a sentence: said as it changes. */
  private statusOf(c: Check): string {
    switch (c.status) {
      case 'checking':
        return msg('Đang tìm công cụ ký số trên máy tính của bạn…', { id: 'usb.plugin.checking' });
      case 'outdated':
        return msg(str`Máy tính đang có công cụ ký số phiên bản ${c.version}; cổng này cần phiên bản ${c.minimum} trở lên. Hãy tải và cài phiên bản mới, rồi kiểm tra lại.`, {
          id: 'usb.plugin.outdated.body',
        });
      case 'found':
        return c.version
          ? msg(str`Đã tìm thấy công cụ ký số (phiên bản ${c.version}).`, { id: 'usb.plugin.found.version' })
          : msg('Đã tìm thấy công cụ ký số.', { id: 'usb.plugin.found' });
      case 'failed':
        return fixItOf(c.failure).body;
      default:
        return this.headingOf(c);
    }
  }

  private renderState(c: Check): TemplateResult | typeof nothing {
    switch (c.status) {
      case 'checking':
        return nothing;
      case 'missing':
        return html`
          <p>
            ${msg('Công cụ ký số (plugin) là phần mềm nhỏ của nhà cung cấp chữ ký số, cài trên máy tính. Trang này cần nó để USB ký số ký xác nhận đăng ký; mã PIN của USB chỉ được nhập trong cửa sổ của công cụ này, không bao giờ nhập vào trang web.', {
              id: 'usb.plugin.missing.what',
            })}
          </p>
          ${this.renderDownloads()}
          <p class="hint">${msg('Sau khi cài, hãy mở công cụ ký số (nếu nó chưa tự chạy), rồi bấm kiểm tra lại.', { id: 'usb.plugin.missing.after' })}</p>
          ${this.renderRecheck(msg('Tôi đã cài xong – kiểm tra lại', { id: 'usb.plugin.recheck-installed' }))}
        `;
      case 'outdated':
        return html`
          ${this.renderDownloads()} ${this.renderRecheck(msg('Tôi đã cập nhật – kiểm tra lại', { id: 'usb.plugin.recheck-updated' }))}
        `;
      case 'found':
        return html`
          <p><strong>${msg('Cắm USB ký số vào máy rồi bấm Tiếp tục', { id: 'usb.plugin.plug-in' })}</strong></p>
          <div class="actions">
            <button type="button" class="primary" @click=${() => this.emit({ type: 'next' })}>${msg('Tiếp tục', { id: 'action.continue' })}</button>
          </div>
        `;
      case 'failed':
        return html`
          <div class="fix-it" data-failure=${c.failure.code}>${pluginDetail(c.failure)} ${this.renderRecheck(retryLabel())}</div>
        `;
    }
  }

  private renderDownloads(): TemplateResult {
    const links = downloadsFor(this.config);
    const os = detectOs();
    const label = (which: DesktopOs) =>
      which === 'windows'
        ? msg('Tải công cụ ký số cho Windows', { id: 'usb.plugin.download.windows' })
        : msg('Tải công cụ ký số cho macOS', { id: 'usb.plugin.download.macos' });
    // This person's system first; the other stays, as browsers can misreport the system.
    const order: DesktopOs[] = os === 'macos' ? ['macos', 'windows'] : ['windows', 'macos'];
    return html`
      <ul class="downloads">
        ${order.map(
          (which) => html`<li>
            <a href=${links[which]} target="_blank" rel="noopener noreferrer" ?data-this-os=${which === os}>${label(which)}</a>${which === os
              ? html` <span class="hint">${msg('(máy tính của bạn)', { id: 'usb.plugin.download.yours' })}</span>`
              : nothing}
          </li>`,
        )}
      </ul>
    `;
  }

  private renderRecheck(label: string): TemplateResult {
    return html`
      <div class="actions">
        <button type="button" class="primary" @click=${() => void this.probe(true)}>${label}</button>
        ${this.canChooseOther
          ? html`<button type="button" class="secondary" @click=${() => this.chooseOther()}>${otherMethodLabel()}</button>`
          : nothing}
      </div>
    `;
  }
}

define('dvc-step-usb-plugin', UsbPluginStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-usb-plugin': UsbPluginStep;
  }
}
