/**
 * The timeline on paper, rendered between `beforeprint` and `afterprint`: each phase's
 * heading (title, years, count; the summaries stay on screen, so the whole timeline fits
 * about a page) and one line per milestone (date · title), today where it falls, the paths
 * after a branch point as indented lists with the realized one marked and its sources'
 * URLs, and the prose of a milestone only when the reader had its detail open. No
 * controls. The styles keep a heading with its first rows and never break inside a row.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../../data/types.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { isSafeUrl } from '../../internal/sources.js';
import type { Item, Model, PathView } from './brief-timeline.model.js';
import { phaseRows, type Fork, type Phase } from './brief-timeline.phases.js';
import { timelineStrings } from './brief-timeline.strings.js';
import * as text from './brief-timeline.text.js';

export interface PrintOptions {
  locale: LocaleController;
  model: Model;
  phases: readonly Phase[];
  /** The milestone whose detail the reader had open: its prose prints. */
  openId: string | undefined;
  /** The phase headings' level. */
  level: number;
  renderDetail: (item: Item) => TemplateResult | typeof nothing;
}

type T = (key: keyof (typeof timelineStrings)['en'], params?: Record<string, string | number>) => string;

function renderLine(item: Item, options: PrintOptions, t: T): TemplateResult {
  return html`<li class="print-row">
    <span class="print-row__date">${text.dateText(item, options.locale, 'medium')}</span>
    <span class="print-row__title"
      >${item.event.title}${
        item.branching ? html` <span class="print-row__note">· ${t('branch')}</span>` : nothing
      }</span
    >
    ${options.openId === item.id ? options.renderDetail(item) : nothing}
  </li>`;
}

function renderSources(sources: readonly Source[]): TemplateResult {
  return html`${sources.map(
    (source, index) =>
      html`${index > 0 ? '; ' : ''}${source.publisher},
      “${source.title}”${
        isSafeUrl(source.url) ? html` <span class="print-url">${source.url}</span>` : nothing
      }`,
  )}`;
}

function renderPath(path: PathView, items: readonly Item[], options: PrintOptions, t: T): TemplateResult {
  const { locale, model } = options;
  const realized = path.outcome === 'realized';
  return html`<li class="print-path print-path--${path.outcome}">
    <p class="print-path__head">
      <strong>${realized ? '✓ ' : ''}${text.outcomeText(path, model.nowIso, locale)}:</strong>
      ${path.scenario.title}${
        realized && path.sources.length > 0
          ? html`<span class="print-path__source">
              —
              ${text.counted(locale, 'sourceOf', path.sources.length, { sources: '' })}${renderSources(path.sources)}</span
            >`
          : nothing
      }
    </p>
    <ol class="print-list">
      ${items.map((item) => renderLine(item, options, t))}
    </ol>
  </li>`;
}

function renderFork(fork: Fork, options: PrintOptions, t: T): TemplateResult {
  return html`<li class="print-fork">
    <p class="print-fork__title">
      ${t('pathsHeading', { title: fork.branch.event.title, date: text.dateText(fork.branch, options.locale) })}
    </p>
    <ul class="print-paths">
      ${fork.lanes.map((lane) => renderPath(lane.path, lane.items, options, t))}
    </ul>
  </li>`;
}

/** The print layout: every phase, open or folded on screen, one line per milestone. */
export function renderPrint(options: PrintOptions): TemplateResult {
  const { locale, model } = options;
  const t: T = (key, params) => locale.t(timelineStrings, key, params);
  return html`<div class="print" part="list">
    ${options.phases.map(
      (phase) =>
        html`<section class="print-phase" part="phase">
          <div class="print-phase__head" role="heading" aria-level=${options.level}>
            ${phase.title} <span class="print-phase__meta">· ${text.phaseMeta(phase, locale)}</span>
          </div>
          <ol class="print-list">
            ${phaseRows(phase).map((row) =>
              row.kind === 'item'
                ? renderLine(row.item, options, t)
                : row.kind === 'today'
                  ? html`<li class="print-row print-row--today">
                      ${t('todayIs', { date: text.longDate(model.nowIso, locale) })}
                    </li>`
                  : renderFork(row.fork, options, t),
            )}
          </ol>
        </section>`,
    )}
  </div>`;
}
