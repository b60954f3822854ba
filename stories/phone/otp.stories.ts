import { mockBackend } from '../../src/mocks/backend.js';
import { scenarios } from '../../src/mocks/scenarios.js';
import { enterOtp, shows, toOtp, wrongOtp } from '../support/drive.js';
import { widget, type Story, type StoryMeta } from '../support/story.js';

/** Phone subscriber, step "OTP": the code sent by SMS, its countdowns and its failures. */
export default {
  title: 'Phone/2 OTP',
  render: widget({ methods: 'phone' }),
} satisfies StoryMeta;

export const WaitingForCode: Story = {
  play: async ({ canvasElement }) => toOtp(canvasElement),
};

export const ResendAvailable: Story = {
  beforeEach: () => {
    mockBackend.timing.otpResendAfter = 0;
  },
  play: async ({ canvasElement }) => toOtp(canvasElement),
};

export const WrongCode: Story = {
  play: async ({ canvasElement }) => {
    await toOtp(canvasElement);
    await enterOtp(canvasElement, wrongOtp());
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const CodeNotSixDigits: Story = {
  play: async ({ canvasElement }) => {
    await toOtp(canvasElement);
    await enterOtp(canvasElement, '12 34');
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const CodeExpired: Story = {
  beforeEach: ({ msw }) => msw.use(...scenarios.otpExpired()),
  play: async ({ canvasElement }) => {
    await toOtp(canvasElement);
    await enterOtp(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const TooManyAttempts: Story = {
  beforeEach: ({ msw }) => msw.use(...scenarios.otpTooManyAttempts()),
  play: async ({ canvasElement }) => {
    await toOtp(canvasElement);
    await enterOtp(canvasElement, wrongOtp());
    await shows(canvasElement, '[data-alert]');
  },
};
