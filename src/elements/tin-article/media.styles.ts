import { css } from 'lit';

/** Players in the body and the attachments: a fixed 16:9 box for embeds, media as wide as the column. */
export const mediaStyles = css`
  .embed {
    position: relative;
    aspect-ratio: 16 / 9;
    margin: 1em 0;
    background: var(--_skeleton);
  }
  .embed iframe {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border: 0;
  }
  :is(.body, .attachments) :is(video, audio) {
    display: block;
    width: 100%;
    margin: 0.5em 0;
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
