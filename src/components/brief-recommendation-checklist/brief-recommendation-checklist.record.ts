/**
 * The record as a summary: what it is and as of when, its counts by status as words
 * (glyph + word, never colour alone) and, from ten actions up, a thin stacked bar of
 * the same counts. Also the counts alone, for each recommendation's header.
 * Stateless templates; the element decides what to pass.
 * @internal
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import type { ListView, StatusCount } from './brief-recommendation-checklist.model.js';
import { countText, recordLabel, STATUS_GLYPH } from './brief-recommendation-checklist.text.js';

/** From this many actions up, the counts get a stacked bar above them (reader-design §6.2). */
export const BAR_FROM = 10;

/** Counts by status as a list: "✓ 7 adopted · ◐ 5 in progress · – 3 no record". */
export function renderCounts(locale: LocaleController, counts: readonly StatusCount[]): TemplateResult {
  return html`<ul class="counts">
    ${counts.map(
      (item) =>
        html`<li class="counts__item counts__item--${item.key}">
          <span class="counts__glyph" aria-hidden="true">${STATUS_GLYPH[item.key]}</span> ${countText(
            locale,
            item,
          )}
        </li>`,
    )}
  </ul>`;
}

/** One segment per state, as wide as its count: SVG geometry attributes, never a style string. */
export function renderBar(
  counts: readonly StatusCount[],
  total: number,
  className = 'summary-bar',
): TemplateResult {
  let x = 0;
  const segments: SVGTemplateResult[] = counts.map((item) => {
    const segment = svg`<rect class="bar-segment bar-segment--${item.key}" x=${x} y="0" width=${item.count} height="1"></rect>`;
    x += item.count;
    return segment;
  });
  return html`<svg
    class=${className}
    viewBox="0 0 ${total} 1"
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
  >
    ${segments}
  </svg>`;
}

/** The record's block: its label with the as-of date from the data, its note, and the summary strip. */
export function renderRecord(
  locale: LocaleController,
  view: ListView,
  contentLang: string | undefined,
): TemplateResult {
  const brief = view.brief;
  const total = view.actionIds.length;
  return html`<div class="record" part="record" role="group" aria-labelledby="record-label">
    <p id="record-label" class="record__label">${recordLabel(locale, brief, total)}</p>
    ${
      brief.record?.note
        ? html`<p class="record__note" lang=${ifDefined(contentLang)}>${brief.record.note}</p>`
        : nothing
    }
    <div class="status-summary" part="status-summary">
      ${total >= BAR_FROM ? renderBar(view.counts, total) : nothing} ${renderCounts(locale, view.counts)}
    </div>
  </div>`;
}
