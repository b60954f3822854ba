/**
 * The wizard as a pure state machine: named steps, conditions that skip steps, and
 * transition(state, event). No DOM, no I/O: the element renders the state and performs
 * the async work, then reports the outcome as an event.
 */
import type { Account, EmailChallenge, OtpChallenge, PasswordPolicy } from '../api/types.js';
import type { CertificateHolder } from '../api/certificate-holder.js';
import type { CertificateRegistration } from '../api/certificate-registration.js';
import { ENDING_STEPS, methodsFor, ONE_WAY_STEPS, stepsOf, type Method, type Offer, type StepName, type Subject, type Values } from './catalog.js';

/** What the person has typed or chosen, keyed by field name. Never holds a secret. */
export type { Values };

/** What the backend answered along the way; later steps need it. Never holds a secret. */
export interface Results {
  /** Where the Vietnam Post activation link went. */
  readonly emailActivation?: EmailChallenge;
  /**
   * The started registration, with the details it was started for (to avoid re-sending an OTP).
   * `otp` is there once a code was sent: at once for most methods, after the activation choice for
   * Vietnam Post accounts.
   */
  readonly registration?: {
    readonly id: string;
    readonly otp?: OtpChallenge;
    readonly fingerprint: string;
    /** What the person will sign in with, when the backend says so already. */
    readonly username?: string;
  };
  readonly passwordPolicy?: PasswordPolicy;
  readonly account?: Account;
  /** Remote signing (SIM, SmartCA): the request waited for, then who signed it. */
  readonly remoteSigning?: {
    readonly transactionId: string;
    readonly shortCode: string;
    /** Where the request went: the phone (E.164) or the SmartCA user id. */
    readonly to: string;
    /** When it expires, in performance.now() milliseconds: a wall-clock change cannot move it. */
    readonly deadline: number;
    readonly holder?: CertificateHolder;
  };
  /** A registration whose holder the backend read from a verified certificate (USB token). */
  readonly certificateRegistration?: CertificateRegistration;
}

export interface FlowState {
  readonly offer: Offer;
  readonly step: StepName;
  readonly subject?: Subject;
  readonly method?: Method;
  readonly values: Values;
  readonly results: Results;
  /** Steps passed that cannot be done again (see ONE_WAY_STEPS): the flow moves around them. */
  readonly sealed?: readonly StepName[];
}

export type FlowEvent =
  | { readonly type: 'choose-subject'; readonly subject: Subject }
  | { readonly type: 'choose-method'; readonly method: Method }
  /** The current step's work is done (its request succeeded); go to the next step on the path. */
  | { readonly type: 'next'; readonly results?: Results }
  /** The backend answered something worth keeping without a step change (e.g. a new OTP). */
  | { readonly type: 'record'; readonly results: Results }
  /** The registration can no longer go on (OTP expired, too many attempts): start it again from the details, keeping every value. */
  | { readonly type: 'restart-registration' }
  | { readonly type: 'back' }
  /** Jump to a step already on the path, e.g. from an expired OTP back to the details. */
  | { readonly type: 'go-to'; readonly step: StepName }
  | { readonly type: 'edit'; readonly values: Values };

/** Steps that are only worth showing when there is a real choice to make. */
function subjectStepShown(offer: Offer): boolean {
  return offer.subjects.length > 1;
}
function methodStepShown(offer: Offer, subject: Subject | undefined): boolean {
  return methodsFor(offer, subject).length > 1;
}

/**
 * The whole path for the current choices. Before a subject or method is chosen, the path assumes the
 * first one offered, so "Step X of Y" has a sensible Y from the start.
 */
export function pathOf(state: Pick<FlowState, 'offer' | 'subject' | 'method' | 'values'>): StepName[] {
  const { offer } = state;
  const subject = state.subject ?? offer.subjects[0];
  const method = state.method ?? methodsFor(offer, subject)[0];
  const path: StepName[] = [];
  if (subjectStepShown(offer)) path.push('subject');
  if (methodStepShown(offer, subject)) path.push('method');
  if (method) path.push(...stepsOf(method, state.values));
  return path;
}

/** Whether the step ends the widget's part (the account exists, or the emailed link takes over). */
export function isEnding(step: StepName): boolean {
  return (ENDING_STEPS as readonly StepName[]).includes(step);
}

