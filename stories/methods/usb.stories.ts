import { html } from 'lit';
import type { HttpHandler } from 'msw';
import '../../src/dvc-register.js';
import { mockBackend } from '../../src/mocks/backend.js';
import { signingMockBackend, signingScenarios } from '../../src/mocks/signing.js';
import { FakeSigningPlugin, type FakePluginSettings } from '../../src/signing/fake.js';
import { deepQueryAll, waitFor } from '../../test/helpers/dom.js';
import { atStep, fill, pressPrimary, shows } from '../support/drive.js';
import type { RenderContext, Story, StoryMeta } from '../support/story.js';

// (The docs page shows the comment on the default export below.)

interface UsbStoryOptions {
  readonly subject?: 'citizen' | 'business' | 'agency';
  readonly plugin?: Partial<FakePluginSettings>;
  readonly attributes?: Record<string, string>;
}

function usbWidget({ subject = 'business', plugin, attributes = {} }: UsbStoryOptions = {}) {
  return (_args: Record<string, unknown>, { globals }: RenderContext) => {
    const el = document.createElement('dvc-register');
    el.setAttribute('lang', globals.locale ?? 'vi');
    for (const [name, value] of Object.entries({ subjects: subject, methods: 'usb', ...attributes })) el.setAttribute(name, value);
    el.signingPlugin = new FakeSigningPlugin({ holder: subject, ...plugin });
    return html`${el}`;
  };
}

function pluginOf(canvas: Element): FakeSigningPlugin {
  return (canvas.querySelector('dvc-register') as HTMLElementTagNameMap['dvc-register']).signingPlugin as FakeSigningPlugin;
}

async function press(canvas: Element, selector: string): Promise<void> {
  const button = await waitFor(() => deepQueryAll<HTMLButtonElement>(canvas, selector)[0], { message: selector, timeout: 8000 });
  button.click();
}

/** From the plugin check to the signing step, then "Ký số". */
async function sign(canvas: Element, settings: Partial<FakePluginSettings> = {}): Promise<void> {
  await waitFor(() => deepQueryAll(canvas, '[data-plugin-state=found]').length > 0, { message: 'plugin found', timeout: 8000 });
  await press(canvas, '[data-plugin-state=found] button.primary');
  await atStep(canvas, 'dvc-step-usb-sign');
  Object.assign(pluginOf(canvas).settings, settings);
  await press(canvas, 'button.primary');
}

/** A failure reached by signing with these fake-plugin settings, or with a backend scenario. */
function failure(name: string, settings: Partial<FakePluginSettings>, scenario?: () => HttpHandler[], subject: UsbStoryOptions['subject'] = 'business'): Story {
  return {
    render: usbWidget({ subject, plugin: { ...settings, ...(settings.mode === 'missing' ? { mode: 'ready' } : {}) } }),
    beforeEach: ({ msw }) => {
      signingMockBackend.reset();
      if (scenario) msw.use(...scenario());
    },
    play: async ({ canvasElement }) => {
      await sign(canvasElement, settings);
      await shows(canvasElement, `[data-failure="${name}"]`);
    },
  };
}

/**
 * USB signing token, with the fake plugin (src/signing/fake.ts) and the mock backend: the plugin
 * check, signing, every fix-it screen, the holder read from the certificate, and the end.
 */
export default {
  title: 'Phương thức — Methods/USB ký số — USB token',
  render: usbWidget(),
} satisfies StoryMeta;

/** Still looking for the plugin (the fake takes a minute to answer). */
export const PluginChecking: Story = { name: 'Đang tìm công cụ ký số — Looking for the signing tool', render: usbWidget({ plugin: { delayMs: 60_000 } }) };
export const PluginMissing: Story = {
  name: 'Chưa cài công cụ ký số — Signing tool missing',
  render: usbWidget({ plugin: { mode: 'missing' } }),
  play: async ({ canvasElement }) => shows(canvasElement, '[data-plugin-state=missing]'),
};
export const PluginOutdated: Story = {
  name: 'Công cụ ký số đã cũ — Signing tool outdated',
  render: usbWidget({ plugin: { mode: 'outdated' }, attributes: { 'plugin-min-version': '2.0' } }),
  play: async ({ canvasElement }) => shows(canvasElement, '[data-plugin-state=outdated]'),
};
export const PluginFound: Story = {
  name: 'Đã thấy công cụ ký số — Signing tool found',
  play: async ({ canvasElement }) => shows(canvasElement, '[data-plugin-state=found]'),
};
/** Waiting while the person types the PIN in the plugin's own window. */
export const WaitingForPin: Story = {
  name: 'Chờ nhập mã PIN — Waiting for the PIN',
  play: async ({ canvasElement }) => {
    await sign(canvasElement, { delayMs: 60_000 });
    await shows(canvasElement, 'button.primary[aria-disabled=true]');
  },
};

