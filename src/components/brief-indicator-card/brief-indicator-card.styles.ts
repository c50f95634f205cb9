import { css } from 'lit';

export default css`
  :host {
    --card-padding: 1em;
    --card-border-width: 1px;
    --card-headline-size: 2.25em;
  }

  .card {
    display: grid;
    gap: 0.75em;
    padding: var(--card-padding);
    border: var(--card-border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 1em;
  }

  .card__header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em;
  }

  .card__title {
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

  .headline p {
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

  .headline__description,
  .headline__meta {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .claim {
    margin: 0;
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
    margin: 0;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_raised);
    font-size: 0.9em;
  }

  .sources {
    font-size: 0.85em;
  }

  .sources summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
  }

  .sources__list {
    margin: 0.5em 0 0;
    padding-inline-start: 1.5em;
  }

  .source + .source {
    margin-top: 0.35em;
  }

  .source__meta {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .card,
    .badge {
      border-color: CanvasText;
    }
    .badge {
      color: CanvasText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }

  @media print {
    .card {
      break-inside: avoid;
    }
  }
`;
