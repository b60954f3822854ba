import { mockBackend } from '../../src/mocks/backend.js';
import { scenarios } from '../../src/mocks/scenarios.js';
import { activateBy, atStep, fill, fillVnpost, pressPrimary, shows } from '../support/drive.js';
import { widget, type Story, type StoryMeta, docsFor } from '../support/story.js';

// Vietnam Post account: the long form, the activation choice, and the email path.
// (The docs page shows the step class's own JSDoc: .storybook/manifest.ts.)
export default {
  title: 'Phương thức — Methods/Bưu điện Việt Nam — Vietnam Post',
  ...docsFor('ActivationStep'),
  render: widget({ methods: 'vnpost' }),
} satisfies StoryMeta;

export const Details: Story = { name: 'Thông tin — Details' };

export const UsernameTaken: Story = {
  name: 'Tên đăng nhập đã có — Username taken',
  play: async ({ canvasElement }) => {
    await atStep(canvasElement, 'dvc-step-details');
    await fill(canvasElement, 'username', 'nguyenvanan');
    await shows(canvasElement, '#username-error');
  },
};

export const Filled: Story = {
  name: 'Đã điền — Filled',
  play: async ({ canvasElement }) => fillVnpost(canvasElement),
};

export const MissingAddress: Story = {
  name: 'Thiếu địa chỉ — Missing address',
  play: async ({ canvasElement }) => {
    await atStep(canvasElement, 'dvc-step-details');
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const ChooseActivation: Story = {
  name: 'Chọn cách kích hoạt — Choose activation',
  play: async ({ canvasElement }) => {
    await fillVnpost(canvasElement);
    await pressPrimary(canvasElement);
    await atStep(canvasElement, 'dvc-step-activation');
  },
};

export const ActivationWithoutEmail: Story = {
  name: 'Kích hoạt khi không có email — Activation without email',
  play: async ({ canvasElement }) => {
    await fillVnpost(canvasElement, { email: '' });
    await pressPrimary(canvasElement);
    await atStep(canvasElement, 'dvc-step-activation');
  },
};

export const CheckYourInbox: Story = {
  name: 'Kiểm tra hộp thư — Check your inbox',
  play: async ({ canvasElement }) => {
    await fillVnpost(canvasElement);
    await pressPrimary(canvasElement);
    await activateBy(canvasElement, 'email');
    await atStep(canvasElement, 'dvc-step-email-sent');
  },
};

export const ResendLinkAvailable: Story = {
  name: 'Được gửi lại liên kết — Resend link available',
  beforeEach: () => {
    mockBackend.timing.otpResendAfter = 0;
  },
  play: async ({ canvasElement }) => {
    await fillVnpost(canvasElement);
    await pressPrimary(canvasElement);
    await activateBy(canvasElement, 'email');
    await atStep(canvasElement, 'dvc-step-email-sent');
  },
};

export const SmsCode: Story = {
  name: 'Mã qua SMS — SMS code',
  play: async ({ canvasElement }) => {
    await fillVnpost(canvasElement);
    await pressPrimary(canvasElement);
    await activateBy(canvasElement, 'sms');
    await atStep(canvasElement, 'dvc-step-otp');
  },
};

/** The connection drops while the activation channel is sent: the choice stays, "Thử lại" sends it again. */
export const ActivationNoNetwork: Story = {
  name: 'Mất mạng khi kích hoạt — No network at activation',
  beforeEach: ({ msw }) => msw.use(...scenarios.activationNetworkError()),
  play: async ({ canvasElement }) => {
    await fillVnpost(canvasElement);
    await pressPrimary(canvasElement);
    await activateBy(canvasElement, 'sms');
    await shows(canvasElement, '[data-alert]');
  },
};
