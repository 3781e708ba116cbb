// Waits until every element has rendered its content (or error), opens the feed's first article,
// then reports what rendered and every violation to the test in the parent window.
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const shadow = (selector) => document.querySelector(selector)?.shadowRoot;

async function settle() {
  for (let i = 0; i < 200; i++) {
    const done =
      shadow('tin-card')?.querySelector('[part="link"]') &&
      shadow('tin-list')?.querySelector('[part="item"]') &&
      shadow('tin-article')?.querySelector('[part="body"] p') &&
      shadow('#purify')?.querySelector('[part="body"] p') &&
      shadow('tin-feed')?.querySelector('tin-card') &&
      document.querySelectorAll('tin-list')[1]?.shadowRoot?.querySelector('[part="error"]') &&
      document.querySelector('#rss')?.shadowRoot?.querySelector('[part="item"]');
    if (done) return true;
    await wait(25);
  }
  return false;
}

const settled = await settle();
const body = shadow('tin-article')?.querySelector('[part="body"]');
// The same body through DOMPurify, whatever the browser has: its Trusted Types policy in every engine.
const purified = shadow('#purify')?.querySelector('[part="body"]');
parent.postMessage(
  {
    type: 'csp-report',
    settled,
    bodyText: body?.textContent ?? '',
    bodyHasScript: !!body?.querySelector('script, [onerror], iframe'),
    purifiedText: purified?.textContent ?? '',
    purifiedHasScript: !!purified?.querySelector('script, [onerror], iframe'),
    rssItem: document.querySelector('#rss')?.shadowRoot?.querySelector('[part="item"]')?.textContent?.trim() ?? '',
    jsonLd: document.head.querySelectorAll('script[type="application/ld+json"]').length,
    xss: window.__xssRuns ?? [],
    violations: window.__violations,
    errors: window.__errors,
  },
  '*',
);
