/**
 * Runs `run` once the browser has painted what is on the page now: a task after the next
 * animation frame. For work the person does not see at once (a request whose answer arrives
 * later anyway), so it does not hold back the frame that shows them the change they asked for.
 * A tab in the background paints no frames: there a short timer runs it instead.
 */
export function afterNextPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}
