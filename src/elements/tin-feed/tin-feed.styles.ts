import { css } from 'lit';

export const feedStyles = css`
  :host {
    --_columns: 3;
    --_min-card: var(--tin-card-min-width, 15em);
    scroll-margin-top: var(--tin-scroll-margin, 1em);
  }
  .heading {
    margin: 0 0 0.75em;
    font-size: 1.3em;
    font-weight: 700;
    color: var(--tin-heading-color, inherit);
  }
  .grid {
    display: grid;
    /* At most --_columns columns, fewer when a column would drop below the minimum card width. */
    grid-template-columns: repeat(
      auto-fill,
      minmax(max(min(100%, var(--_min-card)), calc((100% - (var(--_columns) - 1) * var(--_gap)) / var(--_columns))), 1fr)
    );
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host([layout='horizontal']) .grid,
  :host([layout='compact']) .grid {
    --_min-card: var(--tin-card-min-width, 22em);
  }
  .grid > li {
    min-width: 0;
  }
  .grid tin-card {
    height: 100%;
  }
  .back {
    margin-bottom: 1em;
  }
`;
