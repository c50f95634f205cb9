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

  .checklist__byline {
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

  .progress--record {
    display: block;
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

  /* Recommendations. */
  .recs,
  .actions {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .rec {
    padding-block: 0.75em;
    border-top: 1px solid var(--_border);
    /* A long list renders only what is near the screen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 10em;
  }

  .rec__header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 1em;
  }

  .rec__title {
    flex: 1 1 16em;
    min-width: 0;
  }

  .rec__toggle {
    display: flex;
    gap: 0.4em;
    width: 100%;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.35;
    text-align: start;
    cursor: pointer;
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

  .rec__number {
    flex: none;
  }

  .rec__progress {
    display: flex;
    align-items: center;
    gap: 0.5em;
    flex: 0 1 12em;
    color: var(--_muted);
    font-size: 0.8em;
    white-space: nowrap;
  }

  .rec__progress .bar {
    width: 5em;
    flex: 1 1 5em;
  }

  .bar--small {
    height: calc(var(--checklist-bar-height) * 0.8);
  }

  .rec__body {
    margin-top: 0.5em;
    padding-inline-start: 1.4em;
  }

  .rec__body[hidden] {
    display: none;
  }

  .rec__summary {
    margin-bottom: 0.5em;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .action + .action {
    margin-top: 0.5em;
  }

  .action__label {
    display: flex;
    gap: 0.6em;
    padding: 0.4em 0.5em;
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

  .action__body {
    display: block;
    min-width: 0;
  }

  .action__text {
    display: block;
  }

  .actors {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin-top: 0.3em;
  }

  .actor {
    padding: 0 0.55em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.78em;
    line-height: 1.6;
  }

  /* The publisher's record: apart from the reader's ticks, in words with a mark. */
  .status {
    margin: 0.35em 0 0 2.25em;
    padding: 0.35em 0.6em;
    border-inline-start: 3px solid var(--_steady);
    background: var(--_raised);
    font-size: 0.85em;
  }

  :host([readonly]) .status,
  :host([readonly]) .actors {
    margin-inline-start: 0;
  }

  :host([readonly]) .action {
    padding: 0.25em 0;
  }

  .status > * + * {
    margin-inline-start: 0.4em;
  }

  .status__label {
    color: var(--_muted);
  }

  .status__state {
    font-weight: 700;
  }

  .status__state::before {
    margin-inline-end: 0.3em;
  }

  .status--none .status__state {
    font-weight: 400;
    font-style: italic;
    color: var(--_muted);
  }

  .status--proposed .status__state::before {
    content: '○';
  }

  .status--in-progress {
    border-color: var(--_mixed);
  }
  .status--in-progress .status__state {
    color: var(--_mixed);
  }
  .status--in-progress .status__state::before {
    content: '◐';
  }

  .status--adopted {
    border-color: var(--_improving);
  }
  .status--adopted .status__state {
    color: var(--_improving);
  }
  .status--adopted .status__state::before {
    content: '✓';
  }

  .status--not-adopted {
    border-color: var(--_worsening);
  }
  .status--not-adopted .status__state {
    color: var(--_worsening);
  }
  .status--not-adopted .status__state::before {
    content: '✕';
  }

  .status__note,
  .status__sources {
    display: block;
    margin: 0.2em 0 0;
  }

  .status > .status__note,
  .status > .status__sources {
    margin-inline-start: 0;
  }

  .status__sources {
    color: var(--_muted);
  }

  @container (max-width: 30em) {
    .rec__body {
      padding-inline-start: 0;
    }
    .status {
      margin-inline-start: 0;
    }
    .rec__progress {
      flex-basis: 100%;
    }
  }

  @media print {
    .checklist {
      border: 0;
      padding: 0;
    }
    .tools,
    .share,
    .filters,
    .prompt,
    .message,
    .markdown {
      display: none;
    }
    .rec {
      content-visibility: visible;
      break-inside: avoid;
    }
    .rec__toggle::before {
      content: none;
    }
    .rec__body[hidden] {
      display: block;
    }
  }

  @media (forced-colors: active) {
    .toggle[aria-pressed='true'] {
      border: 2px solid Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .status,
    .note,
    .prompt {
      border-color: CanvasText;
    }
    .status__state {
      color: CanvasText;
    }
    .button--primary {
      border-color: ButtonText;
    }
  }
`;
