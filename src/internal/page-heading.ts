/**
 * The heading level one below the last heading before `element` (in its tree, else before the
 * host of the shadow root it sits in, and so on up), at most 6; 2 when there is none, as under
 * the page's title. So a widget pasted under an `<h1>` titles its items at level 2, under an
 * `<h2>` at level 3: an outline that never skips a level.
 */
export function levelBelowPage(element: Element): number {
  for (let node: Element | undefined = element; node;) {
    const root = node.getRootNode() as Document | ShadowRoot;
    let level = 0;
    // In document order: one query and one comparison per heading, once, when the element connects.
    for (const heading of root.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')) {
      // 4: DOCUMENT_POSITION_FOLLOWING, `node` comes after this heading.
      if (!(heading.compareDocumentPosition(node) & 4)) break;
      level = Number(heading.getAttribute('aria-level') ?? heading.localName[1]) || 2;
    }
    if (level) return Math.min(6, level + 1);
    // A document has no host: the walk ends there.
    node = (root as ShadowRoot).host;
  }
  return 2;
}
