/**
 * Steps that cannot be done twice (a verified OTP) and steps that end the widget's part
 * ("check your inbox"), as rules of the flow.
 */
import { expect } from '@open-wc/testing';
import { makeOffer, ONE_WAY_STEPS, type Method } from '../../src/flow/catalog.js';
import { canGoBack, initialState, progressOf, showsBackLink, transition, type FlowEvent, type FlowState } from '../../src/flow/flow.js';

function run(state: FlowState, ...events: FlowEvent[]): FlowState {
  return events.reduce(transition, state);
}

const registration = (id: string) => ({ registration: { id, fingerprint: id, otp: { destination: '09•• 678', expiresIn: 300, resendAfter: 60, length: 6 } } });

function atPassword(methods: Method[], values: Record<string, string> = {}): FlowState {
  const start = initialState(makeOffer(['citizen'], methods), values);
  const chosen = start.step === 'method' ? run(start, { type: 'choose-method', method: methods[0]! }) : start;
  let state = run(chosen, { type: 'next', results: registration('r1') });
  if (state.step === 'activation') state = run(state, { type: 'next' });
  expect(state.step).to.equal('otp');
  return run(state, { type: 'next', results: { passwordPolicy: { minLength: 8, specials: '!@#$%^&*' } } });
}

describe('flow: steps that cannot be done twice', () => {
  it('the OTP step is one of them', () => {
    expect(ONE_WAY_STEPS).to.include('otp');
  });

  it('Back from the password step skips the verified OTP and lands on the details', () => {
    const password = atPassword(['phone']);
    expect(password.step).to.equal('password');
    expect(password.sealed).to.include('otp');
    const back = run(password, { type: 'back' });
    expect(back.step).to.equal('details');
    // Kept: the registration, so the details sent again unchanged need no new OTP.
    expect(back.results.registration?.id).to.equal('r1');
  });

  it('the details sent again unchanged go straight on to the password, past the sealed OTP', () => {
    const again = run(atPassword(['phone']), { type: 'back' }, { type: 'next' });
    expect(again.step).to.equal('password');
  });

  it('Vietnam Post by SMS: Back from the password skips the OTP and the activation choice too', () => {
    const password = atPassword(['vnpost']);
    expect(password.step).to.equal('password');
    expect(run(password, { type: 'back' }).step).to.equal('details');
    expect(run(password, { type: 'back' }, { type: 'next' }).step).to.equal('password');
  });

  it('a jump to a sealed step is refused', () => {
    const password = atPassword(['phone']);
    expect(run(password, { type: 'go-to', step: 'otp' }).step).to.equal('password');
    expect(run(password, { type: 'go-to', step: 'details' }).step).to.equal('details');
  });

  it('changed details start a new registration, whose OTP is asked for again', () => {
    const back = run(atPassword(['phone']), { type: 'back' });
    const restarted = run(back, { type: 'next', results: registration('r2') });
    expect(restarted.step).to.equal('otp');
    expect(restarted.sealed ?? []).to.deep.equal([]);
  });

  it('a registration started again after a dead end unseals them', () => {
    const password = atPassword(['phone']);
    const restarted = run(password, { type: 'restart-registration' });
    expect(restarted.step).to.equal('details');
    expect(restarted.sealed ?? []).to.deep.equal([]);
  });

  it('Back from an OTP not yet verified still leads to the details, and from the Vietnam Post OTP to the activation choice', () => {
    const phoneOtp = run(initialState(makeOffer(['citizen'], ['phone'])), { type: 'next', results: registration('r1') });
    expect(run(phoneOtp, { type: 'back' }).step).to.equal('details');
    const vnpost = run(initialState(makeOffer(['citizen'], ['vnpost'])), { type: 'next', results: registration('r1') }, { type: 'next' });
    expect(vnpost.step).to.equal('otp');
    expect(run(vnpost, { type: 'back' }).step).to.equal('activation');
  });
});

describe('flow: endings', () => {
  it('"check your inbox" has no step number and no Back link, but its own "change how to activate" still goes back', () => {
    const offer = makeOffer(['citizen'], ['vnpost']);
    const inbox = run(initialState(offer, { email: 'a@b.vn', activation: 'email' }), { type: 'next', results: registration('r1') }, { type: 'next' });
    expect(inbox.step).to.equal('email-sent');
    expect(progressOf(inbox)).to.equal(undefined);
    expect(showsBackLink(inbox)).to.equal(false);
    expect(canGoBack(inbox)).to.equal(true);
    expect(run(inbox, { type: 'back' }).step).to.equal('activation');
  });

  it('the steps before an ending keep their numbers and their Back link', () => {
    const offer = makeOffer(['citizen'], ['vnpost']);
    const activation = run(initialState(offer, { email: 'a@b.vn', activation: 'email' }), { type: 'next', results: registration('r1') });
    expect(progressOf(activation)).to.deep.equal({ index: 2, total: 2 });
    expect(showsBackLink(activation)).to.equal(true);
  });
});
