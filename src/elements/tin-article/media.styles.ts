import { css } from 'lit';

/** Players in the body and the attachments: embeds in a fixed 16:9 box, media as wide as the column. */
export const mediaStyles = css`
  iframe,
  video,
  audio {
    display: block;
    width: 100%;
    margin: 0.5em 0;
    border: 0;
  }
  iframe {
    aspect-ratio: 16 / 9;
    background: var(--_skeleton);
  }
  video {
    height: auto;
    max-height: 80vh;
    background: #000;
  }
  /* Before play (nothing preloaded) a video without width and height would be a 2:1 strip. */
  video:not([height]) {
    aspect-ratio: auto 16 / 9;
  }
`;
