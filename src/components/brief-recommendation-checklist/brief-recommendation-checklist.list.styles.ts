import { css } from 'lit';

/**
 * The list: folded recommendation headers, action rows with the reader's checkbox and
 * the record under it, "What happened", and the print layout of the whole checklist (a
 * compact table of action, record and the reader's tick, without the controls).
 * @internal
 */
export default css`
  /* Recommendations: folded headers, opened one by one. */
  .recs,
  .actions {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .rec {
    padding-block: 0.5em;
    border-top: 1px solid var(--_border);
  }

  /* A long open list renders only what is near the screen. */
  .rec--open {
    content-visibility: auto;
    contain-intrinsic-size: auto 30em;
  }

  /* So does a long list of recommendations, folded ones too: a list that grows at the
     top (Expand all, a chunk at a time) then moves the boxes below it, not their insides. */
  .recs--long > .rec {
    content-visibility: auto;
    contain-intrinsic-size: auto 5em;
  }

  /* And the rows of a recommendation with a long list of actions. */
  .actions--long > .action {
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5em;
  }

  .rec__toggle {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    width: 100%;
    padding: 0.2em 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    line-height: 1.35;
    text-align: start;
    cursor: pointer;
  }

  /* The title takes the room and wraps; its number (the button's own text) keeps its width. */
  .rec__name {
    flex: 1 1 0;
  }

  .rec__toggle:hover .rec__name {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .rec__toggle::before {
    content: '▾';
    flex: none;
    width: 1em;
    color: var(--_muted);
    transition: transform 0.15s;
  }

  .rec__toggle[aria-expanded='false']::before {
    transform: rotate(-90deg);
  }

  /* Who it is addressed to on a line of its own, then the reader's progress and the record's counts. */
  .rec__meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 0.8em;
    padding-inline-start: 1.45em;
    color: var(--_muted);
    font-size: 0.85em;
  }

  .rec__actors {
    flex-basis: 100%;
    margin-bottom: -0.05em;
  }

  .rec__progress {
    display: flex;
    align-items: center;
    gap: 0.5em;
    white-space: nowrap;
  }

  .rec__progress .bar {
    width: 2.5em;
  }

  .bar--small {
    height: calc(var(--checklist-bar-height) * 0.8);
  }

  .summary-bar--small {
    display: inline-block;
    width: 5em;
    height: 0.55em;
    margin: 0 0.6em 0 0;
    vertical-align: 0;
  }

  /* "Record:" is the block's own (muted) text; the counts follow in the text colour. */
  .rec__record .counts {
    display: inline;
    margin: 0;
    color: var(--_text);
    font-size: 1em;
  }

  :host(:not([readonly])) .rec__record .counts {
    margin-inline-start: 0.4em;
  }

  .rec__body {
    margin-top: 0.5em;
    padding-inline-start: 1.45em;
  }

  .rec__summary {
    margin-bottom: 0.5em;
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* Actions: the reader's checkbox on the left, the record under it, apart. */
  .action + .action {
    margin-top: 0.4em;
  }

  .action__label {
    display: flex;
    gap: 0.6em;
    padding: 0.35em 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .action__label:hover {
    border-color: var(--_border);
  }

  .action--ticked .action__label {
    background: var(--_raised);
  }

  .action__box {
    flex: none;
    width: 1.15em;
    height: 1.15em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .action__mark {
    display: none;
  }

  .action__body {
    display: block;
    min-width: 0;
  }

  .action__text {
    display: block;
  }

  .actors {
    display: block;
    margin-top: 0.1em;
    color: var(--_muted);
    font-size: 0.85em;
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.15em 0.75em;
    margin: 0.1em 0 0 2.25em;
    font-size: 0.85em;
  }

  :host([readonly]) .action {
    padding: 0.3em 0;
  }

  :host([readonly]) .action + .action {
    margin-top: 0.2em;
    border-top: 1px dashed var(--_border);
  }

  :host([readonly]) .status {
    margin-inline-start: 0;
  }

  .status__state {
    padding-inline-start: 0.45em;
    border-inline-start: 3px solid currentColor;
    font-weight: 700;
  }

  .status--none .status__state {
    border-color: var(--_border);
    color: var(--_muted);
    font-weight: 400;
    font-style: italic;
  }

  .status__toggle {
    padding: 0.1em 0.15em;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .status__toggle::after {
    content: ' ▸' / '';
    text-decoration: none;
  }

  .status__toggle[aria-expanded='true']::after {
    content: ' ▾' / '';
  }

  .status__details {
    flex-basis: 100%;
    padding: 0.45em 0.65em;
    border-radius: var(--_radius);
    background: var(--_raised);
  }

  .status__details[hidden] {
    display: none;
  }

  .status__sources-label {
    margin-top: 0.35em;
    font-weight: 700;
  }

  .status__note + .status__sources-label {
    margin-top: 0.4em;
  }

  .status__sources {
    margin: 0.1em 0 0;
    padding-inline-start: 1.1em;
  }

  .status__source + .status__source {
    margin-top: 0.2em;
  }

  .status__meta {
    color: var(--_muted);
  }

  .status__url {
    display: none;
  }

  @container (max-width: 30em) {
    .rec__body,
    .rec__meta {
      padding-inline-start: 0;
    }
    .status {
      margin-inline-start: 0.5em;
    }
  }

  /* On paper: a compact table of action, record and the reader's tick, no controls. */
  @media print {
    .checklist {
      border: 0;
      padding: 0;
      font-size: 0.8em;
      line-height: 1.35;
    }
    .checklist > * + * {
      margin-top: 0.5em;
    }
    .tools,
    .share,
    .filters,
    .count,
    .prompt,
    .note,
    .message,
    .markdown,
    .status__toggle,
    .progress .bar,
    .rec__progress .bar {
      display: none;
    }
    .count--filtered {
      display: block;
    }
    /* The legend of the ticks runs on after the reader's count. */
    .progress {
      display: inline-flex;
    }
    .print-legend {
      display: inline;
      margin-inline-start: 1em;
      color: var(--_muted);
      font-size: 0.85em;
    }
    .record {
      break-inside: avoid;
    }
    .summary-bar {
      print-color-adjust: exact;
    }
    /*
     * Pages break between action rows, never inside one, and a recommendation's header stays
     * with its first rows; a short recommendation stays whole. Keeping every recommendation
     * whole would leave pages a third empty (an "avoid" box moves to the next page entire).
     */
    .rec {
      content-visibility: visible;
      padding-block: 0.4em;
    }
    .rec--short {
      break-inside: avoid;
    }
    .rec__title,
    .rec__meta,
    .rec__summary {
      break-inside: avoid;
      break-after: avoid;
    }
    .rec__toggle {
      padding: 0;
    }
    .rec__toggle::before {
      content: none;
    }
    .rec__meta,
    .rec__body {
      padding-inline-start: 0;
    }
    /* Who it is addressed to, the reader's progress and the record on one line where they fit. */
    .rec__meta {
      row-gap: 0;
    }
    .rec__actors {
      flex-basis: auto;
      margin-bottom: 0;
      margin-inline-end: 0.45em;
    }
    .rec__body {
      margin-top: 0.3em;
    }
    .action {
      display: grid;
      grid-template-columns: 1.3em minmax(0, 1fr) 8.5em;
      column-gap: 0.5em;
      padding-block: 0.15em;
      border-top: 1px solid var(--_border);
      break-inside: avoid;
    }
    .action + .action {
      margin-top: 0;
    }
    .action__label,
    .status {
      display: contents;
    }
    .action__box {
      display: none;
    }
    .action__mark {
      display: block;
      grid-column: 1;
      grid-row: 1;
    }
    .action__body {
      grid-column: 2;
      grid-row: 1;
    }
    /* Who an action is addressed to runs on after its text. */
    .action__text {
      display: inline;
    }
    .actors {
      display: inline;
      margin-inline-start: 0.5em;
    }
    .action--ticked .action__label {
      background: none;
    }
    .status__state {
      grid-column: 3;
      grid-row: 1;
      align-self: start;
      font-size: 0.8em;
    }
    /* The state on one line and its date under it, in a narrow column. */
    .status__between {
      display: none;
    }
    .status__state time {
      display: block;
      padding-inline-start: 1.2em;
    }
    .status__details {
      grid-column: 2 / 4;
      grid-row: 2;
      margin-top: 0.2em;
      padding: 0.2em 0 0.2em 0.6em;
      border-inline-start: 2px solid var(--_border);
      background: none;
      font-size: 0.85em;
    }
    .status__url {
      display: block;
      overflow-wrap: anywhere;
    }
    :host([readonly]) .action {
      grid-template-columns: minmax(0, 1fr) 8.5em;
      padding-block: 0.2em;
    }
    :host([readonly]) .action + .action {
      margin-top: 0;
      border-top-style: solid;
    }
    :host([readonly]) .action__body {
      grid-column: 1;
    }
    :host([readonly]) .status__state {
      grid-column: 2;
    }
    :host([readonly]) .status__details {
      grid-column: 1 / 3;
    }
  }
`;
