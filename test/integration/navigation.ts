/**
 * The hashes that the link navigations queued so far visit. Firefox follows a clicked link in a
 * later task (Chromium and WebKit during `click()`), so "the link was not followed" can only be
 * seen once such a navigation would have happened: a sentinel link is clicked after the one under
 * test and, link navigations being followed in order, every earlier one has landed when it has.
 */
export async function hashesVisitedByQueuedNavigations(): Promise<string[]> {
  const sentinel = document.createElement('a');
  sentinel.href = '#navigation-sentinel';
  if (location.hash === sentinel.hash) throw new Error('the page is at the sentinel hash already');
  const visited: string[] = [];
  let record!: (event: HashChangeEvent) => void;
  const arrived = new Promise<void>((resolve) => {
    record = (event) => {
      const hash = new URL(event.newURL).hash;
      if (hash === sentinel.hash) resolve();
      else visited.push(hash);
    };
  });
  addEventListener('hashchange', record);
  document.body.append(sentinel);
  try {
    sentinel.click();
    await arrived;
  } finally {
    removeEventListener('hashchange', record);
    sentinel.remove();
  }
  return visited;
}
