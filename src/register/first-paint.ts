/**
 * The longest the first paint waits for the page's language. On a connection so slow that the
 * messages take longer, the person gets the widget in Vietnamese (its lang and requests saying so)
 * and it switches when they arrive: a box that stays blank would be worse. An object, so a test can
 * set the wait it needs instead of racing a busy machine's clock.
 */
export const firstPaint = { holdMs: 3000 };
