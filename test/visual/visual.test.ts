/**
 * The visual check: representative stories, in both locales, at a phone's 360 px and a desktop's
 * 1280 px, screenshotted and compared with the baselines in test/visual/baselines (by
 * scripts/visual-plugin.mjs). A CSS regression (a label that swallows its choice card, a grid
 * that forces sideways scrolling) changes pixels that a DOM or axe test cannot see.
 *
 * Not every story: a baseline per story × 2 locales × 2 widths would be ~300 PNGs that every
 * deliberate restyle must regenerate and review. These cover each step and each kind of visual
 * state once (form, error summary, alert, captcha states, choice cards, rules list, long form with
 * address pickers, confirmation); the story tests (test/stories) still run every story under axe.
 *
 * Determinism: the font is fixed to DejaVu Sans (installed by .ci/run), the mock's captcha
 * characters come from a seeded generator, ticking clocks are hidden, the text caret is
 * transparent, and the screenshot waits for images, sounds, fonts and transitions to settle.
 * Regenerate after a deliberate change: `npm run test:update-visual`.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { mockBackend } from '../../src/mocks/backend.js';
import { setLocale } from '../../src/localization/locale.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { deepQueryAll, waitFor } from '../helpers/dom.js';
import type { Locale, Story, StoryMeta } from '../../stories/support/story.js';
import * as details from '../../stories/phone/details.stories.js';
import * as otp from '../../stories/phone/otp.stories.js';
import * as password from '../../stories/phone/password.stories.js';
import * as methodChoice from '../../stories/steps/method-choice.stories.js';
import * as vnpost from '../../stories/methods/vnpost.stories.js';

type Module = Record<string, unknown>;

const CHOSEN: [string, Module, string][] = [
  ['details-empty', details, 'Empty'],
  ['details-error-summary', details, 'ErrorSummary'],
  ['details-account-exists', details, 'AccountExists'],
  ['details-captcha-audio', details, 'ListeningToCaptcha'],
  ['otp-wrong-code', otp, 'WrongCode'],
  ['password-rules', password, 'RulesPartlyMet'],
  ['password-done', password, 'Done'],
  ['method-choice', methodChoice, 'CitizenMethods'],
  ['vnpost-filled', vnpost, 'Filled'],
  ['vnpost-activation', vnpost, 'ChooseActivation'],
];

const WIDTHS = [360, 1280] as const;
const FONT = "'DejaVu Sans'";

/** A fixed sequence in place of Math.random, so every run draws the same captcha. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Waits until what is drawn no longer changes by itself. */
async function settled(container: HTMLElement): Promise<void> {
  // Nothing on its way: no busy region (the captcha loading, a form sending), the captcha shown or failed.
  await waitFor(
    () =>
      deepQueryAll(container, '[aria-busy=true]').length === 0 &&
      deepQueryAll(container, '.captcha').every((c) => c.querySelector('img, [role=alert]')),
    { message: 'the page to settle' },
  );
  // A typed username is checked with the backend after a pause: wait for its verdict.
  const availability = deepQueryAll(container, '.field-status').length > 0;
  if (availability && deepQueryAll<HTMLInputElement>(container, '#username').some((i) => i.value !== '')) {
    await waitFor(() => deepQueryAll(container, '.field-status.ok, #username-error').length > 0, { message: 'the username check' });
  }
  await document.fonts.ready;
  // Polled, not awaited through decode() or animation frames: a page running in the background
  // beside another test page gets no frames.
  await waitFor(() => deepQueryAll<HTMLImageElement>(container, 'img').every((img) => img.complete), { message: 'the images' });
  // The browser's own player draws the duration only once the sound loaded, which Chromium defers
  // in a background page: keep its box, hide its drawing.
  for (const audio of deepQueryAll<HTMLAudioElement>(container, 'audio')) audio.style.visibility = 'hidden';
  // Clocks ("4:59") tick: hide them (their box stays, so the layout is unchanged).
  for (const el of deepQueryAll(container, 'strong, span, p')) {
    if (el.children.length === 0 && /^\s*\d{1,2}:\d{2}\s*$/.test(el.textContent ?? '')) el.style.visibility = 'hidden';
  }
  // Transitions jump to their end (the screenshot itself draws a fresh frame).
  for (const animation of document.getAnimations()) animation.finish();
}

describe('visual baselines', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [name, module, storyName] of CHOSEN) {
    const meta = module['default'] as StoryMeta;
    const story = module[storyName] as Story;
    for (const locale of ['vi', 'en'] as const satisfies readonly Locale[]) {
      for (const width of WIDTHS) {
        it(`${name}, ${locale}, ${width} px`, async function () {
          await setViewport({ width, height: 900 });
          const worker = await useMockBackend();
          mockBackend.random = seeded(20260101);
          await setLocale(locale);
          await story.beforeEach?.({ msw: worker });
          const container = document.body.appendChild(document.createElement('div'));
          cleanup = () => container.remove();
          container.style.cssText = `font-family: ${FONT}; --dvc-font-family: ${FONT}; caret-color: transparent; padding: 8px; background: #fff;`;
          render((story.render ?? meta.render)({ ...meta.args, ...story.args }, { globals: { locale } }), container);
          await waitFor(() => deepQueryAll(container, 'h3').length > 0, { message: 'a step heading' });
          await story.play?.({ canvasElement: container });
          await settled(container);

          window.scrollTo(0, 0);
          // The widget's own box: at 1280 px the page beside it is empty.
          const shown = container.firstElementChild;
          const frame = shown?.shadowRoot?.querySelector('[part=frame]') ?? shown ?? container;
          const box = frame.getBoundingClientRect();
          const clip = {
            x: Math.floor(box.left + window.scrollX),
            y: Math.floor(box.top + window.scrollY),
            width: Math.ceil(box.width),
            height: Math.ceil(box.height),
          };
          const result = await executeServerCommand<{ ok: boolean; message?: string; skipped?: string }, { name: string; clip: typeof clip }>(
            'visual-compare',
            { name: `${name}-${locale}-${width}`, clip },
          );
          if (result?.skipped) this.skip();
          expect(result?.ok, result?.message).to.equal(true);
        });
      }
    }
  }
});
