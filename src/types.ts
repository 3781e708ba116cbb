/**
 * `tin-widgets/types`: the typings alone, for a page that loads the CDN script (or registers the
 * tags some other way) and takes its types from npm. `HTMLElementTagNameMap` gets the four tags,
 * `HTMLElementEventMap` the three events; nothing here runs or registers anything.
 */
export type {} from './tag-names.js';
export type * from './index.js';
