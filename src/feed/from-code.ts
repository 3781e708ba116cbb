/**
 * Data handed to an element by code (the `article`, `articles` and `feed` properties, a React or
 * Vue binding) brought to the model's invariants, as the parsers bring feed text: TypeScript's
 * types do not exist at run time, so a `url` may be `javascript:…`, a title a number, `tags` a
 * string. Every URL passes the scheme allow-list (relative ones resolve against the page, where
 * the code that wrote them lives), text becomes a string, lists become arrays, dates valid
 * instants; what cannot be read is dropped. Data already in shape comes back as the very same
 * object (a `tin-select` listener gets the article it gave), else as a checked copy; either way
 * cached per input object, so an element given the same object twice renders nothing again.
 * An object changed in place after it was set is not checked again (set a new object, as
 * frameworks do); what such a change can do is bounded anyway: every URL is checked again at
 * render time (render/urls.ts), and a render that throws is caught by the element.
 */
import { imageSource } from './image-sources.js';
import {
  type Article,
  type Attachment,
  type Author,
  type Feed,
  type ImageSource,
  isNormalized,
  markNormalized,
} from './model.js';
import { languageTag } from './text.js';
import { safeUrl } from './urls.js';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;

const pageBase = (): string | undefined => globalThis.document?.baseURI;

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function date(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value : undefined;
  const instant = typeof value === 'string' || typeof value === 'number' ? new Date(value).getTime() : NaN;
  return Number.isFinite(instant) ? new Date(instant) : undefined;
}

/** An allowed URL: as given when it is absolute already, else resolved against the page. */
function url(value: unknown, base: string | undefined, use: 'link' | 'resource'): string | undefined {
  const safe = safeUrl(value, base, use);
  return safe && safeUrl(value, undefined, use) ? (value as string) : safe;
}

const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const number = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

/** `original` when `copy` differs from it in nothing (so code keeps its own objects), else `copy`. */
function settle<T extends object>(copy: T, original: unknown): T {
  const same = (value: unknown, given: unknown): boolean =>
    value === given ||
    (Array.isArray(value) &&
      Array.isArray(given) &&
      value.length === given.length &&
      value.every((item, i) => item === given[i]));
  return isObject(original) && Object.entries(copy).every(([key, value]) => same(value, original[key]))
    ? (original as T)
    : copy;
}

function author(value: unknown, base: string | undefined): Author | undefined {
  if (typeof value === 'string') return value ? { name: value } : undefined;
  if (!isObject(value)) return undefined;
  const result = settle(
    { name: text(value['name']), url: url(value['url'], base, 'link'), avatar: url(value['avatar'], base, 'resource') },
    value,
  );
  return result.name || result.url ? result : undefined;
}

function attachment(value: unknown, base: string | undefined): Attachment | undefined {
  if (!isObject(value)) return undefined;
  const href = url(value['url'], base, 'resource');
  if (!href) return undefined;
  const copy: Attachment = {
    url: href,
    mimeType: text(value['mimeType']) ?? 'application/octet-stream',
    title: text(value['title']),
    sizeInBytes: number(value['sizeInBytes']),
    durationInSeconds: number(value['durationInSeconds']),
  };
  return settle(copy, value);
}

function imageSourceOf(value: unknown, base: string | undefined): ImageSource | undefined {
  if (!isObject(value)) return undefined;
  const checked = imageSource(value['url'], value['width'], value['mimeType'], base);
  return checked && settle({ ...checked, url: url(value['url'], base, 'resource') ?? checked.url }, value);
}

const present = <T>(value: T | undefined): value is T => value !== undefined;
const nonEmpty = <T>(items: T[]): T[] | undefined => (items.length ? items : undefined);

function readArticle(value: Loose, base: string | undefined): Article {
  const copy: Article = {
    id: text(value['id']) ?? '',
    url: url(value['url'], base, 'link'),
    externalUrl: url(value['externalUrl'], base, 'link'),
    title: text(value['title']) ?? '',
    summary: text(value['summary']),
    // Raw HTML, as from a feed: it reaches the page only through the sanitiser.
    contentHtml: typeof value['contentHtml'] === 'string' ? value['contentHtml'] : undefined,
    contentText: text(value['contentText']),
    image: url(value['image'], base, 'resource'),
    imageSources: nonEmpty(
      list(value['imageSources'])
        .map((s) => imageSourceOf(s, base))
        .filter(present),
    ),
    bannerImage: url(value['bannerImage'], base, 'resource'),
    published: date(value['published']),
    modified: date(value['modified']),
    authors: list(value['authors'])
      .map((a) => author(a, base))
      .filter(present),
    tags: list(value['tags']).map(text).filter(present),
    language: languageTag(value['language']),
    attachments: list(value['attachments'])
      .map((a) => attachment(a, base))
      .filter(present),
  };
  return settle(copy, value);
}

const articles = new WeakMap<object, Article>();
const lists = new WeakMap<object, readonly Article[]>();
const feeds = new WeakMap<object, Feed>();

/** An article set by code, made safe to render; `undefined` for anything that is not an object. */
export function articleFromCode(value: unknown): Article | undefined {
  if (!isObject(value)) return undefined;
  if (isNormalized(value)) return value as unknown as Article;
  let article = articles.get(value);
  if (!article) articles.set(value, (article = markNormalized(readArticle(value, pageBase()))));
  return article;
}

/** A list of articles set by code; entries that are not objects are left out. */
export function articlesFromCode(value: unknown): readonly Article[] | undefined {
  if (!Array.isArray(value)) return undefined;
  let result = lists.get(value);
  if (!result) lists.set(value, (result = settle(value.map(articleFromCode).filter(present), value)));
  return result;
}

/** A feed set by code. One the library's own parsers produced is already in shape and passes as it is. */
export function feedFromCode(value: unknown): Feed | undefined {
  if (!isObject(value)) return undefined;
  if (isNormalized(value)) return value as unknown as Feed;
  let feed = feeds.get(value);
  if (!feed) {
    const base = pageBase();
    feeds.set(
      value,
      (feed = markNormalized(
        settle<Feed>(
          {
            title: text(value['title']) ?? '',
            description: text(value['description']),
            homePageUrl: url(value['homePageUrl'], base, 'link'),
            feedUrl: url(value['feedUrl'], base, 'resource'),
            nextUrl: url(value['nextUrl'], base, 'resource'),
            language: languageTag(value['language']),
            icon: url(value['icon'], base, 'resource'),
            favicon: url(value['favicon'], base, 'resource'),
            authors: list(value['authors'])
              .map((a) => author(a, base))
              .filter(present),
            items: articlesFromCode(value['items']) ?? [],
          },
          value,
        ),
      )),
    );
  }
  return feed;
}

const wrapped = new WeakMap<object, Feed>();

/** A list of articles set by code, as a feed without a title (what an element's source holds). */
export function feedFromArticles(value: unknown): Feed | undefined {
  const items = articlesFromCode(value);
  if (!items) return undefined;
  let feed = wrapped.get(items);
  if (!feed) wrapped.set(items, (feed = markNormalized({ title: '', authors: [], items })));
  return feed;
}
