import { defineElement } from '../../define-element.js';
import { TinCard } from './tin-card.js';

defineElement('tin-card', TinCard);

// The tag map (types only), so importing this module types document.querySelector('tin-…').
export type {} from '../../tag-names.js';
