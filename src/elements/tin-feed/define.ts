import { defineElement } from '../../define-element.js';
import '../tin-card/define.js';
import { TinFeed } from './tin-feed.js';

defineElement('tin-feed', TinFeed);

// The tag map (types only), so importing this module types document.querySelector('tin-…').
export type {} from '../../tag-names.js';
