import { defineElement } from '../../define-element.js';
import '../tin-list/define.js';
import { TinArticle } from './tin-article.js';

defineElement('tin-article', TinArticle);

declare global {
  interface HTMLElementTagNameMap {
    'tin-article': TinArticle;
  }
}
