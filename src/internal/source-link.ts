import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Source } from '../data/types.js';

/** Only these schemes become links; anything else (`javascript:`, `data:`…) stays text. */
const SAFE_URL = /^https?:\/\//i;

/** True when `url` may be a link: `http:` or `https:` only. @internal */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url);
}

/**
 * A source as a link that opens in a new tab, or as plain text when its URL is not
 * `http(s)`. `text` defaults to the source's title.
 * @internal
 */
export function renderSourceLink(
  source: Source,
  text: string = source.title,
  title?: string,
): TemplateResult {
  return isSafeUrl(source.url)
    ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer" title=${ifDefined(title)}
        >${text}</a
      >`
    : html`<span title=${ifDefined(title)}>${text}</span>`;
}
