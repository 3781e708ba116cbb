import { css } from 'lit';

export const cardStyles = css`
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    overflow: hidden;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    transition: box-shadow 0.15s ease;
  }
  .card:hover {
    box-shadow: var(--tin-shadow-hover, 0 2px 4px rgb(0 0 0 / 0.08), 0 8px 24px rgb(0 0 0 / 0.1));
  }
  .card:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .card:focus-within .title a:focus-visible {
    outline: none;
  }
  .media {
    position: relative;
    flex: none;
    aspect-ratio: var(--_ratio);
    overflow: hidden;
    background: var(--_skeleton);
  }
  .image {
    display: block;
    width: 100%;
    height: 100%;
    max-width: none;
    object-fit: cover;
  }
  .placeholder {
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    color: var(--_muted);
    background: linear-gradient(135deg, var(--_skeleton), var(--_surface));
  }
  .placeholder svg {
    width: 24%;
    max-width: 4em;
    height: auto;
    opacity: 0.55;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    padding: 0.85em 1em 1em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .title {
    margin: 0;
    font-size: 1.08em;
    font-weight: 700;
    /* 1.55, and 1.75 once clamped (min() is 1 for any clamp, 0 without): the stacked marks (Ẩ, Ể,
       Ỗ) of the first line cut off rise up to 0.3em above its cap height, and must stay in its
       own, hidden, line box instead of showing under the last visible line. */
    --_title-lh: calc(1.55 + 0.2 * min(var(--tin-title-lines, 0), 1));
    line-height: var(--_title-lh);
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    /* A headline cut short changes its meaning: clamped only when a page asks for it. */
    -webkit-line-clamp: var(--tin-title-lines, none);
    overflow: hidden;
    /* Three lines (or the clamp; a grid may reserve more with --_title-reserve) reserved, and
       skeletons clamped to them: what data replaces keeps its height. */
    min-height: calc(var(--tin-title-lines, var(--_title-reserve, 3)) * var(--_title-lh) * 1em);
  }
  .skeleton .title {
    -webkit-line-clamp: var(--tin-title-lines, var(--_title-reserve, 3));
  }
  .title a::after {
    /* The whole card is the link's hit area; only the title is in the tab order and read out. */
    content: '';
    position: absolute;
    inset: 0;
  }
  .source {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_accent);
  }
  .date {
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  .summary {
    margin: 0;
    color: var(--_text);
    font-size: 0.95em;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--tin-summary-lines, 3);
    overflow: hidden;
    min-height: calc(var(--tin-summary-lines, 3) * 1.55em);
    line-height: 1.55;
  }
  :host([layout='horizontal']) .card {
    flex-direction: row;
  }
  :host([layout='horizontal']) .media {
    width: 38%;
    max-width: 16em;
    align-self: stretch;
    aspect-ratio: auto;
    min-height: 6.5em;
  }
  :host([layout='compact']) .card {
    box-shadow: none;
    border-width: 0 0 1px;
    border-radius: 0;
    background: transparent;
  }
  :host([layout='compact']) .body {
    padding: 0.6em 0;
    gap: 0.2em;
  }
  :host([layout='compact']) .title {
    font-size: 1em;
    font-weight: 600;
    min-height: 0;
  }
  @media print {
    /* A card cut by a page break leaves its title on one sheet and its summary on the next. */
    .card {
      break-inside: avoid;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .card {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;
