/**
 * Runs every story of a stories module, in both locales, as Storybook would (its scenario, then
 * its play function), then checks the result with axe. Designers review the same states this
 * proves accessible (govuk-frontend runs axe over every documented example the same way).
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { setLocale } from '../../src/localization/locale.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { deepQueryAll, waitFor } from '../helpers/dom.js';
import type { Locale, Story, StoryMeta } from '../../stories/support/story.js';

export function runStories(module: Record<string, unknown>): void {
  const meta = module['default'] as StoryMeta;
  const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, Story][];

  for (const locale of ['vi', 'en'] as const satisfies readonly Locale[]) {
    describe(`stories "${meta.title}", in ${locale}`, () => {
      let cleanup = () => {};
      /** Mock requests not answered yet: one left from a story must not take the next story's scenario. */
      const inFlight = new Set<string>();
      afterEach(async () => {
        cleanup();
        // A story that ends while a request is still on its way (the "Sending" state's slow answer)
        // would otherwise have it fall through to the next story's one-time scenario handler. A
        // request a story holds forever (a "loading" state) never falls through: not a failure.
        if (inFlight.size > 0) await waitFor(() => inFlight.size === 0).catch(() => undefined);
      });
      for (const [name, story] of stories) {
        it(`${name}: renders its state and is accessible`, async () => {
          const worker = await useMockBackend();
          inFlight.clear();
          worker.events.on('request:start', ({ request, requestId }) => inFlight.add(`${requestId} ${request.method} ${new URL(request.url).pathname}`));
          worker.events.on('request:end', ({ requestId }) => {
            for (const entry of inFlight) if (entry.startsWith(`${requestId} `)) inFlight.delete(entry);
          });
          await setLocale(locale);
          await story.beforeEach?.({ msw: worker });
          // Rendered by hand: @open-wc's fixture() waits for an animation frame on plain elements,
          // which never comes while the page runs in a background tab beside another test page.
          const container = document.body.appendChild(document.createElement('div'));
          cleanup = () => container.remove();
          const args = { ...meta.args, ...story.args };
          render((story.render ?? meta.render)(args, { globals: { locale } }), container);
          await waitFor(() => deepQueryAll(container, 'h3').length > 0, { message: 'a step heading' });
          await story.play?.({ canvasElement: container });
          await expect(container).to.be.accessible();
        });
      }
    });
  }
}
