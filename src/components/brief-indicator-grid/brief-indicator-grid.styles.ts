import { css } from 'lit';

export default css`
  :host {
    --grid-gap: 1em;
    --grid-min-column: 17.5em;
    --grid-padding: 0.75em;
  }

  /* The grid paints its own surface: in the dark theme its text is light whatever the page is. */
  .base {
    display: grid;
    gap: var(--grid-gap);
    padding: var(--grid-padding);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .summary {
    margin: 0;
    font-weight: 700;
    font-size: 1.05em;
  }

  .summary__by {
    color: var(--_muted);
    font-weight: 400;
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--grid-min-column)), 1fr));
    gap: var(--grid-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Cards off screen skip layout and paint until they scroll near: a grid of a thousand
     renders as fast as the few a reader sees. They stay in the accessibility tree. */
  .grid__item {
    min-width: 0;
    content-visibility: auto;
    contain-intrinsic-size: auto 24em;
  }

  @media print {
    .grid {
      grid-template-columns: 1fr;
    }
  }
`;
