import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { inlineBundlerRuntime } from './scripts/inline-bundler-runtime.mjs';
import { licenseNotices } from './scripts/license-notices.mjs';

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
 * tell each method's code from the rest. The form journey is not one method's: phone and BHXH
 * import it as their steps, Vietnam Post and the token with their own parts.
 */
/**
 * Six characters of hash, not Rollup's eight: each chunk the core may import names its file there,
 * and a hash's random letters do not compress (about 20 bytes of the first load). Six base64
 * characters still tell 68 billion versions apart. scripts/size-report.mjs and the test server
 * (web-test-runner.config.mjs) read chunk names with this length.
 */
const chunkFileNames = (chunk: { facadeModuleId: string | null }) =>
  chunk.facadeModuleId && /\/src\/methods\/(?!form-journey\.)[^/]+\.ts$/.test(chunk.facadeModuleId) ? 'chunks/method-[name]-[hash:6].js' : 'chunks/[name]-[hash:6].js';

/**
 * `npm start -- --mock=http` (or `DVC_MOCK=http npm start`): the demo page talks to the HTTP mock
 * backend (src/mocks/http/, docs/mock-server.md) on port DVC_MOCK_PORT (default 4010), started
 * here from source, cross-origin as a portal's backend would be, instead of MSW in the page.
 */
function httpMock(): Plugin {
  // scripts/start.mjs turns `--mock=http` into DVC_MOCK=http (Vite refuses options it does not know).
  const wanted = process.env['DVC_MOCK'] === 'http';
  const port = Number(process.env['DVC_MOCK_PORT'] ?? 4010);
  let url: string | undefined;
  return {
    name: 'dvc-http-mock',
    apply: 'serve',
    async configureServer(server) {
      if (!wanted) return;
      const { startMockServer } = (await server.ssrLoadModule('/src/mocks/http/server.ts')) as typeof import('./src/mocks/http/server.js');
      const mock = await startMockServer({ port, latency: 600, log: (line) => server.config.logger.info(`[mock] ${line}`) });
      url = mock.url;
      server.config.logger.info(`  ➜  HTTP mock backend: ${url}/api/registration (inbox: ${url}/__mock/inbox)`);
      server.httpServer?.once('close', () => void mock.close());
    },
    transformIndexHtml() {
      return url ? [{ tag: 'meta', attrs: { name: 'dvc-mock-http', content: url }, injectTo: 'head' }] : [];
    },
  };
}

/**
 * Two builds into one dist/: `vite build` makes the widget for a <script type="module"> tag;
 * `vite build --mode validation` makes the DOM-free rules for Node backends. Built apart so the
 * widget never loads what only backends need (the zod schemas) through a shared chunk.
 */
/**
 * The entry portal pages load: a small loader, built apart from the core, that checks the browser
 * and imports the widget, or says why it cannot (src/platform/loader.ts, "Browser support").
 */
const LOADER = /\/src\/platform\/loader\.ts$/;
/**
 * The support floor ("Browser support" in the README: Safari 15, Chrome 90, Firefox 91);
 * scripts/check-browser-syntax.mjs checks dist/ against it. Chrome and Edge are given as 91: for 90
 * the bundler would lower every `?.` over one bug of Chrome 80–90 (a spread before another
 * argument in an optional call), which the syntax check refuses instead.
 */
const BROWSER_FLOOR = ['es2021', 'chrome91', 'edge91', 'safari15', 'ios15', 'firefox91'];

/**
 * V8's explicit compile hint (Chrome 136 and later): every function of a file carrying it is
 * compiled while the file streams in, beside the main thread, instead of lazily on the main thread
 * at its first call. Nearly everything in the core runs to paint the first step, and a method's
 * chunk is fetched when idle for the person's next step, so that compiling is done before it is
 * needed. Measured: about a third less main-thread script before the first paint (README,
 * Performance). Other engines read it as a comment. Added after minification, which drops comments.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Collects the modules of the first load (the widget the loader imports at once, and its static
 * imports), so they can share one chunk: a portal page makes three requests, not seven.
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
      // The loader itself stays out of the core: it must run where the core cannot. Of what it
      // imports, only the widget is the first load; the English messages it asks for beside the
      // widget on an English page stay a chunk of their own.
      const widget = (id: string) => /[\\/]src[\\/]dvc-register\.ts$/.test(id);
      const starts = !entry ? [] : LOADER.test(entry) ? (this.getModuleInfo(entry)?.dynamicallyImportedIds ?? []).filter(widget) : [entry];
      for (const id of starts) visit(id);
    },
    /**
     * Whatever the core imports statically would be asked for only once the core had arrived and
     * been parsed: one more round trip before the first paint, 400 ms on a slow 3G line. The
     * bundler's helpers chunk is copied into the chunks that use it; should anything else remain,
     * the loader asks for it beside the core. Fetching a chunk alone runs nothing.
     */
    generateBundle(_options, bundle) {
      inlineBundlerRuntime(bundle);
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const loader = chunks.find((c) => c.isEntry && c.facadeModuleId && LOADER.test(c.facadeModuleId));
      const core = chunks.find((c) => c.name === 'core');
      if (!loader || !core || core.imports.length === 0) return;
      const early = core.imports.map((file) => `import(${JSON.stringify(`./${file}`)}).catch(function(){});`).join('');
      const mapComment = loader.code.lastIndexOf('//# sourceMappingURL=');
      const at = mapComment === -1 ? loader.code.length : mapComment;
      loader.code = `${loader.code.slice(0, at).trimEnd()}\n${early}\n${loader.code.slice(at)}`;
    },
  };
}

