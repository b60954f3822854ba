/** Puts a <dvc-register> on the page, backed by the mock backend, and waits for it to settle. */
import { fixture, html } from '@open-wc/testing';
import '../../src/dvc-register.js';
import type { DvcRegister } from '../../src/register/dvc-register.js';
import { mockBackend } from '../../src/mocks/backend.js';
import { useMockBackend } from './mock-worker.js';
import { deepQueryAll, waitFor } from './dom.js';

export async function widget(attributes: Record<string, string> = {}): Promise<DvcRegister> {
  await useMockBackend();
  // The language is in the markup from the start, as on a portal page: a widget that learned it
  // later would first ask for its captcha in Vietnamese, then again in the page's language.
  const el = await fixture<DvcRegister>(
    attributes['lang'] ? html`<dvc-register lang=${attributes['lang']}></dvc-register>` : html`<dvc-register></dvc-register>`,
  );
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.localeReady;
  await el.updateComplete;
  // The step inside renders in its own update, after the host's.
  await waitFor(() => deepQueryAll(el, 'h3').length > 0, { message: 'the first step' });
  return el;
}

/** A widget that offers only the phone method, so it opens on the phone details form. */
export function phoneWidget(attributes: Record<string, string> = {}): Promise<DvcRegister> {
  return widget({ methods: 'phone', ...attributes });
}

/** Waits until the captcha image has loaded and returns its answer as a person would read it. */
export async function captchaAnswer(el: Element): Promise<string> {
  await waitFor(() => deepQueryAll<HTMLImageElement>(el, '.captcha img').length > 0, { message: 'captcha image' });
  return mockBackend.lastCaptchaAnswer()!;
}
