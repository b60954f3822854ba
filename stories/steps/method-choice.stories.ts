import { widget, type Story, type StoryMeta } from '../support/story.js';
import { pressPrimary, shows } from '../support/drive.js';

/** The method step as a portal shows it with the default configuration. */
export default {
  title: 'Steps/Method (as configured)',
  render: widget(),
} satisfies StoryMeta;

export const CitizenMethods: Story = {};

export const WithVneid: Story = {
  render: widget({
    'vneid-authorize-url': 'https://sso.vneid.example.gov.vn/authorize',
    'vneid-client-id': 'dvc-demo',
    'vneid-redirect-uri': 'https://dichvucong.example.gov.vn/vneid/callback',
  }),
};

export const NothingChosen: Story = {
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await shows(canvasElement, '.error-message');
  },
};
