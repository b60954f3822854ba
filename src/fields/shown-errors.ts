/**
 * When a field's message shows, the rule every form step follows (the details form, the USB
 * token's contact step, the remote-signing holder step): our own check speaks once the field was
 * left with something typed in it, or after "Đăng ký"; the backend's word on a field speaks until
 * the person changes that field.
 *
 * touchedOnLeave and withoutServerError return the very object they were given when nothing
 * changes, so a Lit `@state` assigned their result does not redraw for nothing.
 */

/**
 * The message at field `id`: the backend's word on it first, then our own check (`own`, asked
 * only then) once the field was left with something typed (`touched`) or the form was submitted.
 */
export function messageAt(
  id: string,
  serverErrors: Partial<Record<string, () => string>>,
  submitted: boolean,
  touched: ReadonlySet<string>,
  own: () => string | undefined,
): string | undefined {
  return serverErrors[id]?.() ?? (submitted || touched.has(id) ? own() : undefined);
}

/** `touched` with `id` added if the person left it with something typed; the same set otherwise. */
export function touchedOnLeave(touched: Set<string>, id: string, typed: string): Set<string> {
  // Leaving an empty input shows nothing yet: people tab through forms before filling them.
  return typed.trim() === '' || touched.has(id) ? touched : new Set(touched).add(id);
}

/** `errors` without the backend's message at `id`, which the person is now changing; the same object if it had none. */
export function withoutServerError<Errors extends Partial<Record<string, unknown>>>(errors: Errors, id: string): Errors {
  if (!(id in errors)) return errors;
  const { [id]: _gone, ...rest } = errors;
  return rest as Errors;
}

/** Whether a mouse or pen button is down now (the page's own pointer events, seen first). */
let pressed = false;
addEventListener('pointerdown', () => (pressed = true), true);
for (const type of ['pointerup', 'pointercancel']) addEventListener(type, () => (pressed = false), true);

/**
 * Runs `reveal`, which shows a message because a field was left, once the press that left it is
 * over. Shown at once, the message moves what is below it (the "Đăng ký" button) between the press
 * and its release: the release lands elsewhere and the click is lost (a review saw the first click
 * on "Đăng ký" do nothing, after an email typed wrong). A mouse leaves the field on pointerdown:
 * wait for its release. A tap or a key leaves it within the moment's own events (the tap's click
 * follows in the same task): after them.
 */
export function afterPress(reveal: () => void): void {
  if (!pressed) {
    setTimeout(reveal);
    return;
  }
  const released = () => {
    removeEventListener('pointerup', released, true);
    removeEventListener('pointercancel', released, true);
    setTimeout(reveal);
  };
  addEventListener('pointerup', released, true);
  addEventListener('pointercancel', released, true);
}
