/**
 * Steps only some journeys reach are loaded when a method that needs them is chosen, so the
 * common journeys (phone, BHXH) download less on a slow phone. The custom elements upgrade in
 * place when their module arrives; the host waits for that before moving focus.
 */
import type { Method, StepName } from '../flow/catalog.js';

const LAZY_STEPS = {
  activation: () => import('../steps/activation/activation-step.js'),
  'email-sent': () => import('../steps/email-sent/email-sent-step.js'),
  vneid: () => import('../steps/vneid/vneid-step.js'),
} satisfies Partial<Record<StepName, () => Promise<unknown>>>;

/** Modules a method needs beyond its steps (the address picker of the Vietnam Post form). */
const METHOD_EXTRAS: Partial<Record<Method, readonly (() => Promise<unknown>)[]>> = {
  vnpost: [LAZY_STEPS.activation, LAZY_STEPS['email-sent'], () => import('../fields/address-picker/address-picker.js')],
  vneid: [LAZY_STEPS.vneid],
};

/** The element name of a step: `dvc-step-<name>`. */
export function stepTag(step: StepName): string {
  return `dvc-step-${step}`;
}

/** Starts loading what a chosen method needs, so it is there by the time the person gets to it. */
export function prefetchMethod(method: Method | undefined): void {
  for (const load of (method && METHOD_EXTRAS[method]) ?? []) void load();
}

/** Resolves once the step's element is defined (at once for steps in the main bundle). */
export async function stepReady(step: StepName): Promise<void> {
  const load = (LAZY_STEPS as Partial<Record<StepName, () => Promise<unknown>>>)[step];
  if (load) await load();
  await customElements.whenDefined(stepTag(step));
}
