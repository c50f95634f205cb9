import { css } from 'lit';

/*
 * <brief-timeline>, part 1: the theme colours, the box, the controls and the horizontal
 * axis with its milestone chips. Part 2 (brief-timeline.list.styles.ts) styles the badges,
 * the vertical list, the paths and the detail panel.
 */

/** Category colours and the today marker in the dark palette; page values still win. */
const darkColours = css`
  --_today: var(--timeline-today-color, #ff9b8f);
  --_c0: var(--timeline-category-1, #7cb8ff);
  --_c1: var(--timeline-category-2, #ff9b8f);
  --_c2: var(--timeline-category-3, #6fdc8c);
  --_c3: var(--timeline-category-4, #f0c05a);
  --_c4: var(--timeline-category-5, #c9a6ff);
  --_c5: var(--timeline-category-6, #b6c2ce);
`;

export default css`
  :host {
    --_today: var(--timeline-today-color, #b0281f);
    --_c0: var(--timeline-category-1, #0a58a8);
    --_c1: var(--timeline-category-2, #b0281f);
    --_c2: var(--timeline-category-3, #1a7336);
    --_c3: var(--timeline-category-4, #8a5300);
    --_c4: var(--timeline-category-5, #6b3fa0);
    --_c5: var(--timeline-category-6, #4d5966);
  }

  :host([theme='dark']) {
    ${darkColours}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkColours}
    }
  }

  .cat-0 {
    --_cat: var(--_c0);
  }
  .cat-1 {
    --_cat: var(--_c1);
  }
  .cat-2 {
    --_cat: var(--_c2);
  }
  .cat-3 {
    --_cat: var(--_c3);
  }
  .cat-4 {
    --_cat: var(--_c4);
  }
  .cat-5 {
    --_cat: var(--_c5);
  }

  .timeline {
    display: grid;
    gap: 0.6em;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .timeline__title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }

  .muted {
    color: var(--_muted);
  }

  .status,
  .hint,
  .empty {
    margin: 0;
    color: var(--_muted);
    font-size: 0.85em;
  }

  /* Controls */

  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0.4em 0.75em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.9em;
  }

  .filter legend {
    padding: 0 0.25em;
    font-weight: 600;
  }

  .filter__option {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    cursor: pointer;
  }

  .filter__option input {
    margin: 0;
    accent-color: var(--_accent);
  }

  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    border-radius: 2px;
    background: var(--_cat);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .toolbar__group {
    display: inline-flex;
    gap: 0.25em;
  }

  .button {
    min-width: 2.2em;
  }

  .button--calendar {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }

  /* Horizontal axis */

  .plot {
    position: relative;
    overflow: hidden;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }

  .plot:active {
    cursor: grabbing;
  }

  .axis {
    position: absolute;
    inset: 0 auto auto 0;
    overflow: visible;
    pointer-events: none;
  }

  .axis__grid {
    stroke: var(--_border);
    stroke-width: 1;
    opacity: 0.6;
  }

  .axis__line,
  .axis__tick {
    stroke: var(--_text);
    stroke-width: 1.5;
  }

  .axis__label {
    fill: var(--_muted);
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
  }

  .today {
    stroke: var(--_today);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }

  .today__label {
    fill: var(--_today);
    font-size: 0.75em;
    font-weight: 700;
  }

  .branch {
    fill: none;
    stroke-width: 2;
  }

  .branch--realized {
    stroke: var(--_accent);
    stroke-width: 3;
  }

  .branch--not-realized {
    stroke: var(--_muted);
    stroke-dasharray: 7 5;
  }

  .branch--open {
    stroke: var(--_text);
    stroke-dasharray: 2 4;
  }

  .branch__point {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 2;
  }

  .chip,
  .cluster {
    position: absolute;
    margin: 0;
    font: inherit;
    color: var(--_text);
    cursor: pointer;
  }

  .chip {
    display: block;
    overflow: hidden;
    padding: 0.2em 0.45em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_cat);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface);
    font-size: 0.8em;
    line-height: 1.3;
    text-align: start;
  }

  .chip:hover,
  .chip:focus-visible,
  .chip[aria-expanded='true'] {
    z-index: 1;
    border-color: var(--_accent);
    border-inline-start-color: var(--_cat);
  }

  .chip__date,
  .chip__title {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .chip__date {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .chip__title {
    font-weight: 600;
  }

  .chip--upcoming {
    border-style: dashed;
    border-inline-start-style: solid;
  }

  .chip--not-realized {
    border-style: dashed;
    background: var(--_raised);
  }

  .chip--not-realized .chip__title {
    font-weight: 400;
  }

  .chip--open {
    border-style: dotted;
  }

  .chip--compact {
    padding: 0;
    border: 2px solid var(--_cat);
    border-radius: 50%;
    background: var(--_cat);
  }

  .chip--compact.chip--upcoming,
  .chip--compact.chip--not-realized,
  .chip--compact.chip--open {
    background: var(--_surface);
  }

  .chip--compact .chip__date,
  .chip--compact .chip__title {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }

  .cluster {
    height: 1.7em;
    padding: 0 0.3em;
    border: 1px dashed var(--_muted);
    border-radius: 999px;
    background: var(--_raised);
    font-size: 0.75em;
    font-weight: 600;
    white-space: nowrap;
  }

  .track__head {
    position: absolute;
    overflow: hidden;
    height: 2.5em;
    padding: 0 0.35em;
    background: var(--_surface);
    font-size: 0.8em;
    font-weight: 600;
    line-height: 2.5;
    white-space: nowrap;
    text-overflow: ellipsis;
    pointer-events: none;
  }

  @media (forced-colors: active) {
    .chip,
    .cluster,
    .timeline {
      border-color: CanvasText;
    }
    .chip--compact {
      background: CanvasText;
    }
    .chip--compact.chip--upcoming,
    .chip--compact.chip--not-realized,
    .chip--compact.chip--open {
      background: Canvas;
    }
    .axis__line,
    .axis__tick,
    .branch,
    .branch__point {
      stroke: CanvasText;
    }
    .axis__label,
    .today__label {
      fill: CanvasText;
    }
    .today {
      stroke: Highlight;
    }
    .swatch {
      border-color: CanvasText;
      background: CanvasText;
    }
    .chip:focus-visible {
      outline: 2px solid Highlight;
    }
  }

  @media print {
    .toolbar,
    .hint,
    .filter {
      display: none;
    }
  }
`;
