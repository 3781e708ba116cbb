/**
 * `paging="pages"`: numbered pages instead of "Xem thêm". Their code (render/paging.ts) is a lazy
 * chunk that only elements asking for pages load, before the render that needs it; without it
 * (its download failed) the element keeps "Xem thêm".
 */
import type { ReactiveController } from 'lit';
import { lazyModule } from '../../internal/lazy-module.js';
import type { MoreController } from './more.js';
import type { PagedHost, Pager } from '../paging.js';

const chunk = lazyModule<typeof import('../paging.js') | null>(() => import('../paging.js'), null);

export class PagingChoice implements ReactiveController {
  /** The pager when the element shows numbered pages. */
  pages: Pager | undefined;
  private made: Pager | undefined;

  constructor(
    private readonly host: PagedHost & { paging?: unknown },
    private readonly more: MoreController,
  ) {
    host.addController(this);
  }

  /** The chunk the next render needs; undefined when it is there or not asked for. */
  load(): Promise<void> | undefined {
    return this.host.paging === 'pages' ? chunk.load() : undefined;
  }

  // Before the render, where a pager's first reading of the URL joins the update under way.
  hostUpdate(): void {
    const paging = this.host.paging === 'pages' ? chunk.get() : undefined;
    if (paging) this.made ??= new paging.Pager(this.host, this.more);
    this.pages = paging ? this.made : undefined;
  }
}
