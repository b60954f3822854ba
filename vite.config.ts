import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/**
 * Serves msw's own mockServiceWorker.js at the site root, so its scope covers the demo page and
 * its version always matches the installed msw (npm 11 skips msw's postinstall copy).
 */
function mswWorker(): Plugin {
  return {
    name: 'dvc-msw-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(require.resolve('msw/mockServiceWorker.js')));
      });
    },
  };
}

export default defineConfig({
  plugins: [mswWorker()],
  server: { port: 5173, open: false },
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: {
      // The widget for a <script type="module"> tag, and the DOM-free rules for Node backends.
      entry: {
        'dvc-register': 'src/dvc-register.ts',
        validation: 'src/validation/index.ts',
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
