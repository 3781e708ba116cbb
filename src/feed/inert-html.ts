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
 * Parses markup as it is, once: no text surgery before the parse, so every attribute value and
 * text node reaches the structural clean-up exactly as the feed wrote it. Inline `style` and `on*`
 * attributes in an inert document neither run nor count as CSP violations (the CSP test page checks
 * this in every engine); the sanitiser drops them before anything joins the page.
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

/**
 * Parses feed XML (RSS, Atom) into an inert XML document. Not stripped like HTML: CDATA must stay
 * byte for byte, and XML documents run nothing and report no inline-attribute violations.
 */
export function parseInertXml(xml: string): Document {
  return new DOMParser().parseFromString(toTrustedHtml(xml), 'application/xml');
}
