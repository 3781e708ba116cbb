import { defineElement } from '../../define-element.js';
import { TinCard } from './tin-card.js';

defineElement('tin-card', TinCard);

declare global {
  interface HTMLElementTagNameMap {
    'tin-card': TinCard;
  }
}
