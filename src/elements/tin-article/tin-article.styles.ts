import { css } from 'lit';

export const articleStyles = css`
  :host {
    --_scale: 1;
  }
  .article {
    max-width: var(--tin-article-width, 48em);
    /* A+ / A− scale everything the reader reads: title, date line, sapo, body, attachments. */
    font-size: calc(1em * var(--_scale));
    /* Feed text decides nothing about the page's width: a 300-character URL, tag or file name
       wraps inside the column instead of widening a phone's page. */
    overflow-wrap: anywhere;
  }
  .title {
    margin: 0 0 0.4em;
    font-size: 1.6em;
    line-height: 1.35;
    font-weight: 700;
    color: var(--tin-title-color, inherit);
    overflow-wrap: anywhere;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0 0 1em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .source {
    font-weight: 600;
    color: var(--_accent);
  }
  .summary {
    margin: 0 0 1em;
    font-weight: 700;
    font-size: 1.05em;
    line-height: 1.6;
  }
  /* The photo's frame is laid out before the photo arrives (the feed gives no size): the image
     ratio's box, the photo shown whole inside it, never enlarged, so the body below never moves. */
  .lead-image {
    margin: 0 0 1.25em;
    aspect-ratio: var(--_ratio);
  }
  .lead-image img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: scale-down;
    border-radius: calc(var(--_radius) / 2);
  }
  .body {
    font-size: 1.05em;
    line-height: var(--tin-body-line-height, 1.75);
  }
  .body pre {
    max-width: 100%;
    overflow-x: auto;
    overflow-wrap: normal;
  }
  .body > :first-child {
    margin-top: 0;
  }
  .body p {
    margin: 0 0 0.9em;
    text-align: var(--tin-body-align, justify);
    hyphens: manual;
  }
  @media (max-width: 40em) {
    /* Justified Vietnamese on a phone opens rivers between the short syllables. */
    .body p {
      text-align: var(--tin-body-align-narrow, start);
    }
  }
  .body a {
    color: var(--_accent);
    text-decoration: underline;
  }
  .body img {
    display: block;
    max-width: 100%;
    /* width/height attributes give the aspect ratio; the column caps the size. */
    height: auto;
    margin: 0.5em auto;
    border-radius: calc(var(--_radius) / 2);
  }
  .body figure {
    margin: 1em 0;
  }
  .body figcaption {
    margin-top: 0.35em;
    font-size: 0.88em;
    font-style: italic;
    text-align: center;
    color: var(--_muted);
  }
  .body blockquote {
    margin: 1em 0;
    padding: 0.25em 1em;
    border-inline-start: 4px solid var(--_border);
    color: var(--_muted);
  }
  .body :is(h2, h3, h4, h5, h6) {
    margin: 1.2em 0 0.5em;
    line-height: 1.4;
  }
  .body .table-wrap {
    overflow-x: auto;
    margin: 1em 0;
  }
  .body table {
    border-collapse: collapse;
    min-width: 60%;
    /* Cells keep their words whole: a wide table scrolls in its wrapper rather than being
       squeezed to a letter per line. */
    overflow-wrap: normal;
  }
  .body :is(th, td) {
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .body th {
    background: var(--_skeleton);
  }
  .authors {
    margin: 1em 0;
    font-weight: 700;
    text-align: end;
  }
  /* "Từ khóa:" then the tags, as portals write them. */
  .tags-line,
  .tags {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.4em;
  }
  .tags-line {
    margin: 1em 0;
    font-size: 0.88em;
  }
  .tags-label {
    font-weight: 600;
  }
  .tags {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    padding: 0.15em 0.7em;
    border: 1px solid var(--_border);
    /* A pill on one line; a sane rounded box if a feed's tag runs to several. */
    border-radius: 1em;
    color: var(--_muted);
  }
  .attachments {
    margin: 1.25em 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .attachments-heading {
    margin: 0 0 0.4em;
    font-weight: 700;
    font-size: 1em;
  }
  .attachments ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .attachments li {
    padding: 0.3em 0;
  }
  .attachments a {
    color: var(--_accent);
    text-decoration: underline;
  }
  .file-meta {
    margin-inline-start: 0.4em;
    font-size: 0.88em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    margin: 0 0 1em;
    padding: 0.4em 0;
    border-block: 1px solid var(--_border);
    /* The bar itself keeps its size, so A+ does not move out from under the finger. */
    font-size: calc(1em / var(--_scale));
  }
  .tools .button {
    min-height: 2.25em;
    padding: 0.25em 0.7em;
    font-size: 0.85em;
  }
  .tools .spacer {
    flex: 1;
  }
  .related,
  .other,
  .adjacent {
    display: block;
    max-width: var(--tin-article-width, 48em);
    margin-top: 2em;
  }
  .adjacent {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  /* Side by side while each has 16em; stacked, full width, on a phone. */
  .adjacent-link {
    flex: 1 1 16em;
    /* A title of one 300-character word wraps inside the link instead of widening the page. */
    min-width: 0;
    overflow-wrap: anywhere;
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    padding: 0.6em 0.85em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    color: inherit;
    text-decoration: none;
  }
  .adjacent-link.next {
    text-align: end;
  }
  .adjacent-label {
    font-size: 0.88em;
    color: var(--_muted);
  }
  .adjacent-title {
    font-weight: 600;
  }
  .adjacent-link:hover .adjacent-title {
    color: var(--_accent);
    text-decoration: underline;
  }
  .adjacent-link:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .address {
    display: none;
  }
  /* Loading, the article holds at least a screen: what follows it on the page stays out of view
     until the article is drawn, rather than showing under a short skeleton and being pushed away
     by the article (a layout shift wherever the feed answers after the code). */
  .article.skeleton {
    min-height: 100vh;
  }
  .skeleton-body p {
    height: 1em;
    margin: 0 0 0.8em;
    background: var(--_skeleton);
    border-radius: 0.25em;
  }
  /* Every fourth line ends a paragraph, so the skeleton reads as text. */
  .skeleton-body p:nth-child(4n) {
    width: 62%;
  }
  @media print {
    /* An attachment's player prints as an empty control: its link names the file on paper. */
    .tools,
    .adjacent,
    .related,
    .other,
    .attachments audio,
    .attachments video {
      display: none !important;
    }
    .article {
      max-width: none;
      color: #000;
    }
    .title,
    .lead-image {
      break-after: avoid;
      break-inside: avoid;
    }
    .address {
      display: block;
      margin-top: 1em;
      font-size: 0.85em;
    }
    .body a::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;
