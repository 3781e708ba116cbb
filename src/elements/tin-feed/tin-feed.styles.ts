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
  /* On a phone, as portals do: the first story large, the rest as image-beside-title rows, so nine
     stories are not nine screens. Pure CSS on each card's position (skeletons included): nothing
     moves when the data arrives. */
  @media (max-width: 30em) {
    :host(:not([layout='horizontal'], [layout='compact'])) .grid {
      gap: 0.75em;
    }
    :host(:not([layout='horizontal'], [layout='compact'])) li:first-child tin-card::part(title) {
      font-size: 1.2em;
    }
    /* The large first story's headline runs to four lines on a phone more often than not: its
       place holds four, so the stories below do not move when it arrives. */
    :host(:not([layout='horizontal'], [layout='compact'])) li:first-child tin-card {
      --_title-reserve: 4;
    }
    :host(:not([layout='horizontal'], [layout='compact'])) li + li tin-card::part(card) {
      flex-direction: row;
    }
    :host(:not([layout='horizontal'], [layout='compact'])) li + li tin-card::part(media) {
      align-self: flex-start;
      width: 34%;
      max-width: 10em;
      margin: 0.85em 0 0.85em 0.85em;
      border-radius: calc(var(--_radius) / 2);
    }
    :host(:not([layout='horizontal'], [layout='compact'])) li + li tin-card::part(title) {
      font-size: 1em;
    }
    :host(:not([layout='horizontal'], [layout='compact'])) li + li tin-card::part(summary) {
      display: none;
    }
  }
`;