export const NoToken: Story = { ...failure('no_certificate', { mode: 'no-token' }), name: 'Không thấy USB ký số — No token' };
export const PinDialogCancelled: Story = { ...failure('cancelled', { mode: 'cancel' }), name: 'Đã đóng cửa sổ nhập PIN — PIN window closed' };
export const PinLocked: Story = { ...failure('pin_locked', { mode: 'pin-locked' }), name: 'Mã PIN bị khóa — PIN locked' };
export const SiteNotLicensed: Story = { ...failure('domain_refused', { mode: 'domain-refused' }), name: 'Trang chưa được cho phép — Site not allowed' };
export const PluginTimedOut: Story = { ...failure('timeout', { mode: 'timeout' }), name: 'Công cụ ký số không trả lời — Signing tool timed out' };
export const UnknownPluginError: Story = { ...failure('plugin_error', { mode: 'unknown-error' }), name: 'Công cụ ký số báo lỗi — Signing tool error' };
export const PluginGoneWhileSigning: Story = { ...failure('not_installed', { mode: 'missing' }), name: 'Mất công cụ ký số khi đang ký — Signing tool gone while signing' };
export const CertificateExpired: Story = { ...failure('certificate_expired', { certificate: 'expired' }), name: 'Chứng thư số hết hạn — Certificate expired' };
export const CertificateNotYetValid: Story = { ...failure('certificate_not_yet_valid', { certificate: 'not-yet-valid' }), name: 'Chứng thư số chưa có hiệu lực — Certificate not yet valid' };
export const CertificateRevoked: Story = { ...failure('certificate_revoked', { certificate: 'revoked' }), name: 'Chứng thư số bị thu hồi — Certificate revoked' };
export const PersonalCertificateForBusiness: Story = { ...failure('certificate_wrong_subject', { holder: 'citizen' }), name: 'Chữ ký số cá nhân cho doanh nghiệp — Personal certificate for a business' };
export const OrganisationCertificateForCitizen: Story = { ...failure('certificate_wrong_subject', { holder: 'business' }, undefined, 'citizen'), name: 'Chữ ký số tổ chức cho công dân — Organisation certificate for a citizen' };
export const CertificateUntrusted: Story = { ...failure('certificate_untrusted', {}, signingScenarios.certificateUntrusted), name: 'Chứng thư số không được chấp nhận — Certificate not accepted' };
export const SignatureRejected: Story = { ...failure('signature_invalid', {}, signingScenarios.signatureRejected), name: 'Chữ ký bị từ chối — Signature rejected' };
export const ChallengeExpired: Story = { ...failure('challenge_expired', {}, signingScenarios.challengeAlwaysExpired), name: 'Phiên ký hết hạn — Signing session expired' };
export const AccountExists: Story = { ...failure('account_exists', {}, signingScenarios.accountExists), name: 'Đã có tài khoản — Account exists' };
export const BackendUnreachable: Story = { ...failure('backend-network', {}, signingScenarios.backendUnreachable), name: 'Không kết nối được hệ thống — Backend unreachable' };

function holder(subject: 'citizen' | 'business' | 'agency'): Story {
  return {
    render: usbWidget({ subject }),
    beforeEach: () => signingMockBackend.reset(),
    play: async ({ canvasElement }) => {
      await sign(canvasElement);
      await atStep(canvasElement, 'dvc-step-certificate-details');
      await waitFor(() => deepQueryAll(canvasElement, 'dd').length > 0, { message: 'holder shown' });
    },
  };
}

export const HolderCitizen: Story = { ...holder('citizen'), name: 'Chủ chứng thư là công dân — Holder: citizen' };
export const HolderBusiness: Story = { ...holder('business'), name: 'Chủ chứng thư là doanh nghiệp — Holder: business' };
export const HolderAgency: Story = { ...holder('agency'), name: 'Chủ chứng thư là cơ quan nhà nước — Holder: state agency' };

/** "Đăng ký" with nothing filled in: an organisation must give an email, and the captcha is required. */
export const ContactDetailsMissing: Story = {
  name: 'Thiếu thông tin liên hệ — Contact details missing',
  ...holder('business'),
  play: async ({ canvasElement }) => {
    await holder('business').play!({ canvasElement });
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const Done: Story = {
  name: 'Hoàn tất — Done',
  ...holder('agency'),
  play: async ({ canvasElement }) => {
    await holder('agency').play!({ canvasElement });
    await fill(canvasElement, 'email', 'van.thu@sotuphap.example.gov.vn');
    await waitFor(() => deepQueryAll(canvasElement, '.captcha img').length > 0);
    await fill(canvasElement, 'captcha', mockBackend.lastCaptchaAnswer() ?? '');
    await pressPrimary(canvasElement);
    await atStep(canvasElement, 'dvc-step-certificate-done');
  },
};
