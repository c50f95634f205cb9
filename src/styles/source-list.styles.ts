import { css } from 'lit';

/**
 * The full list of sources (`renderSourceList` in internal/sources.ts) and the one-line
 * credit under a figure (`renderSourceLine`), the same in every widget that shows them; on paper each source prints its URL, since a link cannot be
 * followed there.
 * @internal
 */
export const sourceListStyles = css`
  .source-list {
    margin: 0.5em 0 0;
    padding-inline-start: 1.5em;
  }

  .source + .source {
    margin-top: 0.35em;
  }

  .source__meta,
  .source__note {
    color: var(--_muted);
  }

  .source__note {
    display: block;
  }

  .source__url {
    display: none;
  }

  .source-line {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.8em;
    line-height: 1.35;
  }

  .source-line a {
    color: inherit;
  }

  .source-line__urls {
    display: none;
  }

  @media print {
    .source-line__urls {
      display: block;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .source__url {
      display: block;
      font-size: 0.9em;
      overflow-wrap: anywhere;
    }
  }
`;
