import { defineElement } from '../../define-element.js';
import { TinList } from './tin-list.js';

defineElement('tin-list', TinList);

// The tag map (types only), so importing this module types document.querySelector('tin-…').
export type {} from '../../tag-names.js';
