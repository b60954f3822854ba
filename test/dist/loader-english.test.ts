/**
 * On a page whose widget has lang="en", the first paint waits for the English messages. The built
 * loader asks for them beside the core, not after the core has arrived and run: one round trip
 * less before that page's first paint (400 ms on a slow 3G line). Its own file: the loader runs
 * once per page, and English must not be loaded yet.
 */
import { expect } from '@open-wc/testing';
import { stepHeading, waitFor } from '../helpers/dom.js';

const resource = (pattern: RegExp) =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => pattern.test(new URL(entry.name).pathname));

describe('the built loader (dist/dvc-register.js), on a page in English', () => {
  it('asks for the English messages while the core is still on its way', async () => {
    document.body.insertAdjacentHTML('beforeend', '<dvc-register lang="en"></dvc-register>');
    const el = document.querySelector('dvc-register')!;
    try {
      // @ts-expect-error: the built file has no type declarations; it is tested as a page loads it.
      await import('../../dist/dvc-register.js');
      await waitFor(() => stepHeading(el) === 'Who are you registering an account for?', { message: 'the first step, in English' });
      const core = resource(/\/dist\/chunks\/core-[\w-]+\.js$/);
      const english = resource(/\/dist\/chunks\/en-[\w-]+\.js$/);
      expect(core, 'the core was downloaded').to.not.equal(undefined);
      expect(english, 'the English messages were downloaded').to.not.equal(undefined);
      // Asked for after the core had arrived, they would start after its response ended.
      expect(english!.startTime).to.be.below(core!.responseEnd);
    } finally {
      el.remove();
    }
  });
});
