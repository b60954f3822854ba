/**
 * What a message is, kept instead of its words. A handler that learns something to say later (an
 * error at a field, a failure, a status to announce) stores a `Text`: a function that makes the
 * words with msg() when the template calls it. Words stored as a string stay in the language of
 * the moment they were made; a `Text` is re-worded by the render that follows a language switch.
 */
export type Text = () => string;

/** The words of a stored message in the language shown now, if there is one. */
export function wordsOf(text: Text | undefined): string | undefined {
  return text?.();
}
