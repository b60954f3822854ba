/**
 * Writes a widget's tab draft (draft.ts) a moment after the person stops typing, not on every
 * keystroke: one sessionStorage write per key was about a third of a keystroke's cost on a
 * throttled CPU (README, Performance). What is waiting is written at once when the page goes away
 * (a reload, another page, a phone's browser putting the tab away), so a reload still finds
 * everything typed before it. A widget a portal takes off the page still has its draft written.
 *
 * Loaded on demand with the first draft worth writing: the first paint writes nothing.
 */
import type { FlowState } from '../flow/flow.js';
import { clearDraft, inStorage, keptValues, worthKeeping, type StoredDraft } from './draft.js';

/** How long after the last change a draft is written. */
export const DRAFT_WRITE_DELAY_MS = 400;

/**
 * Per draft key, how to read what to keep when the write happens: the widget's flow then, or
 * undefined once there is nothing to keep (the journey finished, or drafts were turned off).
 */
const waiting = new Map<string, () => FlowState | undefined>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** Writes the draft `read` gives, after DRAFT_WRITE_DELAY_MS without another call. */
export default function writeDraftSoon(key: string, read: () => FlowState | undefined): void {
  waiting.set(key, read);
  clearTimeout(timer);
  timer = setTimeout(flush, DRAFT_WRITE_DELAY_MS);
}

function flush(): void {
  clearTimeout(timer);
  for (const [key, read] of waiting) {
    const state = read();
    if (state) saveDraft(key, state);
    else clearDraft(key);
  }
  waiting.clear();
}

export function saveDraft(key: string, state: FlowState, now = Date.now()): void {
  const draft: StoredDraft = {
    ...(state.subject ? { subject: state.subject } : {}),
    ...(state.method ? { method: state.method } : {}),
    values: keptValues(state.values),
    savedAt: now,
  };
  try {
    // Reading sessionStorage itself throws where the browser blocks storage: caught below.
    if (worthKeeping(draft)) {
      sessionStorage.setItem(key, JSON.stringify(draft));
      inStorage.add(key);
    } else if (inStorage.has(key)) clearDraft(key);
  } catch {
    // A full or blocked storage only costs the draft.
  }
}

// pagehide: a reload or another page; hidden: a phone's browser may discard the tab without either.
addEventListener('pagehide', flush);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flush();
});
