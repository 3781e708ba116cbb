/**
 * The text typed in a list's or grid's search box, and the search itself (render/search.ts, a
 * chunk that only searchable elements load: `loadSearch()` before their first render). A new
 * query starts paging over, so "Xem thêm" never hides the first matches.
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Article } from '../../feed/model.js';
import type { Locale } from '../../i18n/locale.js';
import { lazyModule } from '../../internal/lazy-module.js';
import { emptyState } from '../templates/states.js';
import type { MoreController } from './more.js';

type Search = typeof import('../search.js');

// Without its chunk there is no search box: the list still shows every article.
const search = lazyModule<Search>(() => import('../search.js'), {
  matcher: () => undefined,
  searchBox: () => nothing,
} as unknown as Search);

/** Loads the search; undefined once it is there. */
export const loadSearch = search.load;

export class SearchQuery {
  query = '';

  /** `restart`: what else a new query starts over (numbered pages go back to the first). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pager: MoreController,
    private readonly restart?: () => void,
  ) {}

  /** The search box's input handler. */
  readonly onSearch = (query: string): void => {
    this.query = query;
    this.pager.reset();
    this.restart?.();
    this.host.requestUpdate();
  };

  /** The test each article must pass for the current query, if any. */
  matches(): ((article: Article) => boolean) | undefined {
    return this.query.trim() ? search.get()?.matcher(this.query) : undefined;
  }

  /**
   * The search box with how many of the articles match, worded in `locale`; while loading
   * (`count` undefined) the box alone, so it already holds its place and takes what is typed.
   */
  box(count: number | undefined, locale: Locale): TemplateResult | typeof nothing {
    return search.get()?.searchBox(this.query, count, locale, this.onSearch) ?? nothing;
  }

  /** What shows when no article is left: "no news yet", unless a search's result line already said so. */
  empty(): TemplateResult | typeof nothing {
    return this.query.trim() ? nothing : emptyState();
  }
}
