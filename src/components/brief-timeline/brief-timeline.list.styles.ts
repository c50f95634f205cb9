import { css } from 'lit';

/*
 * <brief-timeline>, part 2: the badges, the phases with their rows, the "today" line, the
 * paths after a branch point and the detail panel; it follows part 1
 * (brief-timeline.styles.ts), whose custom properties (`--_today`, `--_cat`) it uses.
 */
export default css`
  /* Badges: only where they carry information (a branch point, a path's outcome, today). */

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

  .badge--realized,
  .badge--branch {
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

  .badge--today {
    color: var(--_today);
  }

  /* Phases */

  .phases {
    display: grid;
  }

  .phase {
    padding: 0.3em 0;
    border-top: 1px solid var(--_border);
  }

  .phase:last-child {
    border-bottom: 1px solid var(--_border);
  }

  .phase__heading {
    margin: 0;
  }

  /* A phase's heading and a milestone's row are full-width buttons that look like text. */
  .phase__toggle,
  .row__button {
    width: 100%;
    margin: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .phase__toggle {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.6em;
    padding: 0.2em 0.25em 0.1em 1.4em;
    border: 0;
  }

  .phase__toggle::before {
    content: '';
    position: absolute;
    top: 0.65em;
    left: 0.35em;
    width: 0.45em;
    height: 0.45em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }

  .phase__toggle[aria-expanded='true']::before {
    transform: rotate(45deg);
  }

  .phase__toggle:hover {
    background: var(--_raised);
  }

  .phase__title {
    font-weight: 700;
    line-height: 1.35;
  }

  /* Dates and counts: muted tabular figures. */
  .phase__meta,
  .row__date {
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  .phase__meta {
    white-space: nowrap;
  }

  .phase__summary {
    margin: 0 0 0 1.6em;
    color: var(--_muted);
    font-size: 0.85em;
    line-height: 1.4;
  }

  .phase__body {
    margin-top: 0.35em;
  }

  /* A folded phase's summary takes one line (two in a narrow column); open, it reads in full. */
  .phase:not(.phase--open) .phase__summary {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 1;
    line-clamp: 1;
  }

  @container (max-width: 30em) {
    .phase:not(.phase--open) .phase__summary {
      -webkit-line-clamp: 2;
      line-clamp: 2;
    }
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Rows: a date column, the title, at most one line of detail. */

  .row {
    position: relative;
  }

  .row::before {
    content: '';
    position: absolute;
    z-index: 1;
    top: 0.7em;
    left: 0.3em;
    width: 0.6em;
    height: 0.6em;
    border: 2px solid var(--_cat);
    border-radius: 50%;
    background: var(--_cat);
  }

  .row::after {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    left: calc(0.6em - 1px);
    width: 2px;
    background: var(--_border);
  }

  .row--upcoming::before,
  .row--not-realized::before,
  .row--open::before {
    background: var(--_surface);
  }

  /* The button's text is the title; its start padding holds the dot's column (1.1em) and
     the date's (5.5em and a 0.6em gap), where the date sits on the title's first line. */
  .row__button {
    display: block;
    padding: 0.25em 0.4em 0.25em 7.2em;
    border: 1px solid transparent;
    font-weight: 600;
    line-height: 1.35;
    overflow-wrap: break-word;
  }

  .row__button:hover,
  .row__button[aria-expanded='true'] {
    border-color: var(--_border);
    background: var(--_raised);
  }

  /* 5.5em, -6.1em and 0.6em of the button's font, in the date's (0.875em): it takes no room in the line. */
  .row__date {
    display: inline-block;
    width: 6.2857em;
    margin-inline: -6.9714em 0.6857em;
    font-weight: 400;
    text-align: end;
  }

  .row__category {
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 400;
    white-space: nowrap;
  }

  /* A badge on a line of its own: the 0.85em badge of a 0.8em line. */
  .row__meta {
    display: table;
    margin: 0.09em 0;
    font-size: 0.68em;
  }

  .row--not-realized .row__button,
  .row--open .row__button {
    font-weight: 400;
  }

  .today-row {
    position: relative;
    margin: 0.25em 0;
    padding: 0.1em 0 0 1.1em;
    border-top: 2px dashed var(--_today);
  }

  .today-row__label {
    color: var(--_today);
    font-size: 0.85em;
    font-weight: 700;
  }

  .more {
    margin: 0.4em 0 0 1.1em;
  }

  /* Paths after a branch point: two lanes side by side from about 580 px (whatever the font), else one after the other. */

  .fork {
    padding: 0.3em 0 0.2em;
  }

  .fork__title {
    font-size: 0.9em;
    font-weight: 700;
  }

  .fork__lanes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr));
    gap: 0.6em;
    margin-top: 0.35em;
  }

  .lane-card {
    padding: 0.35em 0.5em 0.3em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }

  .lane-card--not-realized {
    border-style: dashed;
    border-inline-start-color: var(--_muted);
    background: var(--_raised);
  }

  .lane-card--open {
    border-inline-start-style: dotted;
    border-inline-start-color: var(--_text);
  }

  .lane-card__head {
    font-size: 0.9em;
    font-weight: 700;
    line-height: 1.35;
  }

  .lane-card__source {
    margin: 0.15em 0 0;
    color: var(--_muted);
    font-size: 0.8em;
  }

  .list--lane {
    margin-top: 0.25em;
  }

  .list--lane {
    font-size: 0.92em;
  }

  /* A phone's column, or a path's card in one: the date goes above its title, which
     keeps the width (a 5.5em date column left one word per line at 320 px). */
  @container (max-width: 24em) {
    .row__button {
      padding-inline-start: 1.1em;
    }

    .row__date {
      display: block;
      width: auto;
      margin: 0;
      color: var(--_muted);
      font-size: 0.85em;
      line-height: 1.5;
      text-align: start;
    }
  }

  .today-row--lane {
    margin-left: 0;
  }

  /* Detail panel */

  .detail {
    margin: 0.4em 0 0.2em;
    padding: 0.6em 0.8em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_raised);
    overflow-wrap: break-word;
  }

  .detail__head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.75em;
  }

  .detail__title {
    min-width: 0;
    font-size: 1.05em;
    font-weight: 700;
  }

  .detail__close {
    flex: none;
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

  .detail__text {
    margin: 0.5em 0 0;
  }

  .detail__label {
    margin: 0.5em 0 0;
    font-weight: 600;
  }

  .source-list {
    margin: 0.3em 0 0;
    padding-inline-start: 1.4em;
    font-size: 0.9em;
  }

  @media (prefers-reduced-motion: reduce) {
    .phase__toggle::before {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .lane-card,
    .detail {
      border-color: CanvasText;
    }
    .row::before {
      border-color: CanvasText;
      background: CanvasText;
    }
    .row__button:focus-visible,
    .phase__toggle:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
