import { widget, type Story, type StoryMeta, docsFor } from '../support/story.js';
import { pressPrimary, shows } from '../support/drive.js';
import { deepQueryAll, waitFor } from '../../test/helpers/dom.js';

// The method step as a portal shows it to a citizen with the default configuration (the subject
// step comes first now that businesses and agencies have a method: the portal here offers citizens).
// (The docs page shows the step class's own JSDoc: .storybook/manifest.ts.)
export default {
  title: 'Các bước — Steps/Phương thức theo cấu hình — Method as configured',
  ...docsFor('MethodStep'),
  render: widget({ subjects: 'citizen' }),
} satisfies StoryMeta;

export const CitizenMethods: Story = { name: 'Phương thức cho công dân — Citizen methods' };

export const WithVneid: Story = {
  name: 'Có VNeID — With VNeID',
  render: widget({
    subjects: 'citizen',
    'vneid-authorize-url': 'https://sso.vneid.example.gov.vn/authorize',
    'vneid-client-id': 'dvc-demo',
    'vneid-redirect-uri': 'https://dichvucong.example.gov.vn/vneid/callback',
  }),
};

/** "Tiếp tục" with nothing chosen: the error summary (read out at once) and the group's error. */
export const NothingChosen: Story = {
  name: 'Chưa chọn — Nothing chosen',
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
    await shows(canvasElement, '.error-message');
  },
};

/** A chosen card: check mark, thicker border, and the selected colour (not the error red). */
export const Chosen: Story = {
  name: 'Đã chọn — Chosen',
  play: async ({ canvasElement }) => {
    (await waitFor(() => deepQueryAll<HTMLInputElement>(canvasElement, '#method-phone')[0], { message: 'the phone choice' })).click();
  },
};
