import { html } from 'lit';
import type { HttpHandler } from 'msw';
import '../../src/dvc-register.js';
import { mockBackend } from '../../src/mocks/backend.js';
import { signingMockBackend, signingScenarios } from '../../src/mocks/signing.js';
import { FakeSigningPlugin, type FakePluginSettings } from '../../src/signing/fake.js';
import { deepQueryAll, waitFor } from '../../test/helpers/dom.js';
import { atStep, fill, pressPrimary, shows } from '../support/drive.js';
import type { RenderContext, Story, StoryMeta } from '../support/story.js';

/**
 * USB signing token, with the fake plugin (src/signing/fake.ts) and the mock backend: the plugin
 * check, signing, every fix-it screen, the holder read from the certificate, and the end.
 */

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

export default {
  title: 'Methods/USB token',
  render: usbWidget(),
} satisfies StoryMeta;

/** Still looking for the plugin (the fake takes a minute to answer). */
export const PluginChecking: Story = { render: usbWidget({ plugin: { delayMs: 60_000 } }) };
export const PluginMissing: Story = {
  render: usbWidget({ plugin: { mode: 'missing' } }),
  play: async ({ canvasElement }) => shows(canvasElement, '[data-plugin-state=missing]'),
};
export const PluginOutdated: Story = {
  render: usbWidget({ plugin: { mode: 'outdated' }, attributes: { 'plugin-min-version': '2.0' } }),
  play: async ({ canvasElement }) => shows(canvasElement, '[data-plugin-state=outdated]'),
};
export const PluginFound: Story = {
  play: async ({ canvasElement }) => shows(canvasElement, '[data-plugin-state=found]'),
};
/** Waiting while the person types the PIN in the plugin's own window. */
export const WaitingForPin: Story = {
  play: async ({ canvasElement }) => {
    await sign(canvasElement, { delayMs: 60_000 });
    await shows(canvasElement, 'button.primary[aria-disabled=true]');
  },
};

export const NoToken = failure('no_certificate', { mode: 'no-token' });
export const PinDialogCancelled = failure('cancelled', { mode: 'cancel' });
export const PinLocked = failure('pin_locked', { mode: 'pin-locked' });
export const SiteNotLicensed = failure('domain_refused', { mode: 'domain-refused' });
export const PluginTimedOut = failure('timeout', { mode: 'timeout' });
export const UnknownPluginError = failure('plugin_error', { mode: 'unknown-error' });
export const PluginGoneWhileSigning = failure('not_installed', { mode: 'missing' });
export const CertificateExpired = failure('certificate_expired', { certificate: 'expired' });
export const CertificateNotYetValid = failure('certificate_not_yet_valid', { certificate: 'not-yet-valid' });
export const CertificateRevoked = failure('certificate_revoked', { certificate: 'revoked' });
export const PersonalCertificateForBusiness = failure('certificate_wrong_subject', { holder: 'citizen' });
export const OrganisationCertificateForCitizen = failure('certificate_wrong_subject', { holder: 'business' }, undefined, 'citizen');
export const CertificateUntrusted = failure('certificate_untrusted', {}, signingScenarios.certificateUntrusted);
export const SignatureRejected = failure('signature_invalid', {}, signingScenarios.signatureRejected);
export const ChallengeExpired = failure('challenge_expired', {}, signingScenarios.challengeAlwaysExpired);
export const AccountExists = failure('account_exists', {}, signingScenarios.accountExists);
export const BackendUnreachable = failure('backend-network', {}, signingScenarios.backendUnreachable);

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

export const HolderCitizen = holder('citizen');
export const HolderBusiness = holder('business');
export const HolderAgency = holder('agency');

/** "Đăng ký" with nothing filled in: an organisation must give an email, and the captcha is required. */
export const ContactDetailsMissing: Story = {
  ...holder('business'),
  play: async ({ canvasElement }) => {
    await holder('business').play!({ canvasElement });
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const Done: Story = {
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
