import { defineElement } from '../../define-element.js';
import '../tin-list/define.js';
import { TinArticle } from './tin-article.js';

defineElement('tin-article', TinArticle);

// The tag map (types only), so importing this module types document.querySelector('tin-…').
export type {} from '../../tag-names.js';
