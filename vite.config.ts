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

/**
 * Two builds into one dist/: `vite build` makes the widget for a <script type="module"> tag;
 * `vite build --mode validation` makes the DOM-free rules for Node backends. Built apart so the
 * widget never loads what only backends need (the zod schemas) through a shared chunk.
 */
export default defineConfig(({ mode }) => {
  const validation = mode === 'validation';
  return {
    plugins: [mswWorker()],
    server: { port: 5173, open: false },
    build: {
      target: 'es2022',
      sourcemap: true,
      // The second build adds to the first one's output.
      emptyOutDir: !validation,
      lib: {
        entry: (validation ? { validation: 'src/validation/index.ts' } : { 'dvc-register': 'src/dvc-register.ts' }) as Record<string, string>,
        formats: ['es'],
        fileName: (_format: string, name: string) => `${name}.js`,
      },
      rollupOptions: {
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
