/**
 * Runs `work` once, in a task after the browser has painted its next frame: a task queued from a
 * requestAnimationFrame callback runs once that frame is rendered, whereas a plain `setTimeout`
 * queued as an answer arrives often runs before the frame that shows the answer, and delays it.
 * A page that paints no frame (a background tab) runs it after `fallbackMs` instead; so does a
 * place without frames at all (a script in Node). The fallback timer is left to fire for nothing.
 */
export function afterNextPaint(work: () => void, fallbackMs = 250): void {
  let pending = true;
  const run = () => pending && ((pending = false), work());
  setTimeout(run, fallbackMs);
  if (typeof requestAnimationFrame == 'function') requestAnimationFrame(() => setTimeout(run));
}
