import { MAGIC } from '../../src/mocks/backend.js';
import { scenarios } from '../../src/mocks/scenarios.js';
import { fill, fillDetails, pressPrimary, shows } from '../support/drive.js';
import { widget, type Story, type StoryMeta } from '../support/story.js';

/** Phone subscriber, step "details": the form and every way the backend can refuse it. */
export default {
  title: 'Phone/1 Details',
  render: widget({ methods: 'phone' }),
} satisfies StoryMeta;

export const Empty: Story = {};

export const EmailRequired: Story = { render: widget({ methods: 'phone', email: 'required' }) };

export const Filled: Story = {
  play: async ({ canvasElement }) => fillDetails(canvasElement),
};

export const ErrorSummary: Story = {
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'idNumber', '00109901234');
    await fill(canvasElement, 'phone', '0241 234 567');
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const IdAndBirthYearDisagree: Story = {
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement, { birthDate: '01/05/1998' });
    await shows(canvasElement, '.warning-message');
  },
};

export const PhoneNotRegisteredToId: Story = {
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement, { phone: MAGIC.phoneNotMatching });
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const AccountExists: Story = {
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement, { idNumber: MAGIC.existingIdNumber });
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-alert]');
  },
};

export const WrongCaptcha: Story = {
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement);
    await fill(canvasElement, 'captcha', 'SAI');
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const Sending: Story = {
  beforeEach: ({ msw }) => msw.use(...scenarios.slow()),
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement);
    await pressPrimary(canvasElement);
    await shows(canvasElement, 'form[aria-busy=true]');
  },
};

export const RateLimited: Story = {
  beforeEach: ({ msw }) => msw.use(...scenarios.rateLimited()),
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement);
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-alert]');
  },
};

export const ServerError: Story = {
  beforeEach: ({ msw }) => msw.use(...scenarios.serverError()),
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement);
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-alert]');
  },
};

export const NoNetwork: Story = {
  beforeEach: ({ msw }) => msw.use(...scenarios.networkError()),
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement);
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-alert]');
  },
};

export const UnknownServerError: Story = {
  beforeEach: ({ msw }) => msw.use(...scenarios.unknownError()),
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement);
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-alert]');
  },
};
