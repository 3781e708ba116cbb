/**
 * Styles every element shares: a reset against the host page (shadow DOM keeps the page's CSS
 * out, but inherited properties such as font-size and line-height still arrive), the design
 * tokens, colour schemes, and the loading / error / empty states. Sizes are in `em` so a portal
 * that sets a huge `html { font-size }` does not blow the widgets up twice.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_accent: var(--tin-accent, #b3261e);
    --_accent-contrast: var(--tin-accent-contrast, #ffffff);
    --_text: var(--tin-text, inherit);
    --_muted: var(--tin-muted, #5a5f66);
    --_surface: var(--tin-surface, #ffffff);
    --_border: var(--tin-border, #dde1e6);
    --_radius: var(--tin-radius, 0.5em);
    --_gap: var(--tin-gap, 1em);
    --_shadow: var(--tin-shadow, 0 1px 2px rgb(0 0 0 / 0.06), 0 2px 8px rgb(0 0 0 / 0.06));
    --_ratio: var(--tin-image-ratio, 16 / 9);
    --_skeleton: var(--tin-skeleton, #e8ebef);
    --_focus: var(--tin-focus, #1a5fb4);
    display: block;
    font-family: var(--tin-font-family, inherit);
    font-size: var(--tin-font-size, inherit);
    /* Stacked Vietnamese diacritics (ệ, ở, ữ) need room above the cap height. */
    line-height: var(--tin-line-height, 1.55);
    color: var(--_text);
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  :host([color-scheme='dark']) {
    --_text: var(--tin-text, #e8eaed);
    --_muted: var(--tin-muted, #b4b9c0);
    --_surface: var(--tin-surface, #1f2329);
    --_border: var(--tin-border, #3a4048);
    --_skeleton: var(--tin-skeleton, #2e343c);
    --_accent: var(--tin-accent, #ff8a80);
    --_accent-contrast: var(--tin-accent-contrast, #1f2329);
    --_focus: var(--tin-focus, #8ab4f8);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([color-scheme='auto']) {
      --_text: var(--tin-text, #e8eaed);
      --_muted: var(--tin-muted, #b4b9c0);
      --_surface: var(--tin-surface, #1f2329);
      --_border: var(--tin-border, #3a4048);
      --_skeleton: var(--tin-skeleton, #2e343c);
      --_accent: var(--tin-accent, #ff8a80);
      --_accent-contrast: var(--tin-accent-contrast, #1f2329);
      --_focus: var(--tin-focus, #8ab4f8);
      color-scheme: dark;
    }
  }
  /* Not "inherit": a host page's "* { box-sizing: content-box !important }" reaches :host. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: inherit;
    text-decoration: none;
  }
  a:hover {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  img {
    max-width: 100%;
    height: auto;
    border: 0;
  }
  time,
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.5em;
    padding: 0.4em 1em;
    font: inherit;
    font-size: 0.95em;
    line-height: 1.2;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .button:hover {
    color: var(--_accent-contrast);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .state {
    margin: 0;
    padding: 1em;
    border-radius: var(--_radius);
  }
  .state-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    color: var(--_text);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  .state-icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    color: var(--_accent);
  }
  .state-text {
    flex: 1 1 14em;
    margin: 0;
  }
  /* On the slotted nodes, not the slot: a fallback a framework adds later gets it too, none gets none. */
  .fallback::slotted(*) {
    margin-top: 0.75em;
  }
  .state-empty {
    color: var(--_muted);
    border: 1px dashed var(--_border);
    text-align: center;
  }
  .stale-note {
    margin: 0 0 0.5em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .footer {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5em;
    margin-top: 0.75em;
  }
  .search {
    display: flex;
    gap: 0.5em;
    margin-bottom: 0.75em;
  }
  .search input {
    flex: 1;
    min-width: 0;
    min-height: 2.5em;
    padding: 0.4em 0.75em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .count {
    margin: 0 0 0.5em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  /* Skeletons reuse the real markup with placeholder text, so nothing moves when data arrives.
     The text itself is visibility:hidden (not transparent), so no one reads or contrast-checks it;
     the box's colour is transparent so a line clamp's "…" of that hidden text is not drawn either. */
  .skeleton :is(.title, .summary, .date, .item-text) {
    color: transparent;
    background: var(--_skeleton);
    border-radius: 0.25em;
  }
  .skeleton .ph {
    visibility: hidden;
  }
  .skeleton .image {
    background: var(--_skeleton);
  }
  /* Loading, before the skeleton is due: the place is held, nothing is drawn. */
  .reserve {
    visibility: hidden;
  }
  .reserve .skeleton {
    animation: none;
  }
  .skeleton {
    pointer-events: none;
    user-select: none;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: tin-pulse 1.4s ease-in-out infinite;
    }
    @keyframes tin-pulse {
      50% {
        opacity: 0.55;
      }
    }
  }
  @media print {
    /* Paper cannot be pressed: "Xem thêm" and "Thử lại" would only be printed words. */
    .button {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .skeleton :is(.title, .summary, .date, .item-text) {
      border: 1px solid GrayText;
    }
    .state-error {
      border-color: CanvasText;
    }
    .button {
      border-color: ButtonText;
    }
  }
`;
