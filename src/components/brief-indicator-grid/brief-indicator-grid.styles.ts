import { css } from 'lit';

export default css`
  :host {
    --grid-gap: 1em;
    --grid-min-column: 16.5em;
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
    display: grid;
    gap: 0.15em;
  }

  .summary__line {
    margin: 0;
    font-weight: 700;
  }

  .summary__label,
  .summary__by {
    color: var(--_muted);
    font-weight: 400;
  }

  /* Rows of equal height: a row of cards reads as one. */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--grid-min-column)), 1fr));
    grid-auto-rows: 1fr;
    gap: var(--grid-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .grid > brief-indicator-card {
    min-width: 0;
  }

  /* In a large grid, cards off screen skip layout and paint until they scroll near: a grid
     of a thousand renders as fast as the few a reader sees. They stay in the accessibility
     tree. A brief's few cards are always drawn, so a full-page capture shows each one. */
  .grid--large {
    grid-auto-rows: auto;
  }

  .grid--large > brief-indicator-card {
    content-visibility: auto;
    contain-intrinsic-size: auto 22em;
  }

  .grid > brief-indicator-card:focus-visible {
    outline-offset: 2px;
    border-radius: var(--_radius);
  }

  .more-row {
    display: flex;
    justify-content: center;
  }

  @media print {
    .more-row {
      display: none;
    }
    .grid {
      grid-auto-rows: auto;
    }
    .grid > brief-indicator-card {
      break-inside: avoid;
    }
  }
`;
