import { expect } from '@open-wc/testing';
import { StatusPoller, type ClassifiedFailure, type PollState } from '../../src/remote-signing/poller.js';
import { FakeClock, settle } from './fake-clock.js';

interface Answer {
  status: string;
}

class Failure extends Error {
  constructor(readonly failure: ClassifiedFailure) {
    super(failure.kind);
  }
}

/** A backend whose answers the test gives by hand, one request at a time. */
class StubBackend {
  readonly calls: { signal: AbortSignal; resolve: (a: Answer) => void; reject: (e: unknown) => void; at: number }[] = [];
  constructor(private readonly clock: FakeClock) {}

  check = (signal: AbortSignal): Promise<Answer> =>
    new Promise((resolve, reject) => {
      this.calls.push({ signal, resolve, reject, at: this.clock.now() });
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });

  get last() {
    return this.calls.at(-1)!;
  }

  async answer(status: string): Promise<void> {
    this.last.resolve({ status });
    await settle();
  }

  async fail(failure: ClassifiedFailure): Promise<void> {
    this.last.reject(new Failure(failure));
    await settle();
  }

  /** Moments (ms since start) at which requests were made. */
  get times(): number[] {
    return this.calls.map((c) => c.at);
  }
}

const SECONDS_300 = 300_000;

function setup(options: { expiresIn?: number; hidden?: boolean } = {}) {
  const clock = new FakeClock();
  const backend = new StubBackend(clock);
  const states: PollState<Answer>[] = [];
  const poller = new StatusPoller<Answer>({
    check: backend.check,
    isFinal: (a) => a.status !== 'waiting',
    classify: (e) => (e instanceof Failure ? e.failure : { kind: 'fatal' }),
    onChange: (s) => states.push(s),
    clock,
    expiresIn: options.expiresIn ?? SECONDS_300,
    hidden: options.hidden ?? false,
  });
  return { clock, backend, poller, states };
}