/**
 * Every msg() names its id (`npm run gen` fails otherwise: scripts/check-msg-ids.mjs), so
 * @lit/localize never has to hash a template into one; its hashing (0.2 KB gzip of the first
 * load) is left out of the widget. Should a call without an id slip through, it finds no
 * translation and shows its Vietnamese source, as a missing translation does.
 */
function explicitMessageIds(): Plugin {
  const STUB = '\0dvc-explicit-msg-ids';
  return {
    name: 'dvc-explicit-msg-ids',
    apply: 'build',
    // Before Vite's own resolver, which would find the real file first.
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './id-generation.js' && importer && /@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/.test(importer)) return STUB;
      return null;
    },
    load(id) {
      return id === STUB ? 'export const generateMsgId = () => "";' : null;
    },
  };
}

/**
 * docs/openapi.yaml as a module, for the conformance checker (`--mode node`). js-yaml comes with
 * openapi-typescript; it runs at build time only, the checker ships the parsed contract.
 */
function yamlModules(): Plugin {
  return {
    name: 'dvc-yaml',
    async transform(code, id) {
      if (!id.endsWith('.yaml')) return null;
      const { load } = await import('js-yaml');
      return { code: `export default ${JSON.stringify(load(code))};`, map: null };
    },
  };
}

/**
 * `vite build --mode node`: the Node tools the package ships as `bin`s, into dist/node/: the HTTP
 * mock backend (the MSW handlers, msw itself bundled in, so installing the widget never installs
 * msw) and the backend conformance checker (with the contract inside). Never loaded by browsers.
 */
const nodeBuild = defineConfig({
  plugins: [
    yamlModules(),
    licenseNotices('THIRD-PARTY-LICENSES.txt'),
    {
      // The contract as JSON beside the checker, for `--spec` edits and for tools without YAML.
      name: 'dvc-openapi-json',
      async generateBundle() {
        const { load } = await import('js-yaml');
        this.emitFile({ type: 'asset', fileName: 'openapi.json', source: `${JSON.stringify(load(readFileSync('docs/openapi.yaml', 'utf8')), null, 2)}\n` });
      },
    },
  ],
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist/node',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      input: { 'mock-server': 'src/mocks/http/cli.ts', conformance: 'src/conformance/cli.ts' },
      // msw loads graphql only for GraphQL handlers, which the mock has none of.
      external: ['graphql'],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});

/**
 * `vite build --mode vneid`: `dvc-register/vneid`, what a portal's VNeID callback page loads
 * (docs/vneid.md). Built apart from the widget so the callback page loads no Lit and no steps.
 */
const vneidBuild = defineConfig({
  plugins: [licenseNotices('vneid.js.LICENSE.txt')],
  build: {
    // The callback page runs on the same phones as the widget.
    target: BROWSER_FLOOR,
    sourcemap: true,
    emptyOutDir: false,
    lib: { entry: { vneid: 'src/vneid/index.ts' }, formats: ['es'], fileName: (_format: string, name: string) => `${name}.js` },
    rollupOptions: { output: { minify: true } },
  },
});

export default defineConfig(({ mode }) => {
  if (mode === 'node') return nodeBuild;
  if (mode === 'vneid') return vneidBuild;
  const validation = mode === 'validation';
  return {
    // Lit's html`` and css`` templates ship as written unless minified: indentation costs bytes.
    plugins: [
      mswWorker(),
      firstLoadModules(),
      explicitMessageIds(),
      httpMock(),
      { ...minifyTemplateLiterals(), apply: 'build' as const },
      // For the loader and every chunk it can load, or for validation.js.
      licenseNotices(validation ? 'validation.js.LICENSE.txt' : 'dvc-register.js.LICENSE.txt'),
    ],
    server: { port: 5173, open: false },
    build: {
      target: BROWSER_FLOOR,
      sourcemap: true,
      // The second build adds to the first one's output.
      emptyOutDir: !validation,
      lib: {
        entry: (validation ? { validation: 'src/validation/index.ts' } : { 'dvc-register': 'src/platform/loader.ts' }) as Record<string, string>,
        formats: ['es'],
        fileName: (_format: string, name: string) => `${name}.js`,
      },
      rollupOptions: {
        // Vite leaves whitespace and comments in an ES library build; this one goes straight to
        // browsers on slow connections, so it is minified in full.
        output: {
          chunkFileNames,
          minify: true,
          // The bundler's annotations (/* @__PURE__ */, /* @vite-ignore */) guide tree-shaking and are
          // spent once the widget is bundled: left in, they cost its first load about 50 bytes gzip.
          // Kept in validation.js, which backends may bundle again. No legal comment reaches either.
          comments: validation ? undefined : { annotation: false, jsdoc: false, legal: false },
          // Not the loader (a few checks and an import()), nor the bundler's helpers, which are copied
          // into other chunks (inlineBundlerRuntime).
          postBanner: validation ? undefined : (chunk) => (chunk.isEntry || chunk.name === 'rolldown-runtime' ? '' : COMPILE_HINT),
          // One core chunk for the first load (what paints the first step); everything else splits
          // where it is imported on demand (src/register/lazy-steps.ts, the English messages), and
          // modules two on-demand parts share get a chunk of their own, fetched once.
          codeSplitting: validation ? true : { groups: [{ name: 'core', test: (id: string) => firstLoad.has(id) }] },
        },
      },
    },
  };
});
