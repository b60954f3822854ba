/**
 * One language per page, and the rule when widgets disagree.
 *
 * lit-localize's runtime mode keeps one message table for the whole page: every msg() reads it,
 * wherever it is called. Per-widget languages would need its reentrant mode plus a locale context
 * around every render and every message made outside a render (alerts, announcements, stored
 * server errors): a rewrite of how every step makes its text. So the rule is: the page shows the
 * language asked for last, by a `lang` attribute or by a language switch, on every widget; each
 * widget marks its text with the language actually shown, and sends it as Accept-Language. When
 * two widgets on the page ask for different languages, the console says so once.
 *
 * A language's messages are downloaded before the page switches to it: when that fails, nothing
 * changes (lit-localize never sees a half-loaded locale) and the caller shows a retry.
 */
import { printWarnings } from '../register/print-warnings.js';
import { messagesChunk, setLocale, type Locale } from './locale.js';

const asked = new Map<object, Locale>();
let latestRequest = 0;
let conflictWarned = false;

/**
 * Makes `locale` the page's language for `widget`'s sake. Resolves false when its messages could
 * not be downloaded (the page keeps its language); true once it is shown, or once a later request
 * has taken over.
 */
export async function requestLocale(widget: object, locale: Locale): Promise<boolean> {
  asked.set(widget, locale);
  warnOnConflict();
  const request = ++latestRequest;
  try {
    await messagesChunk(locale)?.load();
  } catch {
    return request !== latestRequest;
  }
  if (request === latestRequest) await setLocale(locale);
  return true;
}

/** A widget left the page: its wish no longer counts in conflicts. */
export function forgetWidget(widget: object): void {
  asked.delete(widget);
}

function warnOnConflict(): void {
  const wanted = new Set(asked.values());
  if (conflictWarned || wanted.size < 2) return;
  conflictWarned = true;
  printWarnings([{ code: 'lang-conflict', languages: [...wanted] }]);
}
