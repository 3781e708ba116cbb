// The snippet builder's one source of truth: the choices become one description (tag, attributes,
// CSS), which the preview applies and the snippet writes out, so what is copied is what was seen.

export type Lang = 'vi' | 'en';

/** The builder's choices, as the form names them. */
export interface Choices {
  src: string;
  element: string;
  layout: string;
  limit: string;
  /** How many of the newest items to skip (a card then shows the one after them). */
  offset: string;
  /** Open article links in a new tab (`link-target="_blank"`). */
  newTab: boolean;
  /** The image for items without one (`fallback-image`). */
  fallbackImage: string;
  /** Fetch the feed only near the viewport (`loading="lazy"`). */
  lazy: boolean;
  /** "Gửi email" among an article's reader tools. */
  email: boolean;
  theme: string;
  accent: string;
  dark: boolean;
  /** The demo page's language: an English page previews (and writes) an English widget. */
  lang: Lang;
}

/** A page theme: custom properties and `::part` rules, written for one element. */
interface Theme {
  properties: readonly (readonly [string, string])[];
  parts?: readonly (readonly [string, string])[];
}

// The same values as the demo page's own .theme-red / .theme-blue (demo.css).
export const THEMES: Readonly<Record<string, Theme>> = {
  red: {
    properties: [
      ['--tin-accent', '#b3261e'],
      ['--tin-heading-color', '#fff'],
      ['--tin-heading-transform', 'uppercase'],
      ['--tin-border', '#ecd9b0'],
      ['--tin-radius', '4px'],
      ['--tin-surface', '#fffdf7'],
    ],
    parts: [
      [
        'heading',
        'padding: 6px 12px; background: linear-gradient(90deg, #b3261e, #d2452f); border-bottom: 3px solid #f6c544',
      ],
    ],
  },
  blue: {
    properties: [
      ['--tin-accent', '#0b5cad'],
      ['--tin-border', '#cfdff0'],
      ['--tin-radius', '10px'],
      ['--tin-surface', '#f7fbff'],
      ['--tin-shadow', '0 1px 3px rgb(11 92 173 / 0.12)'],
      ['--tin-font-family', "'Segoe UI', Roboto, Arial, sans-serif"],
    ],
  },
};

export const DEFAULT_ACCENT = '#b3261e';

/** The accent a theme starts from (the builder's colour field follows the theme chosen). */
export const accentOf = (theme: string) =>
  THEMES[theme]?.properties.find(([name]) => name === '--tin-accent')?.[1] ?? DEFAULT_ACCENT;

/** CSS giving the widgets `selector` matches `theme` (if any) and `accent` (if not the default). */
export function themeCss(theme: string, selector: string, accent = ''): string {
  const chosen = THEMES[theme];
  const properties = (chosen?.properties ?? []).filter(([name]) => name !== '--tin-accent');
  const color = accent || accentOf(theme);
  if (chosen || color !== DEFAULT_ACCENT) properties.unshift(['--tin-accent', color]);
  return [
    ...(properties.length ? [`${selector} {\n${properties.map(([n, v]) => `  ${n}: ${v};`).join('\n')}\n}`] : []),
    ...(chosen?.parts ?? []).map(
      ([part, body]) => `${selector}::part(${part}) {\n  ${body.split('; ').join(';\n  ')};\n}`,
    ),
  ].join('\n');
}
/** The class the snippet's CSS is scoped to, so it styles this widget and no other on the page. */
export const THEME_CLASS = 'tin-theme';

export interface Snippet {
  tag: string;
  attributes: [string, string][];
  /** A stylesheet for the widget, empty when it keeps the defaults. */
  css: string;
}

export function describe(choices: Choices, firstId: string | undefined): Snippet {
  const tag = ['tin-feed', 'tin-list', 'tin-card', 'tin-article'].includes(choices.element)
    ? choices.element
    : 'tin-feed';
  const attributes: [string, string][] = [['src', choices.src]];
  // A card without item-id shows the newest item (after offset): only an article needs an id.
  if (tag === 'tin-article') attributes.push(['item-id', firstId ?? '']);
  if ((tag === 'tin-card' || tag === 'tin-feed') && choices.layout && choices.layout !== 'vertical')
    attributes.push(['layout', choices.layout]);
  if (tag === 'tin-list' || tag === 'tin-feed') attributes.push(['limit', choices.limit || '6']);
  const offset = Math.floor(Number(choices.offset));
  if (tag !== 'tin-article' && offset > 0) attributes.push(['offset', String(offset)]);
  // <tin-feed> opens its articles in place: a new tab applies only to links routed elsewhere.
  if ((tag === 'tin-card' || tag === 'tin-list') && choices.newTab) attributes.push(['link-target', '_blank']);
  if ((tag === 'tin-card' || tag === 'tin-feed') && choices.fallbackImage.trim())
    attributes.push(['fallback-image', choices.fallbackImage.trim()]);
  if (tag === 'tin-article' && choices.email) attributes.push(['tools', 'font print share listen email']);
  if (choices.lazy) attributes.push(['loading', 'lazy']);
  if (choices.dark) attributes.push(['color-scheme', 'dark']);
  if (choices.lang === 'en') attributes.push(['lang', 'en']);

  const css = themeCss(choices.theme, `${tag}.${THEME_CLASS}`, choices.accent);
  if (css) attributes.push(['class', THEME_CLASS]);
  return { tag, attributes, css };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The text to paste into a page. */
export function snippetText({ tag, attributes, css }: Snippet, scriptUrl: string): string {
  const attributeText = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const style = css ? `<style>\n${css}\n</style>\n` : '';
  return `${style}<script src="${scriptUrl}" defer></script>\n<${tag}${attributeText}></${tag}>`;
}

/** The preview: the element the snippet describes, styled by the very CSS it writes. */
export function previewOf({ tag, attributes, css }: Snippet, sheet: CSSStyleSheet): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  // CSSOM, not a <style> element: the demo runs under a strict CSP too.
  sheet.replaceSync(css);
  if (!document.adoptedStyleSheets.includes(sheet))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return element;
}
