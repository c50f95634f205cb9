import { css } from 'lit';

/*
 * <brief-timeline>, part 2: the badges, the vertical list, the futures after a branch
 * point and the detail panel; it follows part 1 (brief-timeline.styles.ts), whose custom
 * properties (`--_today`, `--_cat`) it uses.
 */
export default css`
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
    .path,
    .detail {
      border-color: CanvasText;
    }
    .entry::before {
      border-color: CanvasText;
      background: CanvasText;
    }
    .entry__button:focus-visible {
      outline: 2px solid Highlight;
    }
  }

  @media print {
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
