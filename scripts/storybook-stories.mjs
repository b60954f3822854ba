// Runs every story and docs page of the built Storybook (storybook-static/, `npm run
// build-storybook`) in Chromium, in both languages, through Storybook's own runtime: its preview
// (.storybook/preview.ts), its loaders and the mock service worker as designers get them. The
// suite checks each story's content and accessibility by rendering it by hand
// (test/stories/run-stories.ts); this checks that the Storybook designers open works at all.
// `npm test` runs it with --build; each story or docs page in each language is one test, and the
// totals go to .test-results/storybook.json like the other runners'.
//   node scripts/storybook-stories.mjs [--build] [--only "captcha"]
// --build builds Storybook first (after `npm run build`, which generated what it imports); a failed
// build is a failed test.
//
// A story passes when Storybook reports it finished without an error (render, loaders, play), no
// uncaught error reached the page while it ran, it shows a heading, and in English none of its
// headings is in Vietnamese (the language global reached the widget). A docs page passes when it
// renders without an error, with its title, a description and its stories. One more test checks
// that every story and group is named in both languages.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, HEADLESS_FLAGS } from './find-chrome.mjs';
import { testResults } from './test-results.mjs';

const ROOT = 'storybook-static';
/** Longest a story may take: its play function's own waits give up well before. */
const STORY_TIMEOUT_MS = 60_000;
/** Longest to wait for the mock requests a story left on their way (a "Sending" story holds one forever). */
const SETTLE_MS = 3_000;
const LOCALES = ['vi', 'en'];
/** Letters Vietnamese has and English does not: an English heading holds none of them. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

const { totals, failures, write } = testResults('storybook');
const fail = (name, why) => {
  totals.failed++;
  failures.push(`${name}: ${why}`);
  console.log(`  ✗ ${name}\n      ${why}`);
};

if (process.argv.includes('--build')) {
  const built = spawnSync('npx', ['storybook', 'build', '--quiet', '-o', ROOT], { stdio: 'inherit' });
  if (built.status !== 0) {
    fail('storybook', `the Storybook build failed (status ${built.status})`);
    write();
    process.exit(1);
  }
}

const executablePath = findChrome();
if (!existsSync(join(ROOT, 'index.json')) || !executablePath) {
  fail('storybook', executablePath ? `${ROOT}/index.json is missing: run npm run build-storybook first` : 'no Chromium found');
  write();
  process.exit(1);
}

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://localhost').pathname)).replace(/^([/\\]|\.\.)+/, '') || 'index.html';
  try {
    const body = await readFile(join(ROOT, path));
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
const chosen = (e) => !only || e.id.includes(only) || e.title.includes(only);
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && chosen(e));
/** Each stories file's docs page (autodocs): its description and every story of the file at once. */
const docsPages = Object.values(index.entries).filter((e) => e.type === 'docs' && chosen(e));
const started = Date.now();

// Designers read the sidebar in either language: every group and story is named "Tiếng Việt —
// English" (README, "Storybook"), a step's own group included ("Các bước — Steps/VNeID").
const unnamed = stories.filter((e) => !e.name.includes(' — ') || !e.title.split('/')[0].includes(' — ')).map((e) => `${e.title} › ${e.name}`);
if (unnamed.length > 0) fail('every story is named in Vietnamese and English', `not so: ${unnamed.join('; ')}`);
else totals.passed++;

/**
 * In-page: renders one story, or one docs page, through Storybook's channel and resolves with how
 * it ended: a story with "storyFinished" (its status inside), a docs page with "docsRendered".
 */
function renderEntry(id, viewMode, timeoutMs) {
  return new Promise((resolve) => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    const endings = ['storyFinished', 'docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'];
    const handlers = endings.map((event) => [
      event,
      (detail) => {
        if (event === 'storyFinished' && detail?.storyId !== id) return;
        if (event === 'docsRendered' && detail !== id) return;
        end({ event, detail: JSON.stringify(detail) ?? '' });
      },
    ]);
    const timer = setTimeout(() => end({ event: 'timeout', detail: '' }), timeoutMs);
    const end = (outcome) => {
      clearTimeout(timer);
      for (const [event, handler] of handlers) channel.off(event, handler);
      resolve(outcome);
    };
    for (const [event, handler] of handlers) channel.on(event, handler);
    channel.emit('setCurrentStory', { storyId: id, viewMode });
  });
}

/**
 * In-page: what a docs page shows above and between its stories: its title, its description (the
 * step class's JSDoc, or the stories file's), and how many stories it embeds.
 */
