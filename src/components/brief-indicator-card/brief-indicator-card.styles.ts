import { css } from 'lit';

export default css`
  :host {
    --card-padding: 1em;
    --card-border-width: 1px;
    --card-headline-size: 2.25em;
    --card-chart-height: 5em;
    --line-color: currentColor;
    --line-width: 2px;
  }

  :host([compact]) {
    --_claim-lines: 3;
    --card-padding: 0.75em;
    --card-headline-size: 1.75em;
    --card-chart-height: 3.5em;
    font-size: 0.9375em;
  }

  /* Block flow, not grid: a page of a thousand cards lays out several times faster. */
  .card {
    display: block;
    height: 100%;
    padding: var(--card-padding);
    border: var(--card-border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .card > * + * {
    margin-top: 0.75em;
  }

  .card__title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }

  /* The brief's assessment, labelled as the brief's: never a verdict of the widget's own. */
  .assessment {
    margin: 0;
    color: var(--_muted);
    font-size: 0.85em;
  }

  /* Close under the title, as one header. */
  .card > .assessment {
    margin-top: calc(0.2em / 0.85);
  }

  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 700;
    white-space: nowrap;
  }

  .badge--worsening {
    color: var(--_worsening);
  }
  .badge--improving {
    color: var(--_improving);
  }
  .badge--mixed {
    color: var(--_mixed);
  }
  .badge--steady {
    color: var(--_steady);
  }

  .headline + .trend {
    margin-top: 0.75em;
  }

  @container (min-width: 34em) {
    .card__figures {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.35fr);
      gap: 1.25em;
      align-items: start;
    }
    .card__figures .headline + .trend {
      margin-top: 0;
    }
  }

  .headline p,
  .trend p {
    margin: 0;
  }

  /* The figure, then its unit (the paragraph's own text). */
  .headline__figure {
    font-weight: 600;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.15em 0.4em;
  }

  .headline__value {
    font-size: var(--card-headline-size);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }

  .headline__meta,
  .headline__description {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .headline__description {
    margin-top: 0.25em;
  }

  .trend {
    margin: 0;
  }

  /* A chart alone (no figure beside it) sits in the card's flow like any other block. */
  .card > * + .trend {
    margin-top: 0.75em;
  }

  .trend__label {
    color: var(--_muted);
    font-size: 0.8em;
    line-height: 1.35;
  }

  .trend__text {
    margin: 0.15em 0 0;
    font-weight: 600;
  }

  .trend__since {
    color: var(--_muted);
    font-weight: 400;
  }

  /* One grid, no wrappers: the line with the labels written on it in the first cell, the
     last value's label beside it at the height of the line's end, the axis's dates below.
     A label is an item of its cell, at the cell's start, moved by relative offsets: their
     percentages are shares of the cell. (Absolutely positioned items placed in cells
     vanish from Chromium's printed pages.) */
  .chart {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-rows: auto auto;
    margin-top: 0.25em;
    border-radius: 0.25em;
    color: var(--line-color);
    touch-action: pan-y;
    cursor: crosshair;
  }

  .chart__svg {
    grid-area: 1 / 1 / 2 / 2;
    display: block;
    width: 100%;
    height: var(--card-chart-height);
    overflow: visible;
  }

  .chart__line {
    fill: none;
    stroke: currentColor;
    stroke-width: var(--line-width);
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }

  .chart__baseline {
    stroke: var(--_border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }

  .chart__dot,
  .chart__end,
  .chart__active {
    stroke: currentColor;
    stroke-linecap: round;
    stroke-width: 5px;
    vector-effect: non-scaling-stroke;
  }

  .chart__end {
    stroke-width: 8px;
  }

  /* A run of missing values: a faint dotted bridge, never a solid line. */
  .chart__gap {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1px;
    stroke-dasharray: 1 3;
    vector-effect: non-scaling-stroke;
  }

  /* The brief's date. */
  .chart__mark {
    stroke: var(--_muted);
    stroke-width: 1px;
    stroke-dasharray: 3 3;
    vector-effect: non-scaling-stroke;
  }

  .chart__label {
    grid-area: 1 / 1 / 2 / 2;
    align-self: start;
    justify-self: start;
    position: relative;
    left: var(--x);
    top: var(--y);
    transform: translate(-50%, calc(-100% - 0.5em));
    color: var(--_muted);
    /* A halo of the card's own colour keeps a label legible over the line it sits on. */
    text-shadow:
      0 0 0.12em var(--_surface),
      0 0 0.12em var(--_surface),
      0 0 0.25em var(--_surface);
    font-size: 0.75em;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    pointer-events: none;
  }

  /* Placed through the CSSOM, which a server render cannot do: not drawn until placed, so
     a server-rendered card's labels appear in place when it hydrates, never jump there.
     Each shares its grid cell with the drawing or the dates, which keep the cell's size;
     the last value's label sizes its column, so it keeps its box, unseen. */
  .chart__label:not([style]),
  .chart__brief:not([style]) {
    display: none;
  }

  .chart__label--last:not([style]) {
    display: inline;
    visibility: hidden;
  }

  .chart__label--start {
    transform: translate(-0.2em, calc(-100% - 0.5em));
  }

  .chart__label--end {
    transform: translate(calc(-100% + 0.2em), calc(-100% - 0.5em));
  }

  /* Its column is as wide as it. */
  .chart__label--last {
    grid-area: 1 / 2 / 2 / 3;
    left: auto;
    margin-inline-start: 0.3em;
    transform: translateY(-50%);
    color: var(--_text);
    font-weight: 700;
  }

  .chart__label--active {
    color: var(--_accent);
    font-weight: 700;
  }

  .chart__rule {
    stroke: var(--_muted);
    stroke-width: 1px;
    stroke-dasharray: 2 2;
    vector-effect: non-scaling-stroke;
  }

  .chart__active {
    stroke: var(--_accent);
    stroke-width: 11px;
  }

  /* The axis: the first and last dates at either end of the line's cell, "Brief" at its mark. */
  .chart__date,
  .chart__brief {
    grid-area: 2 / 1 / 3 / 2;
    justify-self: start;
    margin-top: 0.15em;
    color: var(--_muted);
    font-size: 0.8em;
    font-variant-numeric: tabular-nums;
  }

  .chart__date--end {
    justify-self: end;
  }

  .chart__brief {
    position: relative;
    left: var(--x);
    transform: translateX(-50%);
    font-style: italic;
  }

  .chart__brief--crowded {
    visibility: hidden;
  }

  /* Buttons and disclosures in one row; an opened disclosure takes the full width. */
  .card__footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.75em;
  }

  .card__footer > details[open] {
    flex-basis: 100%;
  }

  .button--small {
    min-height: 2em;
    padding: 0.15em 0.6em;
    font-size: 0.8em;
  }

  .table-wrap {
    overflow-x: auto;
  }

  .table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }

  .table caption {
    padding-bottom: 0.35em;
    text-align: start;
    font-weight: 600;
  }

  .table th,
  .table td {
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  .table thead th {
    font-weight: 700;
  }

  .table tbody th {
    font-weight: 400;
    white-space: nowrap;
  }

  .table .table__number {
    text-align: end;
    white-space: nowrap;
  }

  .table__note {
    display: block;
    color: var(--_muted);
  }

  .claim {
    margin-inline: 0;
    margin-bottom: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }

  .claim__text {
    margin: 0;
    font-style: italic;
  }

  /* A long claim shows four lines on screen; all of it is read out and printed. */
  .claim__text--clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_claim-lines, 4);
    line-clamp: var(--_claim-lines, 4);
    overflow: hidden;
  }

  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .claim__cite {
    margin-top: 0.25em;
    color: var(--_muted);
    font-size: 0.85em;
  }

  .note,
  .data,
  .sources,
  .context__more {
    font-size: 0.85em;
  }

  .data > .button {
    margin-top: 0.5em;
  }

  .note__title,
  .data summary,
  .sources summary,
  .context__title {
    color: var(--_accent);
    cursor: pointer;
    font-weight: 600;
  }

  .note__text {
    margin: 0.35em 0 0;
  }

  div.context {
    font-size: 0.9em;
  }

  .context__list {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .context__more > .context__list {
    margin-top: 0.5em;
  }

  .context .context__more {
    margin-top: 0.5em;
  }

  .context__item {
    display: grid;
    gap: 0.1em;
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_border);
  }

  .context__date {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
  }

  .context__sources {
    font-size: 0.9em;
  }

  @media (forced-colors: active) {
    .card,
    .badge {
      border-color: CanvasText;
    }
    .badge,
    .chart {
      color: CanvasText;
    }
    .chart__active {
      stroke: Highlight;
    }
  }

  @media print {
    .card {
      break-inside: avoid;
      border-color: #000;
    }
    /* On paper: what the reader opened, compactly; no controls. */
    .button,
    .link-button,
    .readout,
    details:not([open]) {
      display: none;
    }
    .card__footer:not(:has(details[open])) {
      display: none;
    }
    .claim__text--clamped {
      display: block;
      overflow: visible;
    }
    /* A compact card (a grid's, a sidebar's) prints as a summary: the brief's assessment,
       its figure, the record since and where the record comes from. */
    :host([compact]) .card {
      padding: 0.4em 0.6em;
    }
    :host([compact]) .card > * + * {
      margin-top: 0.3em;
    }
    :host([compact]) .card > .assessment {
      margin-top: calc(0.2em / 0.85);
    }
    :host([compact]) .card__figures {
      display: block;
    }
    :host([compact]) :is(.chart, .trend__label, .headline__meta, .headline .source-line, .claim, .context) {
      display: none;
    }
  }
`;
