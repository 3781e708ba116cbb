/**
 * `loading="lazy"`: tells an element when it comes near the viewport, so its feed is fetched only
 * then. One observer serves the page; it is made for the first element that waits and
 * disconnected when none is left waiting.
 */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function forget(el: Element): void {
  if (waiting.delete(el)) observer?.unobserve(el);
  if (!waiting.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Calls `near` once, when `el` comes within a screen's height of the viewport (at once where
 * there is no IntersectionObserver: a server render, an old browser); returns what cancels it.
 */
export function whenNear(el: Element, near: () => void): () => void {
  if (typeof IntersectionObserver !== 'function') {
    near();
    return () => {};
  }
  // A screen ahead: the feed has time to arrive before the visitor scrolls to it.
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const { isIntersecting, target } of entries) {
        const callback = waiting.get(target);
        if (!isIntersecting || !callback) continue;
        forget(target);
        callback();
      }
    },
    { rootMargin: '100% 0px' },
  );
  waiting.set(el, near);
  observer.observe(el);
  return () => forget(el);
}
