import { MAGIC } from '../../src/mocks/backend.js';
import { scenarios } from '../../src/mocks/scenarios.js';
import { atStep, fill, fillDetails, pressButton, pressPrimary, shows } from '../support/drive.js';
import { widget, type Story, type StoryMeta, docsFor } from '../support/story.js';

// Phone subscriber, step "details": the form and every way the backend can refuse it.
// (The docs page shows the step class's own JSDoc: .storybook/manifest.ts.)
export default {
  title: 'Số điện thoại — Phone/1. Thông tin đăng ký — Details',
  ...docsFor('DetailsStep'),
  render: widget({ methods: 'phone' }),
} satisfies StoryMeta;

export const Empty: Story = { name: 'Trống — Empty' };

export const EmailRequired: Story = { name: 'Email bắt buộc — Email required', render: widget({ methods: 'phone', email: 'required' }) };

export const Filled: Story = {
  name: 'Đã điền — Filled',
  play: async ({ canvasElement }) => fillDetails(canvasElement),
};

export const ErrorSummary: Story = {
  name: 'Tóm tắt lỗi — Error summary',
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'idNumber', '00109901234');
    await fill(canvasElement, 'phone', '0241 234 567');
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const IdAndBirthYearDisagree: Story = {
  name: 'CCCD lệch năm sinh — ID and birth year disagree',
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement, { birthDate: '01/05/1998' });
    await shows(canvasElement, '.warning-message');
  },
};

export const PhoneNotRegisteredToId: Story = {
  name: 'Thuê bao không khớp CCCD — Phone not registered to the ID',
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement, { phone: MAGIC.phoneNotMatching });
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const AccountExists: Story = {
  name: 'Đã có tài khoản — Account exists',
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement, { idNumber: MAGIC.existingIdNumber });
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-alert]');
  },
};

export const WrongCaptcha: Story = {
  name: 'Sai mã xác thực — Wrong captcha',
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement);
    await fill(canvasElement, 'captcha', 'SAI');
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const Sending: Story = {
  name: 'Đang gửi — Sending',
  beforeEach: ({ msw }) => msw.use(...scenarios.slow()),
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement);
    await pressPrimary(canvasElement);
    await shows(canvasElement, 'form[aria-busy=true]');
  },
};

export const RateLimited: Story = {
  name: 'Quá nhiều lần thử — Rate limited',
  beforeEach: ({ msw }) => msw.use(...scenarios.rateLimited()),
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement);
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-alert]');
  },
};

export const ServerError: Story = {
  name: 'Lỗi hệ thống — Server error',
  beforeEach: ({ msw }) => msw.use(...scenarios.serverError()),
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement);
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-alert]');
  },
};

export const NoNetwork: Story = {
  name: 'Mất mạng — No network',
  beforeEach: ({ msw }) => msw.use(...scenarios.networkError()),
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement);
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-alert]');
  },
};

export const UnknownServerError: Story = {
  name: 'Lỗi không rõ — Unknown server error',
  beforeEach: ({ msw }) => msw.use(...scenarios.unknownError()),
  play: async ({ canvasElement }) => {
    await fillDetails(canvasElement);
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-alert]');
  },
};

/** The captcha could not be loaded: pressing "Đăng ký" says so and leads to "Đổi ảnh khác". */
export const CaptchaImageFailed: Story = {
  name: 'Không tải được mã xác thực — Captcha image failed',
  beforeEach: ({ msw }) => msw.use(...scenarios.captchaFailed()),
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '.captcha [role=alert]');
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};

/** "Nghe mã" pressed: the player with the code read aloud (the mock plays one tone pair per character). */
export const ListeningToCaptcha: Story = {
  name: 'Nghe mã xác thực — Listening to the captcha',
  play: async ({ canvasElement }) => {
    await atStep(canvasElement, 'dvc-step-details');
    await pressButton(canvasElement, /Nghe mã|Listen/);
    await shows(canvasElement, 'audio.captcha-audio');
  },
};

/** The spoken code could not be loaded; pressing "Nghe mã" again tries again. */
export const CaptchaAudioFailed: Story = {
  name: 'Không tải được mã đọc — Spoken captcha failed',
  beforeEach: ({ msw }) => msw.use(...scenarios.captchaAudioFailed()),
  play: async ({ canvasElement }) => {
    await atStep(canvasElement, 'dvc-step-details');
    await pressButton(canvasElement, /Nghe mã|Listen/);
    await shows(canvasElement, '.captcha [role=alert]');
  },
};
