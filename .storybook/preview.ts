/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { mockBackend } from '../src/mocks/backend.js';
import { startMockWorker } from '../src/mocks/browser.js';
import { mockLatency } from '../src/mocks/handlers.js';
import { setLocale } from '../src/localization/locale.js';
import { componentDescription, attributeArgTypes } from './manifest.js';

// The manifest `npm run build` writes (dist/custom-elements.json): with it, stories whose meta
// names `component: 'dvc-register'` list its attributes, events, parts and tokens. Before a build
// there is none, and Storybook works without it.
const manifests = import.meta.glob<object>('../dist/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

// A little latency so designers see the busy states, as on a real network.
mockLatency.ms = 400;

const preview: Preview = {
  // A docs page per stories file (per step), written from its class's JSDoc: see parameters.docs.
  tags: ['autodocs'],
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
  parameters: {
    layout: 'padded',
    // Each stories file names its step's class as `component`: its docs page (autodocs) shows
    // that class's JSDoc, and the controls are the attributes a portal sets on <dvc-register>.
    docs: { extractComponentDescription: componentDescription, extractArgTypes: attributeArgTypes },
  },
};

export default preview;
