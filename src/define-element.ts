/**
 * Registers a tag unless it already is: a portal may load the script twice, or two copies of
 * the library (CDN + a bundle); the second definition is skipped instead of throwing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
