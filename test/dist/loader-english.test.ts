/**
 * On a page whose widget has lang="en", the first paint waits for the English messages. The built
 * loader asks for them beside the core, not after the core has arrived and run: one round trip
 * less before that page's first paint (400 ms on a slow 3G line). Its own file: the loader runs
 * once per page, and English must not be loaded yet.
 */
import { expect } from '@open-wc/testing';
import { stepHeading, waitFor } from '../helpers/dom.js';

/** The test server's hold on the core (web-test-runner.config.mjs, slowCore). */
const SLOW_CORE_MS = 1000;

const resource = (pattern: RegExp) =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => pattern.test(new URL(entry.name).pathname));

describe('the built loader (dist/dvc-register.js), on a page in English', () => {
  it('asks for the English messages while the core is still on its way', async () => {
    document.body.insertAdjacentHTML('beforeend', '<dvc-register lang="en"></dvc-register>');
    const el = document.querySelector('dvc-register')!;
    try {
      // The built loader, with its core answered a second late (slowCore, web-test-runner.config.mjs).
      // @ts-expect-error: a built file served by the test server, without type declarations.
      await import('/__slow-core/dist/dvc-register.js');
      await waitFor(() => stepHeading(el) === 'Who are you registering an account for?', { message: 'the first step, in English' });
      const core = resource(/\/__slow-core\/dist\/chunks\/core-[\w-]+\.js$/);
      const english = resource(/\/__slow-core\/dist\/chunks\/en-[\w-]+\.js$/);
      expect(core, 'the core was downloaded').to.not.equal(undefined);
      expect(english, 'the English messages were downloaded').to.not.equal(undefined);
      // The core took its second (the test server held it), as on a slow line. Asked for after
      // the core had arrived, the messages would start a second after it; beside it, at once.
      // Half a second apart is far beyond any browser's rounding of these times (Firefox's is coarse).
      expect(core!.responseEnd - core!.startTime, 'the core held back').to.be.at.least(SLOW_CORE_MS - 100);
      expect(english!.startTime - core!.startTime).to.be.below(SLOW_CORE_MS / 2);
    } finally {
      el.remove();
    }
  });
});
