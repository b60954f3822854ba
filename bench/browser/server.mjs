// Serves the built widget and the benchmark's comparison pages from memory on 127.0.0.1, so disk
// and a dev server's transforms never enter the figures. The backend is the smallest one the first
// steps need (a captcha); the benchmark measures the widget, not a backend.
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const TYPES = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Marks when the page's heading is painted: the animation frame that first finds it with text
 * (`__inFrame`), and the end of that frame's main-thread work (`__painted`): its style, layout and
 * paint run after its animation-frame callbacks, in the same task, so a message posted from the
 * callback is handled once they are done. Both are ms since navigation start; `__pageStart` is the
 * moment the page's first script ran, before anything of the page is fetched. Every page uses the
 * same probe with a direct path to its heading (a generic deep search of every shadow root each
 * frame would itself cost the larger page more).
 */
const probe = (find) => `<script>
  window.__pageStart = performance.now();
  const find = ${find};
  const tick = () => {
    const heading = find();
    if (!heading || !heading.textContent.trim()) return requestAnimationFrame(tick);
    window.__inFrame = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (window.__painted = performance.now());
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(tick);
</script>`;

const page = (find, body) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">` +
  `${probe(find)}</head><body>${body}</body></html>`;

/** A minimal Lit element that paints a heading: the stack's own cost, bundled and minified like ours. */
async function litElementBundle() {
  const result = await build({
    stdin: {
      contents: `import { LitElement, html, css } from 'lit';
        class LitHeading extends LitElement {
          static styles = css\`h2 { font: 1.5rem sans-serif; }\`;
          render() { return html\`<h2>Đăng ký tài khoản</h2>\`; }
        }
        customElements.define('lit-heading', LitHeading);`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2020',
  });
  return result.outputFiles[0].text;
}

const BARE = `class BareHeading extends HTMLElement {
  connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<h2>Đăng ký tài khoản</h2>'; }
}
customElements.define('bare-heading', BareHeading);`;

/**
 * Our first step as it is drawn, with none of the code that draws it: the markup and stylesheets
 * of the widget's root and of its step's root (captureFirstStep), put in place by one small
 * element. Its cost is what laying out and painting this step's text and controls costs; the
 * widget's cost past it is its code's.
 */
const staticStep = ({ host, step }) => `const sheets = (texts) => texts.map((text) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
});
class StaticStep extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets(${JSON.stringify(host.css)});
    root.innerHTML = ${JSON.stringify(host.html)};
    const stepRoot = root.querySelector('.step > *').attachShadow({ mode: 'open' });
    stepRoot.adoptedStyleSheets = sheets(${JSON.stringify(step.css)});
    stepRoot.innerHTML = ${JSON.stringify(step.html)};
  }
}
customElements.define('static-step', StaticStep);`;

/**
 * The widget's first step as drawn in `page`: each root's stylesheets (as text) and markup (Lit's
 * comment markers left out), the step element renamed so nothing upgrades it.
 */
export async function captureFirstStep(page) {
  return page.evaluate(() => {
    const root = document.querySelector('dvc-register').shadowRoot;
    const stepElement = root.querySelector('.step > *');
    const sheets = (r) => r.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
    const markup = (r) => r.innerHTML.replace(/<!--[^]*?-->/g, '');
    const tag = stepElement.localName;
    return {
      host: { css: sheets(root), html: markup(root).replaceAll(`<${tag}>`, '<static-step-inner>').replaceAll(`</${tag}>`, '</static-step-inner>') },
      step: { css: sheets(stepElement.shadowRoot), html: markup(stepElement.shadowRoot) },
    };
  });
}

export const PAGES = {
  bare: '/bare.html',
  lit: '/lit.html',
  step: '/step.html',
  widget: '/widget.html',
  /** The widget on a page in English (lang="en"): its first paint waits for the English messages. */
  widgetEnglish: '/widget-en.html',
};

export async function startServer() {
  const files = new Map();
  for (const path of filesUnder('dist')) files.set(`/dist/${relative('dist', path)}`, readFileSync(path));
  files.set('/bare.js', Buffer.from(BARE));
  files.set('/lit.js', Buffer.from(await litElementBundle()));
  files.set(PAGES.bare, Buffer.from(page("() => document.querySelector('bare-heading')?.shadowRoot?.querySelector('h2')", '<bare-heading></bare-heading><script type="module" src="/bare.js"></script>')));
  files.set(PAGES.lit, Buffer.from(page("() => document.querySelector('lit-heading')?.shadowRoot?.querySelector('h2')", '<lit-heading></lit-heading><script type="module" src="/lit.js"></script>')));

  let captchas = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/api/captcha' && req.method === 'POST') {
      captchas++;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28">AB${captchas}CD</text></svg>`;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `c${captchas}`, image: `data:image/svg+xml,${encodeURIComponent(svg)}`, expiresIn: 300 }));
      return;
    }
    const body = files.get(url.pathname);
    if (!body) {
      res.writeHead(404, { 'Content-Type': 'application/problem+json' });
      res.end(JSON.stringify({ type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' }));
      return;
    }
    const ext = url.pathname.slice(url.pathname.lastIndexOf('.'));
    res.writeHead(200, { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  // Every method the build offers, VNeID included (it needs its three attributes). The first
  // step's heading is the h3 in the legend of the step's choices (the step's shadow root, inside
  // the host's).
  const widget =
    `<dvc-register api-base="/api" vneid-authorize-url="https://vneid.example.vn/authorize" vneid-client-id="bench" ` +
    `vneid-redirect-uri="${origin}/vneid-callback"></dvc-register><script type="module" src="/dist/dvc-register.js"></script>`;
  const firstStepHeading = (tag) => `() => document.querySelector('${tag}')?.shadowRoot?.querySelector('.step > *')?.shadowRoot?.querySelector('h3')`;
  files.set(PAGES.widget, Buffer.from(page(firstStepHeading('dvc-register'), widget)));
  files.set(PAGES.widgetEnglish, Buffer.from(page(firstStepHeading('dvc-register'), widget.replace('<dvc-register ', '<dvc-register lang="en" '))));
  /** Serves PAGES.step, drawing the step captured from the widget (captureFirstStep). */
  const serveStaticStep = (captured) => {
    files.set('/step.js', Buffer.from(staticStep(captured)));
    files.set(PAGES.step, Buffer.from(page(firstStepHeading('static-step'), '<static-step></static-step><script type="module" src="/step.js"></script>')));
  };
  return { origin, serveStaticStep, close: () => new Promise((resolve) => server.close(resolve)) };
}
