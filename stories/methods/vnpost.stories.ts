import { mockBackend } from '../../src/mocks/backend.js';
import { activateBy, atStep, fill, fillVnpost, pressPrimary, shows } from '../support/drive.js';
import { widget, type Story, type StoryMeta } from '../support/story.js';

/** Vietnam Post account: the long form, the activation choice, and the email path. */
export default {
  title: 'Methods/Vietnam Post',
  render: widget({ methods: 'vnpost' }),
} satisfies StoryMeta;

export const Details: Story = {};

export const UsernameTaken: Story = {
  play: async ({ canvasElement }) => {
    await atStep(canvasElement, 'dvc-step-details');
    await fill(canvasElement, 'username', 'nguyenvanan');
    await shows(canvasElement, '#username-error');
  },
};

export const Filled: Story = {
  play: async ({ canvasElement }) => fillVnpost(canvasElement),
};

export const MissingAddress: Story = {
  play: async ({ canvasElement }) => {
    await atStep(canvasElement, 'dvc-step-details');
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const ChooseActivation: Story = {
  play: async ({ canvasElement }) => {
    await fillVnpost(canvasElement);
    await pressPrimary(canvasElement);
    await atStep(canvasElement, 'dvc-step-activation');
  },
};

export const ActivationWithoutEmail: Story = {
  play: async ({ canvasElement }) => {
    await fillVnpost(canvasElement, { email: '' });
    await pressPrimary(canvasElement);
    await atStep(canvasElement, 'dvc-step-activation');
  },
};

export const CheckYourInbox: Story = {
  play: async ({ canvasElement }) => {
    await fillVnpost(canvasElement);
    await pressPrimary(canvasElement);
    await activateBy(canvasElement, 'email');
    await atStep(canvasElement, 'dvc-step-email-sent');
  },
};

export const ResendLinkAvailable: Story = {
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
  play: async ({ canvasElement }) => {
    await fillVnpost(canvasElement);
    await pressPrimary(canvasElement);
    await activateBy(canvasElement, 'sms');
    await atStep(canvasElement, 'dvc-step-otp');
  },
};
