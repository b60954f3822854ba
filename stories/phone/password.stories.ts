import { scenarios } from '../../src/mocks/scenarios.js';
import { enterPassword, pressPrimary, shows, toPassword, atStep } from '../support/drive.js';
import { widget, type Story, type StoryMeta, docsFor } from '../support/story.js';
import { deepQueryAll, waitFor } from '../../test/helpers/dom.js';

// Phone subscriber, step "password", and the final notice.
// (The docs page shows the step class's own JSDoc: .storybook/manifest.ts.)
export default {
  title: 'Số điện thoại — Phone/3. Mật khẩu và hoàn tất — Password and done',
  ...docsFor('PasswordStep'),
  render: widget({ methods: 'phone' }),
} satisfies StoryMeta;

export const RulesBeforeTyping: Story = {
  name: 'Quy tắc trước khi gõ — Rules before typing',
  play: async ({ canvasElement }) => toPassword(canvasElement),
};

export const RulesPartlyMet: Story = {
  name: 'Đạt một phần quy tắc — Rules partly met',
  play: async ({ canvasElement }) => {
    await toPassword(canvasElement);
    await enterPassword(canvasElement, 'hoasen2024', '');
  },
};

export const ConfirmationDiffers: Story = {
  name: 'Nhập lại không khớp — Confirmation differs',
  play: async ({ canvasElement }) => {
    await toPassword(canvasElement);
    await enterPassword(canvasElement, 'Hoa-sen#2024', 'Hoa-sen#2025');
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const RejectedByBackend: Story = {
  name: 'Hệ thống từ chối mật khẩu — Rejected by the backend',
  beforeEach: ({ msw }) => msw.use(...scenarios.passwordRejected()),
  play: async ({ canvasElement }) => {
    await toPassword(canvasElement);
    await enterPassword(canvasElement, 'Hoa-sen#2024');
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const Done: Story = {
  name: 'Hoàn tất — Done',
  play: async ({ canvasElement }) => {
    await toPassword(canvasElement);
    await enterPassword(canvasElement, 'Hoa-sen#2024');
    await pressPrimary(canvasElement);
    await atStep(canvasElement, 'dvc-step-done');
  },
};

/** "Hiện mật khẩu" pressed: the toggle beside the field shows both passwords as text. */
export const PasswordShown: Story = {
  name: 'Mật khẩu đang hiện — Password shown',
  play: async ({ canvasElement }) => {
    await toPassword(canvasElement);
    await enterPassword(canvasElement, 'Hoa-sen#2024', 'Hoa-sen#20');
    (await waitFor(() => deepQueryAll<HTMLButtonElement>(canvasElement, 'button[aria-pressed]')[0], { message: 'the toggle' })).click();
    await waitFor(() => deepQueryAll<HTMLInputElement>(canvasElement, '#password')[0]?.type === 'text', { message: 'shown' });
  },
};

/** Back from the password: the verified OTP is skipped; the details say so and go straight on. */
export const BackFromPassword: Story = {
  name: 'Quay lại từ bước mật khẩu — Back from the password step',
  play: async ({ canvasElement }) => {
    await toPassword(canvasElement);
    (await waitFor(() => deepQueryAll<HTMLButtonElement>(canvasElement, '.back button')[0], { message: 'Back' })).click();
    await atStep(canvasElement, 'dvc-step-details');
    await shows(canvasElement, '[data-verified-note]');
  },
};

/** The connection drops while the password is set: nothing typed is lost, "Thử lại" sends it again. */
export const NoNetwork: Story = {
  name: 'Mất mạng khi đặt mật khẩu — No network',
  beforeEach: ({ msw }) => msw.use(...scenarios.passwordNetworkError()),
  play: async ({ canvasElement }) => {
    await toPassword(canvasElement);
    await enterPassword(canvasElement, 'Hoa-sen#2024');
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-alert]');
  },
};
