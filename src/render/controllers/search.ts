/**
 * The text typed in a list's or grid's search box, and the search itself (render/search.ts, a
 * chunk that only searchable elements load: `loadSearch()` before their first render). A new
 * query starts paging over, so "Xem thêm" never hides the first matches.
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Article } from '../../feed/model.js';
import type { MoreController } from './more.js';

type Search = typeof import('../search.js');

let search: Search | undefined;
let searchLoading: Promise<void> | undefined;

/** Loads the search; undefined once it is there (or given up on: then no box is shown). */
export function loadSearch(): Promise<void> | undefined {
  if (search) return undefined;
  return (searchLoading ??= import('../search.js').then(
    (module) => void (search = module),
    () => void (search = { matcher: () => undefined, searchBox: () => nothing } as unknown as Search),
  ));
}

export class SearchQuery {
  query = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pager: MoreController,
  ) {}

  /** The search box's input handler. */
  readonly onSearch = (query: string): void => {
    this.query = query;
    this.pager.reset();
    this.host.requestUpdate();
  };

  /** The test each article must pass for the current query, if any. */
  matches(): ((article: Article) => boolean) | undefined {
    return this.query.trim() ? search?.matcher(this.query) : undefined;
  }

  /** The search box with how many of the articles match. */
  box(count: number): TemplateResult | typeof nothing {
    return search ? search.searchBox(this.query, count, this.onSearch) : nothing;
  }
}
