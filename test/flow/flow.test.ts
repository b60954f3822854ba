import { expect } from '@open-wc/testing';
import { makeOffer, SUBJECTS, type Method, type Subject } from '../../src/flow/catalog.js';
import { canGoBack, initialState, pathOf, progressOf, transition, type FlowEvent, type FlowState } from '../../src/flow/flow.js';

const fullOffer = makeOffer(SUBJECTS, ['phone']);

function run(state: FlowState, ...events: FlowEvent[]): FlowState {
  return events.reduce(transition, state);
}

/** The steps visited from the start by repeated events, as one readable string. */
function walk(state: FlowState, events: FlowEvent[]): string {
  const seen = [state.step];
  for (const event of events) {
    state = transition(state, event);
    seen.push(state.step);
  }
  return seen.join(' → ');
}

describe('flow', () => {
  describe('the offer', () => {
    it('drops subjects that have no built method', () => {
      const offer = makeOffer(['agency', 'citizen', 'business'], ['phone']);
      expect(offer.subjects).to.deep.equal(['citizen']);
      expect(offer.methods.citizen).to.deep.equal(['phone']);
    });

    it('keeps the configured order of subjects', () => {
      const offer = makeOffer(['business', 'citizen'], ['phone']);
      expect(offer.subjects).to.deep.equal(['citizen']);
    });
  });

  describe('when only one subject and one method are offered', () => {
    it('skips the subject and method steps and starts at the details', () => {
      const state = initialState(fullOffer);
      expect(state.subject).to.equal('citizen');
      expect(state.method).to.equal('phone');
      expect(state.step).to.equal('details');
      expect(pathOf(state).join(' → ')).to.equal('details → otp → password → done');
      expect(canGoBack(state)).to.equal(false);
    });
  });

  describe('when several subjects and methods are offered', () => {
    // A synthetic offer with two subjects and two methods, to exercise the choice steps.
    const offer = {
      subjects: ['citizen', 'business'] as Subject[],
      methods: { citizen: ['phone', 'bhxh'] as Method[], business: ['phone'] as Method[] },
    };

    it('starts at the subject step with nothing chosen', () => {
      const state = initialState(offer);
      expect(state.step).to.equal('subject');
      expect(state.subject).to.equal(undefined);
      expect(progressOf(state)).to.deep.equal({ index: 1, total: 5 });
    });

    it('walks subject → method → details → otp → password → done', () => {
      const events: FlowEvent[] = [
        { type: 'choose-subject', subject: 'citizen' },
        { type: 'choose-method', method: 'phone' },
        { type: 'next' },
        { type: 'next' },
        { type: 'next' },
      ];
      expect(walk(initialState(offer), events)).to.equal('subject → method → details → otp → password → done');
    });

    it('skips the method step for a subject with a single method', () => {
      const state = run(initialState(offer), { type: 'choose-subject', subject: 'business' });
      expect(state.method).to.equal('phone');
      expect(state.step).to.equal('details');
      expect(pathOf(state)).to.not.include('method');
      expect(progressOf(state)).to.deep.equal({ index: 2, total: 4 });
    });

    it('goes back one step at a time and keeps every choice and value', () => {
      let state = run(
        initialState(offer),
        { type: 'choose-subject', subject: 'citizen' },
        { type: 'choose-method', method: 'phone' },
        { type: 'edit', values: { idNumber: '001099012345', fullName: 'Nguyễn Văn A' } },
        { type: 'next' },
      );
      expect(state.step).to.equal('otp');
      state = run(state, { type: 'back' });
      expect(state.step).to.equal('details');
      state = run(state, { type: 'back' }, { type: 'back' });
      expect(state.step).to.equal('subject');
      expect(state.subject).to.equal('citizen');
      expect(state.method).to.equal('phone');
      expect(state.values).to.deep.equal({ idNumber: '001099012345', fullName: 'Nguyễn Văn A' });
      expect(canGoBack(state)).to.equal(false);
      expect(run(state, { type: 'back' })).to.equal(state);
    });

    it('keeps the method when the new subject offers it, and drops it when not', () => {
      const chosen = run(initialState(offer), { type: 'choose-subject', subject: 'citizen' }, { type: 'choose-method', method: 'bhxh' });
      const back = run(chosen, { type: 'back' }, { type: 'back' });
      expect(run(back, { type: 'choose-subject', subject: 'citizen' }).method).to.equal('bhxh');
      const other = run(back, { type: 'choose-subject', subject: 'business' });
      expect(other.method).to.equal('phone');
    });

    it('ignores a subject or method that is not offered', () => {
      const state = initialState(offer);
      expect(run(state, { type: 'choose-subject', subject: 'agency' })).to.equal(state);
      const citizen = run(state, { type: 'choose-subject', subject: 'citizen' });
      expect(run(citizen, { type: 'choose-method', method: 'usb' })).to.equal(citizen);
    });

    it('jumps only to steps on the path', () => {
      const atOtp = run(
        initialState(offer),
        { type: 'choose-subject', subject: 'citizen' },
        { type: 'choose-method', method: 'phone' },
        { type: 'next' },
      );
      expect(run(atOtp, { type: 'go-to', step: 'details' }).step).to.equal('details');
      const onlyBusiness = run(initialState(offer), { type: 'choose-subject', subject: 'business' });
      expect(run(onlyBusiness, { type: 'go-to', step: 'method' })).to.equal(onlyBusiness);
    });

    it('never goes back from done', () => {
      const done = run(
        initialState(offer),
        { type: 'choose-subject', subject: 'business' },
        { type: 'next' },
        { type: 'next' },
        { type: 'next' },
      );
      expect(done.step).to.equal('done');
      expect(canGoBack(done)).to.equal(false);
      expect(progressOf(done)).to.equal(undefined);
      expect(run(done, { type: 'next' }).step).to.equal('done');
    });

    it('merges edits without losing earlier values', () => {
      const state = run(initialState(offer), { type: 'edit', values: { a: '1' } }, { type: 'edit', values: { b: '2' } });
      expect(state.values).to.deep.equal({ a: '1', b: '2' });
    });
  });
});
