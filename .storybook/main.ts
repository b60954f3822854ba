import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['msw-storybook-addon', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // msw's own worker script, served at the root so its scope covers every story and its version
  // always matches the installed msw (npm 11 skips msw's postinstall copy).
  staticDirs: [{ from: '../node_modules/msw/lib', to: '/' }],
  core: { disableTelemetry: true },
};

export default config;
