import { defineElement } from '../../define-element.js';
import '../tin-card/define.js';
import { TinFeed } from './tin-feed.js';

defineElement('tin-feed', TinFeed);

declare global {
  interface HTMLElementTagNameMap {
    'tin-feed': TinFeed;
  }
}