describe('StatusPoller', () => {
  describe('when all is well', () => {
    it('asks for the status first after 2 s, then every 2 s after each answer', async () => {
      const { clock, backend, poller } = setup();
      poller.start();
      await clock.advance(1999);
      expect(backend.calls).to.have.length(0);
      await clock.advance(1);
      expect(backend.times).to.deep.equal([2000]);
      await backend.answer('waiting');
      await clock.advance(2000);
      await backend.answer('waiting');
      await clock.advance(2000);
      expect(backend.times).to.deep.equal([2000, 4000, 6000]);
      expect(poller.state).to.deep.equal({ phase: 'waiting', connection: 'ok' });
    });

    it('counts the next 2 s from the answer, not from the question (a slow answer never piles up requests)', async () => {
      const { clock, backend, poller } = setup();
      poller.start();
      await clock.advance(2000);
      await clock.advance(15_000);
      expect(backend.calls, 'one request in flight at a time').to.have.length(1);
      await backend.answer('waiting');
      await clock.advance(2000);
      expect(backend.times).to.deep.equal([2000, 19_000]);
    });

    it('reports "waiting" once, not on every answer', async () => {
      const { clock, backend, poller, states } = setup();
      poller.start();
      for (let i = 0; i < 5; i++) {
        await clock.advance(2000);
        await backend.answer('waiting');
      }
      expect(states).to.deep.equal([{ phase: 'waiting', connection: 'ok' }]);
    });

    it('counts down the backend expiry', async () => {
      const { clock, poller } = setup({ expiresIn: 120_000 });
      expect(poller.remaining()).to.equal(120_000);
      poller.start();
      await clock.advance(30_000);
      expect(poller.remaining()).to.equal(90_000);
    });
  });

  describe('when the backend gives a final status', () => {
    for (const status of [
      'confirmed',
      'rejected',
      'expired',
      'pin_failed',
      'key_locked',
      'signing_failed',
      'sim_not_registered',
      'subscriber_not_found',
      'cancelled',
    ]) {
      it(`stops at "${status}" and asks nothing more`, async () => {
        const { clock, backend, poller, states } = setup();
        poller.start();
        await clock.advance(2000);
        await backend.answer('waiting');
        await clock.advance(2000);
        await backend.answer(status);
        expect(poller.state).to.deep.equal({ phase: 'answered', answer: { status } });
        expect(states.at(-1)).to.deep.equal({ phase: 'answered', answer: { status } });
        await clock.advance(60_000);
        expect(backend.calls).to.have.length(2);
        expect(clock.pending).to.deep.equal([]);
      });
    }
  });

  describe('when requests fail', () => {
    it('backs off ×1.5 from 2 s up to 10 s on server errors, and back to 2 s after a good answer', async () => {
      const { clock, backend, poller } = setup();
      poller.start();
      await clock.advance(2000);
      const waits: number[] = [];
      for (let i = 0; i < 6; i++) {
        await backend.fail({ kind: 'retry' });
        expect(poller.state).to.deep.equal({ phase: 'waiting', connection: 'unstable' });
        waits.push(clock.pending[0]!);
        await clock.advance(clock.pending[0]!);
      }
      expect(waits).to.deep.equal([3000, 4500, 6750, 10_000, 10_000, 10_000]);
      await backend.answer('waiting');
      expect(poller.state).to.deep.equal({ phase: 'waiting', connection: 'ok' });
      expect(clock.pending).to.deep.equal([2000]);
      await clock.advance(2000);
      await backend.fail({ kind: 'retry' });
      expect(clock.pending, 'backoff starts over').to.deep.equal([3000]);
    });

    it('honours Retry-After, clamped between 2 s and 30 s', async () => {
      const { clock, backend, poller } = setup();
      poller.start();
      await clock.advance(2000);
      await backend.fail({ kind: 'retry', retryAfter: 5 });
      expect(clock.pending).to.deep.equal([5000]);
      await clock.advance(5000);
      await backend.fail({ kind: 'retry', retryAfter: 3600 });
      expect(clock.pending).to.deep.equal([30_000]);
      await clock.advance(30_000);
      await backend.fail({ kind: 'retry', retryAfter: 0 });
      expect(clock.pending).to.deep.equal([2000]);
      expect(poller.state).to.deep.equal({ phase: 'waiting', connection: 'unstable' });
    });

    it('says "offline" when nothing answers, and checks at once when the browser is back online', async () => {
      const { clock, backend, poller } = setup();
      poller.start();
      await clock.advance(2000);
      await backend.fail({ kind: 'offline' });
      expect(poller.state).to.deep.equal({ phase: 'waiting', connection: 'offline' });
      await clock.advance(1000);
      poller.connectivityChanged(true);
      expect(backend.times).to.deep.equal([2000, 3000]);
      await backend.answer('waiting');
      expect(poller.state).to.deep.equal({ phase: 'waiting', connection: 'ok' });
    });

    it('resumes by itself after a network loss even without an "online" signal', async () => {
      const { clock, backend, poller } = setup();
      poller.start();
      await clock.advance(2000);
      await backend.fail({ kind: 'offline' });
      await clock.advance(3000);
      await backend.fail({ kind: 'offline' });
      await clock.advance(4500);
      await backend.answer('confirmed');
      expect(poller.state).to.deep.equal({ phase: 'answered', answer: { status: 'confirmed' } });
    });

    it('shows "offline" at once when the browser says the network went away', async () => {
      const { clock, poller } = setup();
      poller.start();
      await clock.advance(500);
      poller.connectivityChanged(false);
      expect(poller.state).to.deep.equal({ phase: 'waiting', connection: 'offline' });
    });

    it('gives up at once on a failure retrying cannot fix', async () => {
      const { clock, backend, poller } = setup();
      poller.start();
      await clock.advance(2000);
      await backend.fail({ kind: 'fatal' });
      expect(poller.state.phase).to.equal('failed');
      await clock.advance(60_000);
      expect(backend.calls).to.have.length(1);
    });
  });

  describe('when the page is hidden', () => {
    it('slows to one check every 10 s, without stopping', async () => {
      const { clock, backend, poller } = setup();
      poller.start();
      poller.visibilityChanged(true);
      await clock.advance(2000);
      await backend.answer('waiting');
      expect(clock.pending).to.deep.equal([10_000]);
      await clock.advance(10_000);
      await backend.answer('waiting');
      await clock.advance(10_000);
      expect(backend.times).to.deep.equal([2000, 12_000, 22_000]);
    });

    it('starts slow when the page is hidden from the beginning', async () => {
      const { clock, backend, poller } = setup({ hidden: true });
      poller.start();
      await clock.advance(9999);
      expect(backend.calls).to.have.length(0);
      await clock.advance(1);
      expect(backend.calls).to.have.length(1);
    });

    it('checks at once when the page becomes visible again, then every 2 s', async () => {
      const { clock, backend, poller } = setup();
      poller.start();
      poller.visibilityChanged(true);
      await clock.advance(2000);
      await backend.answer('waiting');
      await clock.advance(4000);
      poller.visibilityChanged(false);
      expect(backend.times).to.deep.equal([2000, 6000]);
      await backend.answer('waiting');
      expect(clock.pending).to.deep.equal([2000]);
    });

    it('does not send a second request when it becomes visible while one is on its way', async () => {
      const { clock, backend, poller } = setup();
      poller.start();
      poller.visibilityChanged(true);
      await clock.advance(2000);
      expect(poller.busy).to.equal(true);
      poller.visibilityChanged(false);
      expect(backend.calls).to.have.length(1);
    });
  });

  describe('when stopped, aborted or removed', () => {
    it('stops on abort, drops the answer on its way and keeps no timer', async () => {
      const { clock, backend, poller } = setup();
      const abort = new AbortController();
      poller.start(abort.signal);
      await clock.advance(2000);
      abort.abort();
      expect(backend.last.signal.aborted, 'the request is aborted').to.equal(true);
      backend.last.resolve({ status: 'confirmed' });
      await settle();
      expect(poller.state).to.deep.equal({ phase: 'stopped' });
      expect(clock.pending).to.deep.equal([]);
    });

    it('does nothing once started with a signal already aborted', async () => {
      const { clock, backend, poller } = setup();
      const abort = new AbortController();
      abort.abort();
      poller.start(abort.signal);
      await clock.advance(10_000);
      expect(backend.calls).to.have.length(0);
      expect(poller.state.phase).to.equal('stopped');
    });

    it('drops a stale answer that arrives after stop()', async () => {
      const { clock, backend, poller, states } = setup();
      poller.start();
      await clock.advance(2000);
      const stale = backend.last;
      poller.stop();
      stale.resolve({ status: 'confirmed' });
      await settle();
      expect(states.map((s) => s.phase)).to.deep.equal(['waiting', 'stopped']);
    });

    it('pauses while the element is away and checks at once when it comes back', async () => {
      const { clock, backend, poller } = setup();
      poller.start();
      await clock.advance(2000);
      const away = backend.last;
      poller.pause();
      expect(away.signal.aborted).to.equal(true);
      away.resolve({ status: 'rejected' });
      await clock.advance(60_000);
      expect(backend.calls, 'no requests while away').to.have.length(1);
      expect(poller.state.phase).to.equal('waiting');
      poller.resume();
      expect(backend.times).to.deep.equal([2000, 62_000]);
      await backend.answer('confirmed');
      expect(poller.state).to.deep.equal({ phase: 'answered', answer: { status: 'confirmed' } });
    });

    it('ignores visibility and network signals while paused', async () => {
      const { clock, backend, poller } = setup();
      poller.start();
      poller.pause();
      poller.visibilityChanged(true);
      poller.visibilityChanged(false);
      poller.connectivityChanged(true);
      await clock.advance(30_000);
      expect(backend.calls).to.have.length(0);
    });
  });

  describe('at the deadline', () => {
    it('makes one last check exactly at expiry and says "expired" when it still says waiting', async () => {
      const { clock, backend, poller } = setup({ expiresIn: 7000 });
      poller.start();
      for (const _ of [1, 2, 3]) {
        await clock.advance(clock.pending[0]!);
        await backend.answer('waiting');
      }
      expect(backend.times).to.deep.equal([2000, 4000, 6000]);
      expect(clock.pending, 'the last wait is cut to the deadline').to.deep.equal([1000]);
      await clock.advance(1000);
      expect(backend.times.at(-1)).to.equal(7000);
      await backend.answer('waiting');
      expect(poller.state).to.deep.equal({ phase: 'expired' });
      expect(poller.remaining()).to.equal(0);
      expect(clock.pending).to.deep.equal([]);
    });

    it('takes a confirmation that arrives with the last check', async () => {
      const { clock, backend, poller } = setup({ expiresIn: 2000 });
      poller.start();
      await clock.advance(2000);
      await backend.answer('confirmed');
      expect(poller.state).to.deep.equal({ phase: 'answered', answer: { status: 'confirmed' } });
    });

    it('says "unreachable" when the backend could not be reached by then', async () => {
      const { clock, backend, poller } = setup({ expiresIn: 8000 });
      poller.start();
      await clock.advance(2000);
      await backend.fail({ kind: 'offline' });
      await clock.advance(3000);
      await backend.fail({ kind: 'retry' });
      expect(clock.pending, 'backoff cut to the deadline').to.deep.equal([3000]);
      await clock.advance(3000);
      await backend.fail({ kind: 'offline' });
      expect(poller.state).to.deep.equal({ phase: 'unreachable' });
    });

    it('keeps the wait after a Retry-After within the deadline', async () => {
      const { clock, backend, poller } = setup({ expiresIn: 10_000 });
      poller.start();
      await clock.advance(2000);
      await backend.fail({ kind: 'retry', retryAfter: 30 });
      expect(clock.pending).to.deep.equal([8000]);
      expect(poller.state.phase).to.equal('waiting');
    });
  });

  describe('when clocks jump', () => {
    it('ignores the wall clock: a time-zone or NTP change does not move the countdown', async () => {
      const { clock, poller } = setup();
      const realNow = Date.now;
      try {
        poller.start();
        await clock.advance(10_000);
        Date.now = () => realNow() + 3600_000;
        expect(poller.remaining()).to.equal(290_000);
        Date.now = () => realNow() - 86_400_000;
        expect(poller.remaining()).to.equal(290_000);
        await clock.advance(2000);
        expect(poller.remaining()).to.equal(288_000);
      } finally {
        Date.now = realNow;
      }
    });

    it('after a sleep past the deadline (timers fire late), makes the last check and ends', async () => {
      const { clock, backend, poller } = setup();
      poller.start();
      await clock.advance(2000);
      await backend.answer('waiting');
      await clock.sleep(10 * 60_000);
      expect(backend.calls, 'one check on waking, not a burst').to.have.length(2);
      expect(poller.remaining()).to.equal(0);
      await backend.answer('waiting');
      expect(poller.state).to.deep.equal({ phase: 'expired' });
    });

    it('after a sleep, a request that comes back overdue decides: "confirmed" still counts', async () => {
      const { clock, backend, poller } = setup();
      poller.start();
      await clock.advance(2000);
      await clock.sleep(10 * 60_000);
      await backend.answer('confirmed');
      expect(poller.state).to.deep.equal({ phase: 'answered', answer: { status: 'confirmed' } });
    });

    it('after a sleep, a failed request that comes back overdue means "unreachable"', async () => {
      const { clock, backend, poller } = setup();
      poller.start();
      await clock.advance(2000);
      await clock.sleep(10 * 60_000);
      await backend.fail({ kind: 'retry' });
      expect(poller.state).to.deep.equal({ phase: 'unreachable' });
    });
  });
});
