// The snippet builder's one source of truth: the choices become one description (tag, attributes,
// CSS, the no-JS fallback links), which the preview applies and the snippet writes out, so what is
// copied is what was seen.
import type { Article } from '../src/feed/model.js';
import { clampInt } from '../src/internal/clamp.js';
import { linkHref } from '../src/render/urls.js';
import { selectArticles } from '../src/render/select-articles.js';

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
  /** `show-source`: "" (the default: shown when `src` names several feeds), "true" or "false". */
  source?: string;
  /** Numbered pages (`paging="pages"`) for a list or a grid, instead of "Xem thêm". */
  paging?: boolean;
  /** How many "Tin liên quan" an open article lists (`related-count`; 0 hides them). */
  relatedCount?: string;
  /** Video hosts allowed besides YouTube and Vimeo (`embed-hosts`), space-separated. */
  embedHosts?: string;
  /** A proxy on the portal's own server for a feed from another site (`proxy="/proxy?url={url}"`). */
  proxy?: string;
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

/** One link of the fallback: the title as text, the link only when it passes the URL allow-list. */
export interface FallbackLink {
  title: string;
  href: string | undefined;
}

export interface Snippet {
  tag: string;
  attributes: [string, string][];
  /** A stylesheet for the widget, empty when it keeps the defaults. */
  css: string;
  /** The links written inside the element for crawlers, visitors without JavaScript and a dead feed. */
  fallback: FallbackLink[];
}

/** The script tag the snippet starts with: where the file is, and its SRI hash when known. */
export interface ScriptChoice {
  url: string;
  module?: boolean;
  integrity?: string | undefined;
}

/**
 * The articles the element will show first, as links: the same choice and order as the element
 * (`selectArticles`, past `offset`), `limit` of them for a list or grid, the first for a card (it
 * shows the newest), the one `item-id` names for an article.
 */
function fallbackOf(
  tag: string,
  articles: readonly Article[],
  limit: number,
  id: string | undefined,
  offset: number,
): FallbackLink[] {
  const shown =
    tag === 'tin-article'
      ? articles.filter((article) => article.id === id).slice(0, 1)
      : selectArticles(articles, { offset }).slice(0, tag === 'tin-card' ? 1 : limit);
  return shown.map((article) => {
    const href = linkHref(article.url ?? article.externalUrl);
    return { title: article.title || href || '', href };
  });
}

export function describe(choices: Choices, firstId: string | undefined, articles: readonly Article[] = []): Snippet {
  const tag = ['tin-feed', 'tin-list', 'tin-card', 'tin-article'].includes(choices.element)
    ? choices.element
    : 'tin-feed';
  // Several feeds are one space apart, however they were typed.
  const attributes: [string, string][] = [['src', choices.src.trim().split(/\s+/).join(' ')]];
  // A card without item-id shows the newest item (after offset): only an article needs an id.
  if (tag === 'tin-article') attributes.push(['item-id', firstId ?? '']);
  if ((tag === 'tin-card' || tag === 'tin-feed') && choices.layout && choices.layout !== 'vertical')
    attributes.push(['layout', choices.layout]);
  const limit = choices.limit || '6';
  if (tag === 'tin-list' || tag === 'tin-feed') attributes.push(['limit', limit]);
  if (choices.source === 'true' || choices.source === 'false') attributes.push(['show-source', choices.source]);
  if ((tag === 'tin-list' || tag === 'tin-feed') && choices.paging) attributes.push(['paging', 'pages']);
  const offset = Math.max(0, Math.floor(Number(choices.offset))) || 0;
  if (tag !== 'tin-article' && offset > 0) attributes.push(['offset', String(offset)]);
  // <tin-feed> opens its articles in place: a new tab applies only to links routed elsewhere.
  if ((tag === 'tin-card' || tag === 'tin-list') && choices.newTab) attributes.push(['link-target', '_blank']);
  if ((tag === 'tin-card' || tag === 'tin-feed') && choices.fallbackImage.trim())
    attributes.push(['fallback-image', choices.fallbackImage.trim()]);
  if (choices.proxy?.trim()) attributes.push(['proxy', choices.proxy.trim()]);
  // What an open article shows: in <tin-article>, and in <tin-feed> once a card is opened.
  if (tag === 'tin-article' || tag === 'tin-feed') {
    const related = choices.relatedCount?.trim() ?? '';
    if (/^\d+$/.test(related) && related !== '3') attributes.push(['related-count', String(Number(related))]);
    const hosts = (choices.embedHosts ?? '').trim().split(/\s+/).filter(Boolean).join(' ');
    if (hosts) attributes.push(['embed-hosts', hosts]);
  }
  if (tag === 'tin-article' && choices.email) attributes.push(['tools', 'font print share listen email']);
  if (choices.lazy) attributes.push(['loading', 'lazy']);
  if (choices.dark) attributes.push(['color-scheme', 'dark']);
  if (choices.lang === 'en') attributes.push(['lang', 'en']);

  const css = themeCss(choices.theme, `${tag}.${THEME_CLASS}`, choices.accent);
  if (css) attributes.push(['class', THEME_CLASS]);
  const count = clampInt(Number(limit), 1, Infinity, 6);
  return { tag, attributes, css, fallback: fallbackOf(tag, articles, count, firstId, offset) };
}

// Text and attribute values as HTML source: a title holding "<script>" is written as text.
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

const fallbackText = (links: readonly FallbackLink[]) =>
  links.length
    ? `\n  <ul>\n${links
        .map(({ title, href }) =>
          href
            ? `    <li><a href="${escapeAttribute(href)}">${escapeText(title)}</a></li>`
            : `    <li>${escapeText(title)}</li>`,
        )
        .join('\n')}\n  </ul>\n`
    : '';

/** The text to paste into a page. */
export function snippetText({ tag, attributes, css, fallback }: Snippet, script: ScriptChoice): string {
  const attributeText = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const style = css ? `<style>\n${css}\n</style>\n` : '';
  // A tag with `integrity` must ask for the file with CORS, or the browser cannot check the hash.
  const checked = script.integrity ? ` integrity="${escapeAttribute(script.integrity)}" crossorigin="anonymous"` : '';
  const scriptTag = script.module
    ? `<script type="module" src="${escapeAttribute(script.url)}"${checked}></script>`
    : `<script src="${escapeAttribute(script.url)}"${checked} defer></script>`;
  return `${style}${scriptTag}\n<${tag}${attributeText}>${fallbackText(fallback)}</${tag}>`;
}

/**
 * The preview: the element the snippet describes, styled by the very CSS it writes, with the same
 * fallback inside (built as nodes: the demo runs under Trusted Types, and titles stay text).
 */
export function previewOf({ tag, attributes, css, fallback }: Snippet, sheet: CSSStyleSheet): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  if (fallback.length) {
    const list = element.appendChild(document.createElement('ul'));
    for (const { title, href } of fallback) {
      const item = list.appendChild(document.createElement('li'));
      const target = href ? item.appendChild(document.createElement('a')) : item;
      if (href) target.setAttribute('href', href);
      target.append(title);
    }
  }
  // CSSOM, not a <style> element: the demo runs under a strict CSP too.
  sheet.replaceSync(css);
  if (!document.adoptedStyleSheets.includes(sheet))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return element;
}
