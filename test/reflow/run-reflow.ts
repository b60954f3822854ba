/**
 * Reflow (WCAG 1.4.10) and text resize (1.4.4): every story, in both locales, on a 320 px wide
 * screen with the text at 200 %, must not scroll sideways. Nothing in the widget may force a
 * minimum width: a box wider than the screen, a grid whose columns cannot shrink, a word that
 * cannot break.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import { setLocale } from '../../src/localization/locale.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { deepQueryAll, waitFor } from '../helpers/dom.js';
import type { Locale, Story, StoryMeta } from '../../stories/support/story.js';

const WIDTH = 320;

/** What sticks out sideways: the page itself, and any element wider than its box or the screen. */
export function horizontalOverflow(container: HTMLElement): string[] {
  const problems: string[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) problems.push(`the page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
  for (const el of deepQueryAll<HTMLElement>(container, '*')) {
    // Hidden text for screen readers is clipped on purpose.
    if (el.matches('style, option') || el.closest('.visually-hidden')) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const name = `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}>`;
    if (rect.right > doc.clientWidth + 0.5 || rect.left < -0.5) {
      problems.push(`${name} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px of a ${doc.clientWidth} px screen`);
    } else if (!el.matches('input, select, textarea') && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
      // Content (a word that cannot break, a box) wider than its element, shown or scrolled.
      problems.push(`${name} has content ${el.scrollWidth} px wide in ${el.clientWidth} px: “${(el.textContent ?? '').trim().slice(0, 60)}”`);
    }
  }
  return problems;
}

export function runReflow(...modules: Record<string, unknown>[]): void {
  for (const module of modules) {
    const meta = module['default'] as StoryMeta;
    const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, Story][];
    for (const locale of ['vi', 'en'] as const satisfies readonly Locale[]) {
      describe(`reflow of "${meta.title}" at ${WIDTH} px and 200 % text, in ${locale}`, () => {
        let cleanup = () => {};
        before(async () => {
          await setViewport({ width: WIDTH, height: 900 });
          document.documentElement.style.fontSize = '200%';
        });
        after(async () => {
          document.documentElement.style.fontSize = '';
          await setViewport({ width: 800, height: 600 });
        });
        afterEach(() => cleanup());
        for (const [name, story] of stories) {
          it(`${name}: nothing scrolls sideways`, async () => {
            const worker = await useMockBackend();
            await setLocale(locale);
            await story.beforeEach?.({ msw: worker });
            const container = document.body.appendChild(document.createElement('div'));
            cleanup = () => container.remove();
            render((story.render ?? meta.render)({}, { globals: { locale } }), container);
            await waitFor(() => deepQueryAll(container, 'h3').length > 0 || deepQueryAll(container, 'fieldset').length > 0, {
              message: 'a step heading',
            });
            await story.play?.({ canvasElement: container });
            // Let the last render and any image settle before measuring.
            await waitFor(() => deepQueryAll<HTMLImageElement>(container, 'img').every((img) => img.complete), { message: 'images' });
            expect(getComputedStyle(deepQueryAll(container, 'h3, legend')[0]!).fontSize).to.not.equal('16px');
            expect(horizontalOverflow(container)).to.deep.equal([]);
          });
        }
      });
    }
  }
}