/** Numbered steps exclude the endings ("done", "check your inbox"), matching the guide's Bước 1–5. */
export function progressOf(state: FlowState): { index: number; total: number } | undefined {
  const numbered: StepName[] = pathOf(state).filter((s) => !isEnding(s));
  const at = numbered.indexOf(state.step);
  return at === -1 ? undefined : { index: at + 1, total: numbered.length };
}

export function initialState(offer: Offer, values: Values = {}): FlowState {
  // A single subject or method is chosen for the person: the conditions skip its step.
  const subject = offer.subjects.length === 1 ? offer.subjects[0] : undefined;
  const methods = methodsFor(offer, subject);
  const method = methods.length === 1 ? methods[0] : undefined;
  const draft = { offer, subject, method, values, results: {} };
  return { ...draft, step: pathOf(draft)[0] ?? 'subject' };
}

export function canGoBack(state: FlowState): boolean {
  // Nothing leads back out of "done": the account exists.
  return state.step !== 'done' && state.step !== 'certificate-done' && stepBefore(state) !== undefined;
}

/**
 * Whether the wizard offers its own Back link. An ending offers none: "check your inbox" leads
 * back only through its own "change how to activate".
 */
export function showsBackLink(state: FlowState): boolean {
  return canGoBack(state) && !isEnding(state.step);
}

/** The nearest step before the current one that can still be done. */
function stepBefore(state: FlowState): StepName | undefined {
  const path = pathOf(state);
  const sealed = state.sealed ?? [];
  for (let at = path.indexOf(state.step) - 1; at >= 0; at--) if (!sealed.includes(path[at]!)) return path[at];
  return undefined;
}

/** Passing a one-way step seals it and the steps that led to it from the details. */
function sealedAfterPassing(state: FlowState, passed: StepName): readonly StepName[] | undefined {
  if (!(ONE_WAY_STEPS as readonly StepName[]).includes(passed)) return state.sealed;
  const path = pathOf(state);
  const from = path.indexOf('details') + 1;
  const to = path.indexOf(passed);
  return [...new Set([...(state.sealed ?? []), ...path.slice(from, to + 1)])];
}

export function transition(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'choose-subject': {
      if (!state.offer.subjects.includes(event.subject)) return state;
      const methods = methodsFor(state.offer, event.subject);
      // Keep the method when the new subject offers it too; a single method is chosen for them.
      const method =
        state.method && methods.includes(state.method) ? state.method : methods.length === 1 ? methods[0] : undefined;
      const next = { ...state, subject: event.subject, method };
      return { ...next, step: stepAfter(next, 'subject') };
    }
    case 'choose-method': {
      if (!methodsFor(state.offer, state.subject ?? state.offer.subjects[0]).includes(event.method)) return state;
      const subject = state.subject ?? state.offer.subjects[0];
      const next = { ...state, subject, method: event.method };
      return { ...next, step: stepAfter(next, 'method') };
    }
    case 'next': {
      // A new registration (details sent again, changed) has its own OTP still to verify.
      const started = event.results?.registration && event.results.registration.id !== state.results.registration?.id;
      const sealed = sealedAfterPassing(started ? { ...state, sealed: [] } : state, state.step);
      const next = { ...state, results: { ...state.results, ...event.results }, sealed: sealed ?? [] };
      return { ...next, step: stepAfter(next, state.step) };
    }
    case 'record':
      return { ...state, results: { ...state.results, ...event.results } };
    case 'restart-registration': {
      if (!state.method || state.step === 'done' || state.step === 'certificate-done') return state;
      const first = stepsOf(state.method, state.values)[0];
      return first ? { ...state, results: {}, sealed: [], step: first } : state;
    }
    case 'back': {
      if (!canGoBack(state)) return state;
      return { ...state, step: stepBefore(state)! };
    }
    case 'go-to':
      return pathOf(state).includes(event.step) && !state.sealed?.includes(event.step) ? { ...state, step: event.step } : state;
    case 'edit':
      return { ...state, values: { ...state.values, ...event.values } };
    default:
      return assertNever(event);
  }
}

function stepAfter(state: FlowState, step: StepName): StepName {
  const path = pathOf(state);
  const sealed = state.sealed ?? [];
  for (let at = path.indexOf(step) + 1; at < path.length; at++) if (!sealed.includes(path[at]!)) return path[at]!;
  return step;
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
