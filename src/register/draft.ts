/**
 * A draft of what the person typed, so an accidental reload or a tab the phone's browser threw
 * away and restored does not start them from nothing.
 *
 * Kept in sessionStorage: this tab only, gone when the tab closes. Only the flow's values and
 * choices are kept, which never hold a secret (passwords, OTPs and captcha answers live in their
 * steps, PKCE values in src/vneid/storage.ts); keys that look like one are dropped all the same.
 * A draft older than 30 minutes is thrown away, and one is removed when the journey completes.
 */
import type { Method, Subject, Values } from '../flow/catalog.js';
import type { FlowState } from '../flow/flow.js';

export const DRAFT_KEY_PREFIX = 'dvc-register:draft';
export const DRAFT_MAX_AGE_MS = 30 * 60 * 1000;

/** Never kept, whatever a future step names its values. */
const SECRET_NAME = /pass(word)?|otp|captcha|pin\b|verifier|secret|token/i;

export interface Draft {
  readonly subject?: Subject;
  readonly method?: Method;
  readonly values: Values;
}

interface StoredDraft extends Draft {
  readonly savedAt: number;
}

/**
 * One draft per widget: by its id if it has one, else by its position among the page's widgets,
 * on this path of the site.
 */
export function draftKey(host: Element): string {
  const position = host.id ? `#${host.id}` : Math.max(0, [...document.querySelectorAll<Element>('dvc-register')].indexOf(host));
  return `${DRAFT_KEY_PREFIX}:${location.pathname}:${position}`;
}

function storage(): Storage | undefined {
  try {
    // Reading the property itself throws where the browser blocks storage.
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function keptValues(values: Values): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([name, value]) => value !== '' && !SECRET_NAME.test(name)));
}

/** Whether the flow holds anything worth restoring. */
function worthKeeping(draft: Draft): boolean {
  return Object.keys(draft.values).length > 0;
}

/**
 * The drafts this page has in storage (written or found here). A flow with nothing worth keeping
 * removes only one of these: the first render, before anything is typed, touches no storage.
 */
const inStorage = new Set<string>();

function saveDraft(key: string, state: FlowState, now = Date.now()): void {
  const draft: StoredDraft = {
    ...(state.subject ? { subject: state.subject } : {}),
    ...(state.method ? { method: state.method } : {}),
    values: keptValues(state.values),
    savedAt: now,
  };
  try {
    if (worthKeeping(draft)) {
      storage()?.setItem(key, JSON.stringify(draft));
      inStorage.add(key);
    } else if (inStorage.has(key)) clearDraft(key);
  } catch {
    // A full or blocked storage only costs the draft.
  }
}

/**
 * Drafts are written a moment after the last change, not on every keystroke: one sessionStorage
 * write per key was about a third of a keystroke's cost on a throttled CPU (README, Performance).
 * What is waiting is written at once when the page goes away (a reload, another page, a phone's
 * browser putting the tab away), so a reload still finds everything typed before it.
 */
const DRAFT_WRITE_DELAY_MS = 400;

/** Per draft key, what to keep when the write happens: a widget's flow then, or undefined for nothing. */
const waiting = new Map<string, () => FlowState | undefined>();
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

/** Writes (or removes) the draft `read` gives once DRAFT_WRITE_DELAY_MS pass without another change. */
export function saveDraftSoon(key: string, read: () => FlowState | undefined): void {
  waiting.set(key, read);
  clearTimeout(timer);
  timer = setTimeout(flushDrafts, DRAFT_WRITE_DELAY_MS);
  if (listening) return;
  // From the first change on, not at load: a page where nothing is typed listens to nothing.
  listening = true;
  // pagehide: a reload or another page; hidden: a phone's browser may discard the tab without either.
  addEventListener('pagehide', flushDrafts);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushDrafts());
}

function flushDrafts(): void {
  clearTimeout(timer);
  for (const [key, read] of waiting) {
    const state = read();
    if (state) saveDraft(key, state);
    else clearDraft(key);
  }
  waiting.clear();
}

/** The draft kept for this widget, unless there is none, it is older than 30 minutes, or it is unreadable. */
export function loadDraft(key: string, now = Date.now()): Draft | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(key);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const stored = JSON.parse(raw) as Partial<StoredDraft>;
    const fresh = typeof stored.savedAt === 'number' && now - stored.savedAt >= 0 && now - stored.savedAt <= DRAFT_MAX_AGE_MS;
    const values = stored.values && typeof stored.values === 'object' ? stored.values : undefined;
    if (fresh && values && Object.values(values).every((v) => typeof v === 'string')) {
      const draft: Draft = {
        ...(typeof stored.subject === 'string' ? { subject: stored.subject } : {}),
        ...(typeof stored.method === 'string' ? { method: stored.method } : {}),
        values: keptValues(values),
      };
      if (worthKeeping(draft)) {
        inStorage.add(key);
        return draft;
      }
    }
  } catch {
    // Not ours or damaged: dropped below.
  }
  clearDraft(key);
  return undefined;
}

export function clearDraft(key: string): void {
  inStorage.delete(key);
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clear where storage is blocked.
  }
}
