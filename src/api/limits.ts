/**
 * Bounds on what a backend may make the widget do. A backend (or whatever answers in its place)
 * is not trusted to be sane: a 1 MB message must not freeze the page, and a wait of 999999999
 * seconds must not block a button for decades.
 */

/** The longest wait a backend may impose before a retry or a resend (429/503, resendAfter). */
export const MAX_WAIT_SECONDS = 60 * 60;
/** The longest validity shown for a code, link or captcha (an activation e-mail link lasts a day). */
export const MAX_VALIDITY_SECONDS = 24 * 60 * 60;
/** The longest masked destination or user name an answer may carry; longer is a bad response. */
export const MAX_SHOWN_ANSWER_TEXT = 254;
/** The most characters of a server's own text the widget shows. */
export const MAX_SERVER_TEXT = 300;

/** Whole seconds between 0 and max (Infinity is max); anything that is not a number is 0. */
export function clampSeconds(value: number, max: number): number {
  if (Number.isNaN(value) || value <= 0) return 0;
  return Math.min(Math.ceil(value), max);
}

/** The fields of contract answers that hold seconds, and the most each may say. */
const SECONDS_FIELDS: Readonly<Record<string, number>> = {
  expiresIn: MAX_VALIDITY_SECONDS,
  resendAfter: MAX_WAIT_SECONDS,
  retryAfter: MAX_WAIT_SECONDS,
};

/**
 * A copy of a checked answer with every seconds field, at any depth, brought within its bound:
 * one rule for every call, so a new answer shape cannot forget it.
 */
export function clampAnswerSeconds<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => clampAnswerSeconds(v)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const max = SECONDS_FIELDS[key];
    copy[key] = max !== undefined && typeof v === 'number' ? clampSeconds(v, max) : clampAnswerSeconds(v);
  }
  return copy as T;
}

/** At most `max` characters, cut at a whole character and marked with "…". */
export function capText(text: string, max = MAX_SERVER_TEXT): string {
  // Never split the whole of a huge text into characters: look at just enough of it.
  const head = Array.from(text.slice(0, max * 2 + 2));
  const cut = text.length > max * 2 + 2 || head.length > max;
  return cut ? `${head.slice(0, max - 1).join('').trimEnd()}…` : text;
}
