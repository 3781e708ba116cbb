import { defineElement } from '../../define-element.js';
import { TinList } from './tin-list.js';

defineElement('tin-list', TinList);

declare global {
  interface HTMLElementTagNameMap {
    'tin-list': TinList;
  }
}
