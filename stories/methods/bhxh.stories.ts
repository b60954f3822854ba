import { MAGIC, mockBackend } from '../../src/mocks/backend.js';
import { deepQueryAll, waitFor } from '../../test/helpers/dom.js';
import { atStep, fill, pressPrimary, shows } from '../support/drive.js';
import { widget, type Story, type StoryMeta, docsFor } from '../support/story.js';

// Social-insurance code: the form and the ways the social-insurance check can refuse it.
// (The docs page shows the step class's own JSDoc: .storybook/manifest.ts.)
export default {
  title: 'Phương thức — Methods/Mã số BHXH — Social insurance',
  ...docsFor('DetailsStep'),
  render: widget({ methods: 'bhxh' }),
} satisfies StoryMeta;

async function fillBhxh(root: Element, bhxhCode: string): Promise<void> {
  await atStep(root, 'dvc-step-details');
  await fill(root, 'bhxhCode', bhxhCode);
  await fill(root, 'fullName', 'Trần Thị Bình');
  await fill(root, 'birthDate', '12/03/1988');
  await fill(root, 'phone', '0987 654 321');
  await waitFor(() => deepQueryAll(root, '.captcha img').length > 0);
  await fill(root, 'captcha', mockBackend.lastCaptchaAnswer() ?? '');
  await pressPrimary(root);
}

export const Details: Story = { name: 'Thông tin — Details' };

export const NoRecord: Story = {
  name: 'Không có sổ BHXH — No record',
  play: async ({ canvasElement }) => {
    await fillBhxh(canvasElement, MAGIC.bhxhNotFound);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const RecordMismatch: Story = {
  name: 'Thông tin không khớp — Record mismatch',
  play: async ({ canvasElement }) => {
    await fillBhxh(canvasElement, MAGIC.bhxhMismatch);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const AccountExists: Story = {
  name: 'Đã có tài khoản — Account exists',
  play: async ({ canvasElement }) => {
    await fillBhxh(canvasElement, MAGIC.bhxhAccountExists);
    await shows(canvasElement, '[data-alert]');
  },
};

export const CodeSent: Story = {
  name: 'Đã gửi mã — Code sent',
  play: async ({ canvasElement }) => {
    await fillBhxh(canvasElement, '0123456789');
    await atStep(canvasElement, 'dvc-step-otp');
  },
};
