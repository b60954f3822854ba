/**
 * On a page whose widget has lang="en" (here "en-US", which the core reads as English too), the first paint waits for the English messages. The built
 * loader asks for them beside the core, not after the core has arrived and run: one round trip
 * less before that page's first paint (400 ms on a slow 3G line). Its own file: the loader runs
 * once per page, and English must not be loaded yet.
 */
import { expect } from '@open-wc/testing';
import { stepHeading, waitFor } from '../helpers/dom.js';

/** The test server's hold on the core (web-test-runner.config.mjs, slowChunk). */
const SLOW_CORE_MS = 1000;

describe('the built loader (dist/dvc-register.js), on a page in English', () => {
  it('asks for the English messages while the core is still on its way', async () => {
    document.body.insertAdjacentHTML('beforeend', '<dvc-register lang="en-US"></dvc-register>');
    const el = document.querySelector('dvc-register')!;
    try {
      // The built loader, with its core answered a second late (slowChunk, web-test-runner.config.mjs).
      // @ts-expect-error: a built file served by the test server, without type declarations.
      await import('/__slow-core/dist/dvc-register.js');
      await waitFor(() => stepHeading(el) === 'Who are you registering an account for?', { message: 'the first step, in English' });
      // When the server was asked for each chunk, in ms after the core (its clock, not the page's).
      const arrivals = (await (await fetch('/__slow-core/arrivals')).json()) as Record<string, number>;
      expect(arrivals['en'], 'the English messages were asked for').to.be.a('number');
      // Asked for after the core had arrived, the messages would come a second after it (the
      // server held the core that long); beside it, at once.
      expect(arrivals['en']).to.be.below(SLOW_CORE_MS / 2);
    } finally {
      el.remove();
    }
  });
});
