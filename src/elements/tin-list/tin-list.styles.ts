import { css } from 'lit';

export const listStyles = css`
  .heading {
    margin: 0 0 0.5em;
    padding-bottom: 0.35em;
    font-size: 1.1em;
    font-weight: 700;
    text-transform: var(--tin-heading-transform, none);
    color: var(--tin-heading-color, var(--_accent));
    border-bottom: 2px solid var(--tin-heading-border, var(--_accent));
  }
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    position: relative;
    padding: 0.45em 0 0.45em 1.1em;
    border-bottom: 1px dotted var(--_border);
    overflow-wrap: anywhere;
  }
  .item::before {
    /* The portals' bullet, drawn so it inherits the accent colour and survives forced colours. */
    content: '';
    position: absolute;
    left: 0.2em;
    top: 1.05em;
    width: 0.35em;
    height: 0.35em;
    background: var(--_accent);
    border-radius: 50%;
  }
  :is(.skeleton, .reserve) .item {
    /* One line per placeholder: the commonest height of a real item. Its unwrapped text must not
       widen the page's column (a grid's 1fr track on a phone) while it waits, as a lazy list may. */
    white-space: nowrap;
    overflow: hidden;
    text-overflow: clip;
    contain: inline-size;
  }
  .item:last-child {
    border-bottom: 0;
  }
  .item-date {
    margin-inline-start: 0.3em;
    font-size: 0.9em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .source {
    display: block;
    margin-top: 0.15em;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_accent);
  }
  .item-date time {
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .item::before {
      background: CanvasText;
    }
  }
`;
