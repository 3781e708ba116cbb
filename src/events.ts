/**
 * Typed events. Every event bubbles and is composed, so a listener on `document` hears elements
 * nested in other elements' shadow roots.
 */
import type { Article, Feed, FeedErrorKind } from './feed/model.js';

export interface TinLoadDetail {
  readonly feed: Feed;
  /** The absolute feed URL. */
  readonly url: string;
}

/** A feed was loaded (or reloaded with changes) and is shown. */
export class TinLoadEvent extends CustomEvent<TinLoadDetail> {
  static readonly type = 'tin-load';
  constructor(detail: TinLoadDetail) {
    super(TinLoadEvent.type, { detail, bubbles: true, composed: true });
  }
}

export interface TinErrorDetail {
  readonly kind: FeedErrorKind;
  /** HTTP status, when the server answered with an error. */
  readonly status?: number;
  readonly url: string;
  /** Technical message for the console; the element shows its own localised text. */
  readonly message: string;
  /** True when older content stays on screen (a failed refresh). */
  readonly stale: boolean;
}

/** A feed could not be loaded or read. */
export class TinErrorEvent extends CustomEvent<TinErrorDetail> {
  static readonly type = 'tin-error';
  constructor(detail: TinErrorDetail) {
    super(TinErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}

export interface TinSelectDetail {
  readonly article: Article;
}

/** An article is about to open. Cancel it (`preventDefault()`) to route to your own page instead. */
export class TinSelectEvent extends CustomEvent<TinSelectDetail> {
  static readonly type = 'tin-select';
  constructor(detail: TinSelectDetail) {
    super(TinSelectEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'tin-load': TinLoadEvent;
    'tin-error': TinErrorEvent;
    'tin-select': TinSelectEvent;
  }
}
