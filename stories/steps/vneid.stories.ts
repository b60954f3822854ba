import { html } from 'lit';
import type { Offer } from '../../src/flow/catalog.js';
import { initialState } from '../../src/flow/flow.js';
import type { VneidConfig } from '../../src/vneid/config.js';
import { navigation } from '../../src/vneid/navigation.js';
import '../../src/steps/vneid/vneid-step.js';
import { deepQueryAll, waitFor } from '../../test/helpers/dom.js';
import '../support/config-provider.js';
import { shows } from '../support/drive.js';
import { type RenderContext, type Story, type StoryMeta, docsFor } from '../support/story.js';

/**
 * The VNeID step: what VNeID is now for, what happens next, and the button that leaves for the
 * host-configured authorization URL. In Storybook the button never leaves: it logs the URL.
 */
navigation.assign = (url) => console.info('[story] the widget would now go to', url);

const vneid: VneidConfig = {
  authorizeUrl: 'https://sso.vneid.example/oauth2/authorize',
  clientId: 'dvc-demo',
  redirectUri: `${location.origin}/vneid/callback`,
  scope: 'openid',
};

/** A citizen portal offering VNeID beside the phone method, as the wizard will once it is wired in. */
const offer: Offer = { subjects: ['citizen'], methods: { citizen: ['phone', 'vneid'] } };
const chosen = { ...initialState(offer), subject: 'citizen', method: 'vneid' } as const;

const lang = ({ globals }: RenderContext) => globals.locale ?? 'vi';

function renderStep(config: Record<string, unknown>, state = chosen) {
  return (_args: Record<string, unknown>, context: RenderContext) => html`<div lang=${lang(context)}>
    <dvc-config-provider .config=${config}>
      <dvc-step-vneid .state=${state}></dvc-step-vneid>
    </dvc-config-provider>
  </div>`;
}

async function pressContinue(canvas: Element): Promise<void> {
  const button = await waitFor(() => deepQueryAll<HTMLButtonElement>(canvas, 'button.primary')[0], { message: 'the VNeID button' });
  button.click();
}

export default {
  title: 'Các bước — Steps/VNeID',
  ...docsFor('VneidStep', { controls: false }),
  render: renderStep({ vneid }),
} satisfies StoryMeta;

export const Default: Story = { name: 'Mặc định — Default' };

/** VNeID is the portal's only method: no pointer back to other methods. */
export const OnlyMethod: Story = {
  name: 'Phương thức duy nhất — Only method',
  render: renderStep({ vneid }, { ...initialState({ subjects: ['citizen'], methods: { citizen: ['vneid'] } }), subject: 'citizen', method: 'vneid' }),
};

/** After the press, while the browser leaves for VNeID. */
export const Redirecting: Story = {
  name: 'Đang chuyển sang VNeID — Redirecting',
  play: async ({ canvasElement }) => {
    await pressContinue(canvasElement);
    await waitFor(() => deepQueryAll(canvasElement, 'button.primary[aria-disabled=true]').length > 0, { message: 'the busy button' });
  },
};

/** Private mode or blocked site data: sessionStorage refuses, so the widget does not leave. */
export const StorageUnavailable: Story = {
  name: 'Trình duyệt chặn lưu trữ — Storage unavailable',
  play: async ({ canvasElement }) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await pressContinue(canvasElement);
      await shows(canvasElement, '[role=alert]');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  },
};

/** No Web Crypto digest (an old browser, or a page on plain http away from localhost). */
export const BrowserUnsupported: Story = {
  name: 'Trình duyệt không hỗ trợ — Browser unsupported',
  play: async ({ canvasElement }) => {
    const digest = SubtleCrypto.prototype.digest;
    SubtleCrypto.prototype.digest = () => Promise.reject(new DOMException('Not supported', 'NotSupportedError'));
    try {
      await pressContinue(canvasElement);
      await shows(canvasElement, '[role=alert]');
    } finally {
      SubtleCrypto.prototype.digest = digest;
    }
  },
};

/** Reached only through a wiring mistake: without configuration the method is not offered. */
export const NotConfigured: Story = {
  name: 'Chưa cấu hình — Not configured',
  render: renderStep({}),
};
