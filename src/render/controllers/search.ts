/**
 * The text typed in a list's or grid's search box. A new query starts paging over, so "Xem thêm"
 * never hides the first matches.
 */
import type { ReactiveControllerHost } from 'lit';
import type { MoreController } from './more.js';

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
}
