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
  createPolicy(name: string, rules: { createHTML: (input: string) => string; createScript: (input: string) => string }): Policy;
}

let policy: Policy | null | undefined;

function getPolicy(): Policy | null {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    try {
      policy = tt
        ? tt.createPolicy('tin-widgets', {
            // Only ever handed to DOMParser (inert) by parseInertHtml below.
            createHTML: (input) => input,
            // Only JSON-LD data blocks, which browsers never execute; anything else is refused.
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

const toTrustedHtml = (html: string) => (getPolicy()?.createHTML(html) ?? html) as string;

/** Sets the text of a JSON data block (`<script type="application/ld+json">`) under Trusted Types. */
export function setJsonScriptText(script: HTMLScriptElement, json: string): void {
  script.text = (getPolicy()?.createScript(json) ?? json) as string;
}

/**
 * Drops inline `style`/`on*` attributes and `<style>`/`<link>` elements from markup before any
 * parse. Browsers never run them in an inert document, but Chrome still reports each one as a
 * CSP violation on a strict page, and a portal's CSP reports must stay clean. This is noise
 * reduction only: the sanitiser still inspects whatever comes out.
 */
export function stripInlineNoise(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?(?:<\/style\s*>|$)|<link\b[^>]*>/gi, '')
    .replace(/(<[a-zA-Z][^\s/>]*)((?:[\s/]+[^\s/>=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?)*)/g, (_match, tag: string, attributes: string) =>
      tag + attributes.replace(/[\s/]+(?:on[a-z]*|style)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/gi, ' '),
    );
}

export function parseInertHtml(html: string): Document {
  try {
    return new DOMParser().parseFromString(toTrustedHtml(stripInlineNoise(html)), 'text/html');
  } catch {
    // Trusted Types blocked the parse (no policy available): fall back to the markup as text.
    const doc = document.implementation.createHTMLDocument('');
    doc.body.textContent = html.replace(/<[^>]*>/g, ' ');
    return doc;
  }
}

/**
 * Parses feed XML (RSS, Atom) into an inert XML document. Not stripped like HTML: CDATA must stay
 * byte for byte, and XML documents run nothing and report no inline-attribute violations.
 */
export function parseInertXml(xml: string): Document {
  return new DOMParser().parseFromString(toTrustedHtml(xml), 'application/xml');
}
