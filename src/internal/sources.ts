import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Source } from '../data/types.js';
import type { LocaleController } from './locale-controller.js';
import { commonStrings } from './strings.js';

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

/**
 * Short names for a few sources, for an inline citation ("CBP; DHS OIG"): each
 * source's publisher, or its title where two share a publisher.
 * @internal
 */
export function citationNames(sources: readonly Source[]): string[] {
  const publishers = sources.map((source) => source.publisher);
  return sources.map((source) =>
    publishers.indexOf(source.publisher) === publishers.lastIndexOf(source.publisher)
      ? source.publisher
      : source.title,
  );
}

/**
 * Sources as an inline citation: links named by `citationNames`, joined by `separator`.
 * @internal
 */
export function renderCitation(sources: readonly Source[], separator = '; '): TemplateResult {
  const names = citationNames(sources);
  return html`${sources.map(
    (source, i) => html`${i > 0 ? separator : ''}${renderSourceLink(source, names[i], source.title)}`,
  )}`;
}

/**
 * The full list of sources every widget shows the same way: the title as a link, then
 * publisher, date, who produced the data and confidence, the source's note, and its URL (printed on paper,
 * where a link cannot be followed). Styles: `sourceListStyles` (styles/source-list.styles.ts).
 * @internal
 */
export function renderSourceList(sources: readonly Source[], locale: LocaleController): TemplateResult {
  return html`<ol class="source-list">
    ${sources.map((source) => {
      const confidence = locale.t(
        commonStrings,
        source.confidence === 'high' ? 'confidenceHigh' : 'confidenceMedium',
      );
      return html`<li class="source">
        ${renderSourceLink(source)}
        <span class="source__meta">
          —
          ${source.publisher}${source.date ? `, ${locale.date(source.date)}` : ''}${
            source.producer && source.producer !== source.publisher
              ? ` · ${locale.t(commonStrings, 'dataBy', { producer: source.producer })}`
              : ''
          }
          ·
          <span class="source__confidence source__confidence--${source.confidence}">${confidence}</span>
        </span>
        ${source.note ? html`<span class="source__note">${source.note}</span>` : nothing}
        <span class="source__url">${source.url}</span>
      </li>`;
    })}
  </ol>`;
}

/**
 * The one-line credit under a figure or chart, as OWID and Datawrapper print one:
 * "Source: CDC/NCHS; CBP" — each producer (or, where none is named, publisher) once,
 * linked to its first source. On paper the links' addresses print beneath, one a line (one
 * element for all of them: the line is drawn on every card). Styles:
 * `sourceListStyles`.
 * @internal
 */
export function renderSourceLine(
  sources: readonly Source[],
  locale: LocaleController,
): TemplateResult | typeof nothing {
  const credited = new Map<string, Source>();
  for (const source of sources) {
    const name = source.producer ?? source.publisher;
    if (!credited.has(name)) credited.set(name, source);
  }
  if (credited.size === 0) return nothing;
  const entries = [...credited];
  return html`<p class="source-line" part="source-line">
    ${locale.tn(commonStrings, 'sourceLine', entries.length)}
    ${entries.map(
      ([name, source], i) => html`${i > 0 ? '; ' : ''}${renderSourceLink(source, name, source.title)}`,
    )}
    <span class="source-line__urls"
      >${entries.flatMap(([, source]) => (isSafeUrl(source.url) ? [source.url] : [])).join('\n')}</span
    >
  </p>`;
}
