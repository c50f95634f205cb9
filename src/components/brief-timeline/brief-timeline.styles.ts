import { css } from 'lit';

/*
 * <brief-timeline>, part 1: the theme colours, the box, the controls, the overview strip
 * and the horizontal axis. Part 2 (brief-timeline.list.styles.ts) styles the badges, the
 * phases, their rows and paths and the detail panel; part 3 (brief-timeline.print.styles.ts)
 * the printed layout. Boxes placed in script get `--x`, `--y`, `--w`, `--h` (px) through
 * the CSSOM (place.ts), never a style attribute. The layout module sizes text with the
 * same font sizes: labels and path headers 0.8em, small print 0.75em.
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

  /* What the size controller observes: the host's content width, zero height. */
  .sizer {
    height: 0;
  }

  .timeline {
    display: grid;
    gap: 0.5em;
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
    font-size: 0.8em;
  }

  /* The keyboard hint shows while focus is inside, at the bottom, so it moves nothing. */
  .hint {
    display: none;
  }

  .timeline:focus-within .hint {
    display: block;
  }

  /* Controls: never broken inside a word (the host's overflow-wrap: anywhere stops here). */

  button {
    overflow-wrap: normal;
  }

  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;
    margin: 0;
    padding: 0.35em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.85em;
  }

  .filter legend {
    float: inline-start;
    margin-inline-end: 0.25em;
    padding: 0;
    font-weight: 600;
  }

  .filter__option {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    white-space: nowrap;
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
    white-space: nowrap;
  }

  .button--calendar {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
    white-space: normal;
    text-align: start;
  }

  .switch {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .switch__option {
    min-height: 2.25em;
    margin: 0;
    padding: 0.3em 0.8em;
    border: 0;
    background: var(--_raised);
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
    line-height: 1.3;
    white-space: nowrap;
    cursor: pointer;
  }

  .switch__option + .switch__option {
    border-inline-start: 1px solid var(--_border);
  }

  .switch__option[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 700;
  }

  /* Boxes placed by the layout. */

  .plot,
  .overview {
    position: relative;
    height: var(--h, auto);
    overflow: clip;
    /* A dot or a branch node at the very edge of the range may spill into the padding. */
    overflow-clip-margin: 0.75em;
  }

  .label,
  .cluster,
  .lane-head,
  .overview__band {
    position: absolute;
    left: var(--x, 0);
    top: var(--y, 0);
    width: var(--w, auto);
    margin: 0;
  }

  .label,
  .lane-head,
  .overview__band {
    height: var(--h, auto);
  }

  /* Overview strip */

  /* Its room in a server's frame, drawn once the width is read: the layout's round(3.6em). */
  .overview--unsized {
    height: round(3.6em, 1px);
  }

  .overview__drawing,
  .axis {
    position: absolute;
    inset: 0 auto auto 0;
    overflow: visible;
    pointer-events: none;
  }

  .overview__band {
    padding: 0;
    border: 0;
    border-radius: 2px;
    background: transparent;
    cursor: pointer;
  }

  .overview__band:hover {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }

  .overview__window {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }

  /* Drawings */

  .band--even {
    fill: var(--_surface);
  }

  .band--odd {
    fill: var(--_raised);
  }

  .band--today {
    fill: var(--_raised);
    stroke: var(--_border);
  }

  .band__title {
    fill: var(--_muted);
    font-size: 0.75em;
    font-weight: 600;
  }

  .axis__grid {
    stroke: var(--_border);
    stroke-width: 1;
    opacity: 0.6;
  }

  .axis__line,
  .axis__tick {
    stroke: var(--_muted);
    stroke-width: 1;
  }

  .axis__label {
    fill: var(--_muted);
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
  }

  .trunk {
    stroke: var(--_text);
    stroke-width: 2;
  }

  .trunk--overview {
    stroke: var(--_border);
  }

  .lane {
    fill: none;
    stroke-width: 2;
  }

  .lane--realized {
    stroke: var(--_accent);
    stroke-width: 3.5;
  }

  .lane--not-realized {
    stroke: var(--_muted);
    stroke-dasharray: 6 5;
  }

  .lane--open {
    stroke: var(--_text);
    stroke-dasharray: 2 4;
  }

  .lane--thin {
    stroke-width: 1.5;
  }

  .stem {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
    opacity: 0.7;
  }

  .dot {
    fill: var(--_cat);
    stroke: var(--_cat);
    stroke-width: 1.5;
  }

  .dot--upcoming,
  .dot--open,
  .dot--not-realized {
    fill: var(--_surface);
  }

  .dot--small {
    opacity: 0.85;
  }

  .cluster-bar {
    stroke: var(--_muted);
    stroke-width: 5;
    stroke-linecap: round;
    opacity: 0.6;
  }

  .branch__point {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 2;
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

  /* Horizontal axis: the plot and its labels */

  .plot {
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }

  .plot:active {
    cursor: grabbing;
  }

  .label {
    display: block;
    overflow: hidden;
    padding: 0.15em 0.35em;
    border: 0;
    border-inline-start: 3px solid var(--_cat);
    border-radius: 2px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1;
    text-align: start;
    cursor: pointer;
  }

  .label--end {
    border-inline-start: 0;
    border-inline-end: 3px solid var(--_cat);
    text-align: end;
  }

  .label__text {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    font-size: 0.8em;
    font-weight: 600;
    line-height: 1.25;
    overflow-wrap: normal;
  }

  .label__date {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  /* The title is the text's own; a path's possible milestones in roman italic, their date as any other. */
  .label--not-realized .label__text,
  .label--open .label__text {
    font-weight: 400;
    font-style: italic;
  }

  .label--not-realized .label__date,
  .label--open .label__date {
    font-weight: 600;
    font-style: normal;
  }

  .label:hover,
  .label:focus-visible,
  .label[aria-expanded='true'] {
    z-index: 1;
    background: var(--_raised);
  }

  .cluster {
    height: 2em;
    padding: 0 0.4em;
    border: 1px dashed var(--_muted);
    border-radius: 999px;
    background: var(--_raised);
    color: var(--_text);
    font: inherit;
    font-size: 0.75em;
    font-weight: 600;
    line-height: 1.9;
    white-space: nowrap;
    cursor: pointer;
  }

  .lane-head {
    padding: 0 0.35em;
    font-size: 0.8em;
    font-weight: 700;
    line-height: 1.375;
    overflow-wrap: normal;
    pointer-events: none;
  }

  .lane-head a {
    pointer-events: auto;
  }

  .lane-head--not-realized,
  .lane-head--open {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .label,
    .cluster,
    .timeline {
      border-color: CanvasText;
    }
    .axis__line,
    .axis__tick,
    .trunk,
    .lane,
    .stem,
    .branch__point,
    .dot {
      stroke: CanvasText;
    }
    .dot {
      fill: CanvasText;
    }
    .dot--upcoming,
    .dot--open,
    .dot--not-realized,
    .band--even,
    .band--odd {
      fill: Canvas;
    }
    .axis__label,
    .band__title,
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
    .switch__option[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
    .label:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
