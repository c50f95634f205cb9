import { css } from 'lit';

/*
 * <brief-timeline>, part 3: paper. The print layout (brief-timeline.print-view.ts) is
 * rendered between beforeprint and afterprint: phase headings kept with their first rows,
 * one line per milestone never broken across pages, the paths indented, black on white.
 * `@media print` also covers a print that comes without beforeprint: no controls, folded
 * rows shown.
 */
export default css`
  .print {
    display: grid;
    gap: 0.4em;
    font-size: 0.85em;
  }

  .print-phase__head {
    font-weight: 700;
    break-after: avoid;
  }

  .print-phase__meta {
    font-weight: 400;
  }

  .print-list {
    margin: 0;
    padding: 0;
    list-style: none;
    orphans: 3;
    widows: 3;
  }

  .print-row {
    display: grid;
    grid-template-columns: 9em minmax(0, 1fr);
    column-gap: 0.6em;
    line-height: 1.3;
    break-inside: avoid;
  }

  .print-row > .detail {
    grid-column: 2;
  }

  .print-row__date {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .print-row__note {
    color: var(--_muted);
  }

  .print-row--today {
    display: block;
    margin: 0.15em 0;
    color: var(--_today);
    font-weight: 700;
  }

  .print-fork__title {
    margin: 0.2em 0 0;
    font-weight: 700;
    break-after: avoid;
  }

  .print-paths {
    margin: 0;
    padding-inline-start: 1.5em;
    list-style: none;
  }

  .print-path {
    margin-top: 0.2em;
    break-inside: avoid;
  }

  .print-path__head {
    margin: 0;
  }

  .print-path--not-realized,
  .print-path--open {
    color: var(--_muted);
  }

  .print-url {
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }

  .print .detail {
    margin: 0.2em 0;
    padding: 0.2em 0 0.2em 0.6em;
    border: 0;
    border-inline-start: 2px solid currentColor;
    border-radius: 0;
    background: none;
  }

  .print .detail__close {
    display: none;
  }

  @media print {
    .timeline {
      padding: 0;
      border: 0;
      background: none;
      color: #000;
    }

    .toolbar,
    .filter,
    .hint,
    .status,
    .overview,
    .switch,
    .more,
    .detail__close {
      display: none !important;
    }

    .phase__body[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }

    .row,
    .fork,
    .lane-card,
    .print-row {
      break-inside: avoid;
    }

    .phase__heading,
    .print-phase__head {
      break-after: avoid;
    }
  }
`;
