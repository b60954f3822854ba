import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

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
 * A method's entry module (src/methods/) names its chunk `method-<name>`, so the size report can
 * tell each method's code from the rest.
 */
const chunkFileNames = (chunk: { facadeModuleId: string | null }) =>
  chunk.facadeModuleId && /\/src\/methods\/[^/]+\.ts$/.test(chunk.facadeModuleId) ? 'chunks/method-[name]-[hash].js' : 'chunks/[name]-[hash].js';

/**
 * Two builds into one dist/: `vite build` makes the widget for a <script type="module"> tag;
 * `vite build --mode validation` makes the DOM-free rules for Node backends. Built apart so the
 * widget never loads what only backends need (the zod schemas) through a shared chunk.
 */
/**
 * Collects the modules the entry imports statically (the first load), so they can share one chunk:
 * the entry stays a few bytes that name it, and a portal page makes two requests, not six.
 */
const firstLoad = new Set<string>();
function firstLoadModules(): Plugin {
  return {
    name: 'dvc-first-load',
    buildEnd() {
      const entry = [...this.getModuleIds()].find((id) => this.getModuleInfo(id)?.isEntry);
      const visit = (id: string) => {
        if (firstLoad.has(id)) return;
        firstLoad.add(id);
        for (const dep of this.getModuleInfo(id)?.importedIds ?? []) visit(dep);
      };
      if (entry) visit(entry);
    },
  };
}

export default defineConfig(({ mode }) => {
  const validation = mode === 'validation';
  return {
    // Lit's html`` and css`` templates ship as written unless minified: indentation costs bytes.
    plugins: [mswWorker(), firstLoadModules(), { ...minifyTemplateLiterals(), apply: 'build' as const }],
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
        // Vite leaves whitespace and comments in an ES library build; this one goes straight to
        // browsers on slow connections, so it is minified in full.
        output: {
          chunkFileNames,
          minify: true,
          // One core chunk for the first load (what paints the first step); everything else splits
          // where it is imported on demand (src/register/lazy-steps.ts, the English messages), and
          // modules two on-demand parts share get a chunk of their own, fetched once.
          codeSplitting: validation ? true : { groups: [{ name: 'core', test: (id: string) => firstLoad.has(id) }] },
        },
      },
    },
  };
});
