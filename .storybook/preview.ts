import type { Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { mockBackend } from '../src/mocks/backend.js';
import { startMockWorker } from '../src/mocks/browser.js';
import { mockLatency } from '../src/mocks/handlers.js';
import { setLocale } from '../src/localization/locale.js';

// A little latency so designers see the busy states, as on a real network.
mockLatency.ms = 400;

const preview: Preview = {
  // Our worker carries the default handlers; the addon resets to them between stories.
  loaders: [
    mswLoader(() => startMockWorker()),
    // Stories of single steps have no <dvc-register> to set the locale from its lang attribute.
    async ({ globals }) => {
      await setLocale(globals['locale'] === 'en' ? 'en' : 'vi');
    },
  ],
  beforeEach() {
    mockBackend.reset();
  },
  globalTypes: {
    locale: {
      description: 'Ngôn ngữ / Language',
      toolbar: {
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'vi' },
  parameters: { layout: 'padded' },
};

export default preview;
