import { css } from 'lit';

export default css`
  :host {
    --card-padding: 1em;
    --card-border-width: 1px;
    --card-headline-size: 2.25em;
    --card-chart-height: 4.5em;
    --line-color: currentColor;
    --line-width: 2px;
  }

  :host([compact]) {
    --card-padding: 0.75em;
    --card-headline-size: 1.75em;
    --card-chart-height: 3.5em;
    font-size: 0.9375em;
  }

  /* Block flow, not grid: a page of a thousand cards lays out several times faster. */
  .card {
    display: block;
    padding: var(--card-padding);
    border: var(--card-border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .card > * + * {
    margin-top: 0.75em;
  }

  .card__header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.25em 0.5em;
  }

  .card__title {
    flex: 1 1 12em;
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.1em 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 700;
    white-space: nowrap;
  }

  .badge::before {
    font-size: 0.85em;
  }
  .badge--worsening {
    color: var(--_worsening);
  }
  .badge--worsening::before {
    content: '▲';
  }
  .badge--improving {
    color: var(--_improving);
  }
  .badge--improving::before {
    content: '▼';
  }
  .badge--mixed {
    color: var(--_mixed);
  }
  .badge--mixed::before {
    content: '◆';
  }
  .badge--steady {
    color: var(--_steady);
  }
  .badge--steady::before {
    content: '▶';
  }

  .headline + .trend {
    margin-top: 0.75em;
  }

  @container (min-width: 34em) {
    .card__figures--split {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.35fr);
      gap: 1.25em;
      align-items: start;
    }
    .card__figures--split .headline + .trend {
      margin-top: 0;
    }
  }

  .headline p,
  .trend p {
    margin: 0;
  }

  .headline__figure {
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

  .headline__unit {
    font-weight: 600;
  }

  .headline__meta,
  .headline__description {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .headline__description {
    margin-top: 0.25em;
  }

  .trend__text {
    font-weight: 600;
  }

  .trend__label {
    color: var(--_muted);
    font-size: 0.8em;
    line-height: 1.35;
  }

  .chart {
    display: block;
    margin-top: 0.25em;
    border-radius: 0.25em;
    color: var(--line-color);
    touch-action: pan-y;
    cursor: crosshair;
  }

  .chart__svg {
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

  .chart__axis {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.8em;
    font-variant-numeric: tabular-nums;
  }

  .readout {
    min-height: 1.5em;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  .table-tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .table-wrap {
    overflow-x: auto;
  }

  .table-wrap[hidden] {
    display: none;
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

  .claim__cite {
    margin-top: 0.25em;
    color: var(--_muted);
    font-size: 0.85em;
  }

  .note {
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_raised);
    font-size: 0.9em;
  }

  .note__title,
  .sources summary {
    cursor: pointer;
    font-weight: 700;
  }

  .note__text {
    margin: 0.35em 0 0;
  }

  .context {
    font-size: 0.9em;
  }

  .context__title {
    margin: 0 0 0.35em;
    font-weight: 700;
  }

  details.context > .context__title {
    cursor: pointer;
    color: var(--_accent);
  }

  .context__list {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  details.context > .context__list {
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

  .sources {
    font-size: 0.85em;
  }

  .sources summary {
    color: var(--_accent);
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
    .table-tools,
    .readout {
      display: none;
    }
    .table-wrap[hidden] {
      display: block;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
