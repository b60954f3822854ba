/**
 * The field a backend's field error names, as the widget names it. The contract's examples name a
 * field of `details` alone ("phone"), but a backend validating the request body as a whole names
 * it by its path in the body: "details.phone", "/details/phone" (a JSON Pointer, as JSON Schema
 * validators report), "details.permanentAddress.street" or "captcha.answer". Each becomes the
 * same name, so the message shows at the field instead of being dropped:
 *   "phone", "permanentAddress.street", "captcha".
 */
export function fieldNameOf(named: string): string {
  const path = named.startsWith('/') ? named.slice(1).split('/') : named.split('.');
  if (path[0] === 'details' && path.length > 1) path.shift();
  // The captcha is one field to the person, whichever of its parts the backend found wrong.
  if (path[0] === 'captcha') return 'captcha';
  return path.join('.');
}