function docsPage() {
  const root = document.querySelector('#storybook-docs');
  const firstStory = root.querySelector('.docs-story');
  // The description comes before the first (primary) story; each story's own comment comes later.
  const beforeStories = (el) => !firstStory || Boolean(el.compareDocumentPosition(firstStory) & Node.DOCUMENT_POSITION_FOLLOWING);
  return {
    title: root.querySelector('h1')?.textContent.trim() ?? '',
    description: [...root.querySelectorAll('p')].filter(beforeStories).map((p) => p.textContent.trim()).find((text) => text.length >= 30) ?? '',
    stories: root.querySelectorAll('.docs-story').length,
  };
}

/** In-page: the texts of every heading in the story's canvas, shadow roots included. */
function headings() {
  const found = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (/^H[1-6]$/.test(el.tagName)) found.push(el.textContent.replace(/\s+/g, ' ').trim());
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document.querySelector('#storybook-root'));
  return found;
}

/**
 * Every story in one language, in a browser of its own: the two languages run side by side (the
 * stories mostly wait on the mock backend's 400 ms answers), each page in the foreground.
 */
async function runLocale(locale) {
  const browser = await puppeteer.launch({ executablePath, headless: true, args: HEADLESS_FLAGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error.message ?? error).split('\n')[0]));
    // Mock API requests on their way: one a story left must not take the next story's one-time
    // scenario (msw's { once: true }), as test/stories/run-stories.ts waits for them too.
    const pending = new Set();
    page.on('request', (r) => r.url().includes('/api/') && pending.add(r));
    page.on('requestfinished', (r) => pending.delete(r));
    page.on('requestfailed', (r) => pending.delete(r));
    // The language is a Storybook global, carried in the preview's address like designers' links.
    // Opened on the last story, so the first one asked for below is a change of story: asked for
    // the story the preview opened with, it may have finished before anyone listened, and a
    // busy CI run once waited out the timeout on it.
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(stories.at(-1).id)}&viewMode=story&globals=locale:${locale}`);
    const ready = () => page.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__, { timeout: STORY_TIMEOUT_MS });
    await ready();
    for (const story of stories) {
      const name = `${story.title} › ${story.name} (${locale})`;
      const settleBy = Date.now() + SETTLE_MS;
      while (pending.size > 0 && Date.now() < settleBy) await new Promise((resolve) => setTimeout(resolve, 25));
      pending.clear();
      errors.length = 0;
      let outcome;
      for (let attempt = 1; !outcome; attempt++) {
        try {
          outcome = await page.evaluate(renderEntry, story.id, 'story', STORY_TIMEOUT_MS);
        } catch (error) {
          // The page went away under the story (MSW reloads a page its worker does not control
          // yet): once it is back, the story is rendered again. The reload may come after the
          // preview already looked ready (a CI run lost the first story so), hence three tries.
          if (attempt === 3) outcome = { event: 'page lost', detail: String(error.message) };
          else await ready().catch(() => undefined);
        }
      }
      if (outcome.event !== 'storyFinished' || !outcome.detail.includes('"status":"success"')) {
        fail(name, `${outcome.event} ${outcome.detail.slice(0, 300)}`);
        continue;
      }
      if (errors.length > 0) {
        fail(name, `uncaught in the page: ${errors[0]}`);
        continue;
      }
      const texts = await page.evaluate(headings);
      if (texts.length === 0) {
        fail(name, 'shows no heading');
        continue;
      }
      const vietnamese = locale === 'en' && texts.find((text) => VIETNAMESE.test(text));
      if (vietnamese) {
        fail(name, `a heading is in Vietnamese in English: "${vietnamese}"`);
        continue;
      }
      totals.passed++;
    }
    for (const docs of docsPages) {
      const name = `${docs.title} › docs page (${locale})`;
      errors.length = 0;
      const outcome = await page.evaluate(renderEntry, docs.id, 'docs', STORY_TIMEOUT_MS);
      if (outcome.event !== 'docsRendered') {
        fail(name, `${outcome.event} ${outcome.detail.slice(0, 300)}`);
        continue;
      }
      const shown = await page.evaluate(docsPage);
      const wrong = errors.length > 0 ? `uncaught in the page: ${errors[0]}` : !shown.title ? 'no title' : !shown.description ? 'no description' : shown.stories === 0 ? 'no story' : '';
      if (wrong) fail(name, wrong);
      else totals.passed++;
    }
  } catch (error) {
    fail(`storybook (${locale})`, `could not run: ${String(error.message ?? error).split('\n')[0]}`);
  } finally {
    await browser.close();
  }
}

await Promise.all(LOCALES.map(runLocale));
server.close();
write();
console.log(`Storybook stories: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(totals.failed > 0 ? 1 : 0);
