import { css } from 'lit';

/** The dark palette; page tokens still win over it. */
const darkTokens = css`
  --_text: var(--brief-color-text, #e8edf2);
  --_muted: var(--brief-color-text-muted, #a9b4c0);
  --_surface: var(--brief-color-surface, #161b22);
  --_raised: var(--brief-color-surface-raised, #1f2630);
  --_border: var(--brief-color-border, #3c4550);
  --_accent: var(--brief-color-accent, #7cb8ff);
  --_worsening: var(--brief-color-worsening, #ff9b8f);
  --_improving: var(--brief-color-improving, #6fdc8c);
  --_mixed: var(--brief-color-mixed, #f0c05a);
  --_steady: var(--brief-color-steady, #b6c2ce);
  --_error: var(--brief-color-error, #ff9b8f);
  color-scheme: dark;
`;

/**
 * Host styles and theme tokens shared by every widget.
 *
 * Global tokens (`--brief-*`) inherit from the page; internal variables (`--_*`) are
 * declared on `:host` so an unrelated page variable cannot leak in. Typography is reset
 * on the host because inherited properties cross the shadow boundary: the widget takes
 * the page's font family and size, and nothing else.
 * @internal
 */
export const hostStyles = css`
  :host {
    --_font: var(--brief-font-family, inherit);
    --_text: var(--brief-color-text, #1f2328);
    --_muted: var(--brief-color-text-muted, #555f6b);
    --_surface: var(--brief-color-surface, #ffffff);
    --_raised: var(--brief-color-surface-raised, #f4f6f8);
    --_border: var(--brief-color-border, #cfd6de);
    --_accent: var(--brief-color-accent, #0a58a8);
    --_worsening: var(--brief-color-worsening, #b0281f);
    --_improving: var(--brief-color-improving, #1a7336);
    --_mixed: var(--brief-color-mixed, #8a5300);
    --_steady: var(--brief-color-steady, #4d5966);
    --_error: var(--brief-color-error, #b0281f);
    --_radius: var(--brief-radius, 0.5em);
    --_focus: var(--brief-color-focus, var(--_accent));

    display: block;
    box-sizing: border-box;
    color-scheme: light;
    color: var(--_text);
    font-family: var(--_font);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    hyphens: manual;
    overflow-wrap: anywhere;
    container-type: inline-size;
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* The widgets' buttons look alike; a widget adds only what differs. */
  .button {
    min-height: 2.25em;
    padding: 0.3em 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
    line-height: 1.3;
    cursor: pointer;
  }

  .button:hover {
    border-color: var(--_accent);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .error {
    padding: 0.75em 1em;
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .error__title {
    margin: 0 0 0.25em;
    font-weight: 700;
    color: var(--_error);
  }

  .error__help {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .error__list {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .error__path {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    font-weight: 700;
  }

  .loading {
    min-height: 6em;
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }

  /* One rule for every widget: nothing moves for a reader who asked for less motion. */
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .error {
      border-color: CanvasText;
    }
    .error__title {
      color: CanvasText;
    }
  }
`;
