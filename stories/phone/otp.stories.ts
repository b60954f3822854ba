import { mockBackend } from '../../src/mocks/backend.js';
import { scenarios } from '../../src/mocks/scenarios.js';
import { enterOtp, pressButton, shows, showsText, toOtp, wrongOtp } from '../support/drive.js';
import { widget, type Story, type StoryMeta, docsFor } from '../support/story.js';

// Phone subscriber, step "OTP": the code sent by SMS, its countdowns and its failures.
// (The docs page shows the step class's own JSDoc: .storybook/manifest.ts.)
export default {
  title: 'Số điện thoại — Phone/2. Bước OTP — OTP step',
  ...docsFor('OtpStep'),
  render: widget({ methods: 'phone' }),
} satisfies StoryMeta;

export const WaitingForCode: Story = {
  name: 'Chờ mã — Waiting for the code',
  play: async ({ canvasElement }) => toOtp(canvasElement),
};

export const ResendAvailable: Story = {
  name: 'Được gửi lại mã — Resend available',
  beforeEach: () => {
    mockBackend.timing.otpResendAfter = 0;
  },
  play: async ({ canvasElement }) => toOtp(canvasElement),
};

export const WrongCode: Story = {
  name: 'Sai mã — Wrong code',
  play: async ({ canvasElement }) => {
    await toOtp(canvasElement);
    await enterOtp(canvasElement, wrongOtp());
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const CodeNotSixDigits: Story = {
  name: 'Mã không đủ 6 số — Code not six digits',
  play: async ({ canvasElement }) => {
    await toOtp(canvasElement);
    await enterOtp(canvasElement, '12 34');
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const CodeExpired: Story = {
  name: 'Mã hết hạn — Code expired',
  beforeEach: ({ msw }) => msw.use(...scenarios.otpExpired()),
  play: async ({ canvasElement }) => {
    await toOtp(canvasElement);
    await enterOtp(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const TooManyAttempts: Story = {
  name: 'Sai quá số lần — Too many attempts',
  beforeEach: ({ msw }) => msw.use(...scenarios.otpTooManyAttempts()),
  play: async ({ canvasElement }) => {
    await toOtp(canvasElement);
    await enterOtp(canvasElement, wrongOtp());
    await shows(canvasElement, '[data-alert]');
  },
};

/** The registration is gone on the backend (it expired or was cleaned up) when the code is sent. */
export const RegistrationExpired: Story = {
  name: 'Phiên đăng ký hết hạn — Registration expired',
  beforeEach: ({ msw }) => msw.use(...scenarios.registrationExpired()),
  play: async ({ canvasElement }) => {
    await toOtp(canvasElement);
    await enterOtp(canvasElement);
    await shows(canvasElement, '[data-alert]');
  },
};

/** "Gửi lại mã" refused by the backend for 30 s: the wait starts again from its Retry-After. */
export const ResendRateLimited: Story = {
  name: 'Gửi lại mã bị giới hạn — Resend rate-limited',
  beforeEach: ({ msw }) => {
    mockBackend.timing.otpResendAfter = 0;
    msw.use(...scenarios.resendRateLimited());
  },
  play: async ({ canvasElement }) => {
    await toOtp(canvasElement);
    await pressButton(canvasElement, /^\s*(Gửi lại mã|Resend code)\s*$/);
    await showsText(canvasElement, 'span.hint', /Gửi lại mã sau|Resend code in/);
  },
};

/** The connection drops while the code is checked: the code stays, "Thử lại" sends it again. */
export const NoNetwork: Story = {
  name: 'Mất mạng khi xác nhận mã — No network',
  beforeEach: ({ msw }) => msw.use(...scenarios.otpNetworkError()),
  play: async ({ canvasElement }) => {
    await toOtp(canvasElement);
    await enterOtp(canvasElement);
    await shows(canvasElement, '[data-alert]');
  },
};
