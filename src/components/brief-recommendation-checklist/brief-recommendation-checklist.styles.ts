import { css } from 'lit';

export default css`
  :host {
    --checklist-padding: 1em;
    --checklist-border-width: 1px;
    --checklist-bar-height: 0.5em;
    --checklist-bar-color: var(--_accent);
  }

  p {
    margin: 0;
  }

  .checklist {
    display: block;
    padding: var(--checklist-padding);
    border: var(--checklist-border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .checklist > * + * {
    margin-top: 0.75em;
  }

  .checklist__title {
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }

  .checklist > .checklist__byline {
    margin-top: 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Progress: words and a native bar. */
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }

  .progress__label {
    font-weight: 700;
  }

  .progress__words {
    font-variant-numeric: tabular-nums;
  }

  .progress .bar {
    flex: 1 1 8em;
  }

  .bar {
    appearance: none;
    display: block;
    width: 100%;
    min-width: 4em;
    height: var(--checklist-bar-height);
    border: 1px solid var(--_muted);
    border-radius: 999px;
    background: var(--_raised);
    color: var(--checklist-bar-color);
    overflow: hidden;
  }

  .bar::-webkit-progress-bar {
    background: var(--_raised);
  }

  .bar::-webkit-progress-value {
    background: var(--checklist-bar-color);
  }

  .bar::-moz-progress-bar {
    background: var(--checklist-bar-color);
  }

  .note {
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_muted);
    background: var(--_raised);
    color: var(--_text);
    font-size: 0.875em;
  }

  .prompt {
    padding: 0.75em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_raised);
  }

  .prompt__buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.5em;
  }

  /* Buttons come from the host styles; the checklist's sit on the surface colour. */
  .button {
    background: var(--_surface);
  }

  .button--primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 700;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
  }

  .filters__label {
    margin-inline-end: 0.25em;
    font-weight: 700;
    font-size: 0.875em;
  }

  /* Actor filters are .button.toggle: pills. */
  .toggle {
    border-radius: 999px;
  }

  /* Filters and tools are compact: the list is what the reader came for. */
  .toggle,
  .tools .button {
    min-height: 2em;
    padding: 0.15em 0.7em;
    font-size: 0.8em;
  }

  .toggle[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 700;
  }

  .toggle[aria-pressed='true']::before {
    content: '✓ ';
  }

  .count {
    margin-top: 0.4em;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* "Showing all 16 actions" says nothing new on screen; the live region stays for screen readers. */
  .count:not(.count--filtered) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .share {
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }

  .share[hidden] {
    display: none;
  }

  .share__label,
  .markdown label {
    display: block;
    margin-bottom: 0.25em;
    font-size: 0.875em;
    font-weight: 700;
  }

  .share__row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .share__url,
  .markdown__text {
    flex: 1 1 12em;
    min-width: 0;
    width: 100%;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
  }

  .markdown__text {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    resize: vertical;
  }

  .message {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .message:empty {
    display: none;
  }

  .empty {
    color: var(--_muted);
    font-style: italic;
  }

  /* The record: what it is, as of when, and its counts by status. */
  .record {
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .record__label {
    font-size: 0.95em;
    font-weight: 700;
    line-height: 1.35;
  }

  .record__note {
    margin-top: 0.15em;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .summary-bar {
    display: block;
    width: 100%;
    height: var(--checklist-bar-height);
    margin-top: 0.5em;
  }

  .bar-segment {
    stroke: var(--_surface);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }

  /* Counts flow as text and wrap between items; each item's glyph sets it apart. */
  .counts {
    margin: 0.35em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }

  .counts__item {
    display: inline-block;
    margin-inline-end: 0.7em;
    white-space: nowrap;
  }

  .counts__item:last-child {
    margin-inline-end: 0;
  }

  .counts__glyph,
  .status__glyph {
    display: inline-block;
    min-width: 1em;
    margin-inline-end: 0;
    font-weight: 700;
    text-align: center;
  }

  /* One colour per state, always beside its glyph and word. */
  .counts__item--adopted .counts__glyph,
  .status--adopted .status__state {
    color: var(--_improving);
  }
  .counts__item--in-progress .counts__glyph,
  .status--in-progress .status__state {
    color: var(--_mixed);
  }
  .counts__item--not-adopted .counts__glyph,
  .status--not-adopted .status__state {
    color: var(--_worsening);
  }
  .counts__item--proposed .counts__glyph,
  .counts__item--none .counts__glyph {
    color: var(--_muted);
  }
  .bar-segment--adopted {
    fill: var(--_improving);
  }
  .bar-segment--in-progress {
    fill: var(--_mixed);
  }
  .bar-segment--proposed {
    fill: var(--_steady);
  }
  .bar-segment--not-adopted {
    fill: var(--_worsening);
  }
  .bar-segment--none {
    fill: var(--_border);
  }

  .print-legend {
    display: none;
  }

  @media (forced-colors: active) {
    .toggle[aria-pressed='true'] {
      border: 2px solid Highlight;
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .note,
    .prompt,
    .record {
      border-color: CanvasText;
    }
    .status__state,
    .counts__glyph {
      border-color: CanvasText;
      color: CanvasText;
    }
    .bar-segment {
      fill: CanvasText;
      stroke: Canvas;
    }
    .status__toggle {
      color: LinkText;
    }
    .button--primary {
      border-color: ButtonText;
    }
  }
`;
