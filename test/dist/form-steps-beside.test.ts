/**
 * Vietnam Post, the token and remote signing import the form steps (the form journey's chunk). The
 * built core asks for those beside the method's own chunk, not once that chunk has arrived and been
 * read, so a portal offering one of them alone waits one round trip less before its first step
 * (src/register/lazy-steps.ts, withFormSteps). Its own file: the built loader runs once per page.
 */
import { expect } from '@open-wc/testing';
import { stepHeading, waitFor } from '../helpers/dom.js';

/** The test server's hold on Vietnam Post's chunk (web-test-runner.config.mjs, slowChunk). */
const SLOW_CHUNK_MS = 1000;

describe('the built widget, offering Vietnam Post alone', () => {
  it('asks for the form steps while Vietnam Post’s own chunk is still on its way', async () => {
    document.body.insertAdjacentHTML('beforeend', '<dvc-register methods="vnpost" draft="off"></dvc-register>');
    const el = document.querySelector('dvc-register')!;
    try {
      // The built loader, with Vietnam Post's chunk answered a second late.
      // @ts-expect-error: a built file served by the test server, without type declarations.
      await import('/__slow-method-vnpost/dist/dvc-register.js');
      await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký', { message: 'the Vietnam Post form' });
      // When the server was asked for each chunk, in ms after Vietnam Post's (its clock, not the page's).
      const arrivals = (await (await fetch('/__slow-method-vnpost/arrivals')).json()) as Record<string, number>;
      expect(arrivals['form-journey'], 'the form steps were asked for').to.be.a('number');
      // Asked for by Vietnam Post's chunk itself, they would come a second after it (the server
      // held it that long); beside it, at once.
      expect(arrivals['form-journey']).to.be.below(SLOW_CHUNK_MS / 2);
    } finally {
      el.remove();
    }
  });
});
