/**
 * Parses untrusted HTML into an inert document (DOMParser: nothing in it loads or runs), for
 * reading text and attributes out of feed markup. Under `require-trusted-types-for 'script'` even
 * DOMParser needs TrustedHTML, so this module owns the library's only Trusted Types policy,
 * `tin-widgets`, and never lets its output reach a live document.
 */

interface Policy {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createHTML: (input: string) => string; createScript: (input: string) => string },
  ): Policy;
}

let policy: Policy | null | undefined;

/** The library's Trusted Types policy (null where the page has no Trusted Types, or a second copy owns the name). */
export function trustedPolicy(): Policy | null {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    try {
      policy = tt
        ? tt.createPolicy('tin-widgets', {
            // Only ever handed to DOMParser (inert): parseInertHtml below, parseInertXml (xml-repair.ts).
            createHTML: (input) => input,
            // Only JSON-LD data blocks (render/json-ld.ts), which browsers never execute; anything else is refused.
            createScript: (input) => (JSON.parse(input), input),
          })
        : null;
    } catch {
      // A second copy of the library on the page already owns the name; CSP forbids a duplicate.
      policy = null;
    }
  }
  return policy;
}

const toTrustedHtml = (html: string) => (trustedPolicy()?.createHTML(html) ?? html) as string;

/**
 * Parses markup as it is, once: no text surgery before the parse, so every attribute value and
 * text node reaches the structural clean-up exactly as the feed wrote it. Inline `style` and `on*`
 * attributes in an inert document never run; Chromium still reports each one as a CSP violation
 * on a strict page (a documented browser limitation, tested in test/integration/csp.test.ts), and
 * the sanitiser drops them before anything joins the page.
 */
export function parseInertHtml(html: string): Document {
  try {
    return new DOMParser().parseFromString(toTrustedHtml(html), 'text/html');
  } catch {
    // Trusted Types blocked the parse (no policy available): nothing of the markup is read as HTML.
    const doc = document.implementation.createHTMLDocument('');
    doc.body.textContent = html;
    return doc;
  }
}
