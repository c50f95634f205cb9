import { css } from 'lit';

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

  /* Badges */

  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 700;
    line-height: 1.5;
    white-space: nowrap;
  }

  .badge--past {
    color: var(--_muted);
  }

  .badge--upcoming,
  .badge--realized {
    color: var(--_accent);
  }

  .badge--realized::before {
    content: '✓ ';
  }

  .badge--not-realized {
    border-style: dashed;
    color: var(--_muted);
  }

  .badge--open {
    border-style: dotted;
    color: var(--_text);
  }

  /* Vertical list */

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list--path {
    margin-top: 0.5em;
  }

  .entry {
    position: relative;
    padding: 0.15em 0 0.15em 1.4em;
  }

  .entry::after {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    left: calc(0.4em - 1px);
    width: 2px;
    background: var(--_border);
  }

  .entry--paths {
    padding-block: 0.5em;
  }

  .entry:not(.entry--paths)::before {
    content: '';
    position: absolute;
    z-index: 1;
    top: 0.85em;
    left: 0;
    width: 0.8em;
    height: 0.8em;
    border: 2px solid var(--_cat);
    border-radius: 50%;
    background: var(--_cat);
  }

  .entry--upcoming::before,
  .entry--not-realized::before,
  .entry--open::before {
    background: var(--_surface) !important;
  }

  .entry__button {
    display: grid;
    gap: 0.1em;
    width: 100%;
    padding: 0.35em 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .entry__button:hover,
  .entry__button[aria-expanded='true'] {
    border-color: var(--_border);
    background: var(--_raised);
  }

  .entry__date {
    color: var(--_muted);
    font-size: 0.85em;
  }

  .entry__title {
    font-weight: 600;
  }

  .entry--not-realized .entry__title {
    font-weight: 400;
  }

  .entry__meta {
    color: var(--_muted);
    font-size: 0.8em;
  }

  .today-row {
    position: relative;
    margin: 0.4em 0;
    padding: 0.2em 0 0 1.4em;
    border-top: 2px dashed var(--_today);
  }

  .today-row__label {
    color: var(--_today);
    font-size: 0.85em;
    font-weight: 700;
  }

  .more {
    justify-self: start;
  }

  /* Paths */

  .paths {
    display: grid;
    gap: 0.5em;
  }

  .paths__title {
    font-weight: 700;
  }

  .paths__grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    gap: 0.75em;
  }

  .path {
    padding: 0.6em 0.8em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    font-size: 0.9em;
  }

  .path--not-realized {
    border-style: dashed;
    border-inline-start-color: var(--_muted);
    background: var(--_raised);
  }

  .path--open {
    border-inline-start-style: dotted;
    border-inline-start-color: var(--_text);
  }

  .path__title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.4em;
    font-weight: 700;
  }

  .path p {
    margin: 0.4em 0 0;
  }

  .source-list {
    margin: 0.3em 0 0;
    padding-inline-start: 1.4em;
    font-size: 0.9em;
  }

  /* Detail panel */

  .detail {
    margin-top: 0.4em;
    padding: 0.75em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_raised);
  }

  .detail__head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.75em;
  }

  .detail__title {
    font-size: 1.05em;
    font-weight: 700;
  }

  .detail__facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.4em 0 0;
    font-size: 0.9em;
  }

  .detail__facts dt {
    color: var(--_muted);
    font-size: 0.85em;
  }

  .detail__facts dd {
    margin: 0;
  }

  .detail__description {
    margin: 0.5em 0 0;
  }

  .detail__label {
    margin: 0.5em 0 0;
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .chip,
    .cluster,
    .path,
    .detail,
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
    .entry::before,
    .swatch {
      border-color: CanvasText;
      background: CanvasText;
    }
    .chip:focus-visible,
    .entry__button:focus-visible {
      outline: 2px solid Highlight;
    }
  }

  @media print {
    .toolbar,
    .hint,
    .filter,
    .more {
      display: none;
    }
    .entry {
      break-inside: avoid;
    }
    .path {
      break-inside: avoid;
    }
  }
`;
