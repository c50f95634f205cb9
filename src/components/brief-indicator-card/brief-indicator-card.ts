import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BriefPart } from '../../data/default-brief.js';
import type { Brief, BriefProblem, ContextItem, Indicator, Series, Source } from '../../data/types.js';
import { BriefElement } from '../../internal/brief-element.js';
import { indexOf, sourcesOf } from '../../internal/brief-index.js';
import { define } from '../../internal/define.js';
import { downloadLater } from '../../internal/download.js';
import { recordSince, type Since } from '../../internal/record-since.js';
import { renderCitation, renderSourceLine, renderSourceList } from '../../internal/sources.js';
import { hostStyles } from '../../styles/host.styles.js';
import { sourceListStyles } from '../../styles/source-list.styles.js';
import { AxisFitController } from './axis-fit-controller.js';
import {
  chartLabels,
  nearestPoint,
  sparkline,
  type ChartLabel,
  type SparklineGeometry,
} from './brief-indicator-card.geometry.js';
import { renderChartView } from './brief-indicator-card.chart.js';
import { cardStrings } from './brief-indicator-card.strings.js';
import styles from './brief-indicator-card.styles.js';
import { chartSummary, pointDate } from './brief-indicator-card.text.js';

/** The CSV maker, loaded when a reader opens the data table: few readers download. */
const loadCsv = () => import('./brief-indicator-card.csv.js');

/** The sparkline's drawing box; the SVG stretches it to the card's width (strokes do not scale). */
const CHART_WIDTH = 300;
const CHART_HEIGHT = 72;
/** Room above the line for the value labels, in drawing units. */
const CHART_TOP = 22;
/** Space kept free on either side of the line, so end dots are not clipped. */
const CHART_INSET = 5;
/** Two value labels closer than this (drawing units, of 300) would overlap: the less important goes. */
const LABEL_GAP = 78;
/** A claim longer than this (in words; fewer in a compact card) shows a few lines until the reader asks for all of it. */
const CLAIM_WORDS = 60;
const CLAIM_WORDS_COMPACT = 24;
/** Context items a card shows before the rest fold away. */
const CONTEXT_SHOWN = 2;

/** Dated items, newest first (a stable sort keeps the author's order within a date). */
function newestFirst(items: readonly ContextItem[]): ContextItem[] {
  return [...items].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

interface CardView {
  brief: Brief;
  indicator: Indicator;
  /** Every source the card cites, for the full list. */
  sources: Source[];
  headlineSources: Source[];
  seriesSources: Source[];
  chart: SparklineGeometry | null;
  since: Since | null;
  labels: ChartLabel[];
  /** The chart's text alternative: what it shows, in one sentence. */
  summary: string;
}

/**
 * One indicator of a brief, as a reader can trust it at a glance: the brief's assessment
 * and the record since, labelled as two things ("Brief, June 2022: worsening" / "Since
 * then: down 26% from the 2022 peak"); the brief's figure with its unit, date and a
 * source line; a sparkline of the real series with its first, last and named values
 * labelled and a mark at the brief's date; the brief's claim; a short note; the table,
 * CSV and full source list one click away. Qualitative indicators show their dated context.
 *
 * @tag brief-indicator-card
 * @summary One indicator of a policy brief: the brief's assessment, its figure, the record since on a labelled sparkline, and sources.
 *
 * @slot - No-JS fallback: plain HTML shown only where the script does not run.
 *
 * @csspart base - The card.
 * @csspart title - The indicator's title.
 * @csspart direction - The brief's assessment, with its date: "Brief, June 2022: worsening".
 * @csspart headline - The brief's figure, its unit and date.
 * @csspart chart - The sparkline, focusable; arrow keys step through the points.
 * @csspart line - The sparkline's line.
 * @csspart chart-label - A value written on the sparkline (first, last, the point the record names).
 * @csspart trend - The record since the brief in words ("Since then: down 26% from the 2022 peak").
 * @csspart readout - The date and value of the point under the pointer or keyboard (for screen readers).
 * @csspart source-line - The one-line credit under a figure or chart ("Source: CDC/NCHS").
 * @csspart table - The table of the series.
 * @csspart claim - The brief's claim, quoted.
 * @csspart note - A short note on the figures (where the brief and the record differ).
 * @csspart context - The dated context of a qualitative indicator.
 * @csspart sources - The full list of sources.
 * @csspart error - The error panel shown instead of the card when its data is wrong.
 * @csspart loading - The placeholder shown while a `src` brief loads.
 *
 * @cssproperty [--card-padding=1em] - Space inside the card.
 * @cssproperty [--card-border-width=1px] - Width of the card's border.
 * @cssproperty [--card-headline-size=2.25em] - Font size of the headline figure.
 * @cssproperty [--card-chart-height=4.5em] - Height of the sparkline.
 * @cssproperty [--line-color=currentColor] - Colour of the sparkline (defaults to the text colour).
 * @cssproperty [--line-width=2px] - Width of the sparkline.
 *
 * @event {BriefLoadEvent} brief-load - The brief is ready and the card shows its indicator.
 * @event {BriefErrorEvent} brief-error - The card cannot show its indicator; `problems` names each field.
 */
export class BriefIndicatorCard extends BriefElement {
  static override styles = [hostStyles, sourceListStyles, styles];

  private view: CardView | undefined;

  /** Steps the chart's "Brief" label aside where it would touch an end date. */
  protected readonly axisFit = new AxisFitController(this);

  /** Index (in the series) of the point being read, by pointer or keyboard. */
  @state() private active: number | undefined;

  @state() private tableOpen = false;

  /** Folded sections are rendered only once a reader opens them. */
  @state() private sourcesOpen = false;

  @state() private contextOpen = false;

  @state() private noteOpen = false;

  @state() private claimOpen = false;

  /** Id of the indicator to show, e.g. `overdose-deaths`. */
  @property({ reflect: true }) indicator = '';

  /** A smaller card for sidebars and grids: no claim where there is a figure, no figure description, one context item. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Leaves out the brief's claim, for a card placed right after the brief's own words. */
  @property({ attribute: 'without-claim', type: Boolean }) withoutClaim = false;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('indicator') || changed.has('brief') || changed.has('src')) this.active = undefined;
    super.willUpdate(changed);
  }

  protected override get subject(): string {
    return `indicator "${this.indicator}"`;
  }

  /** @internal */
  override get defaultPart(): BriefPart {
    return `indicator:${this.indicator.trim()}`;
  }

  protected override deriveView(brief: Brief): void {
    const indicator = indexOf(brief).indicators.get(this.indicator.trim());
    this.view = indicator ? this.viewOf(brief, indicator) : undefined;
  }

  private viewOf(brief: Brief, indicator: Indicator): CardView {
    const series = indicator.series;
    const seriesIds = series?.points.flatMap((point) => point.sourceIds) ?? [];
    const sources = sourcesOf(brief, [
      ...(indicator.headline?.sourceIds ?? []),
      ...indicator.sourceIds,
      ...seriesIds,
      ...indicator.context.flatMap((item) => item.sourceIds),
    ]);
    const chart = series
      ? sparkline(series.points, CHART_WIDTH, CHART_HEIGHT, {
          inset: CHART_INSET,
          top: CHART_TOP,
          mark: brief.published,
        })
      : null;
    const since = series ? recordSince(series, brief.published) : null;
    // The last value is always labelled, beside the line's end; on the line, the point
    // the sentence names, then the first value.
    const named = since?.kind === 'peak' ? since.peak : since?.base;
    const wanted = since ? [named, since.first].filter((point) => point !== since.last) : [];
    const indexOfPoint = (date: string | undefined) =>
      series?.points.findIndex((point) => point.date === date) ?? -1;
    const labels = chart
      ? chartLabels(
          chart,
          wanted.map((point) => indexOfPoint(point?.date)),
          LABEL_GAP,
        )
      : [];
    return {
      brief,
      indicator,
      sources,
      headlineSources: sourcesOf(brief, indicator.headline?.sourceIds ?? []),
      seriesSources: sourcesOf(brief, seriesIds),
      chart,
      since,
      labels,
      summary: series && since ? chartSummary(this.locale, series, since) : '',
    };
  }

  /** The card's own checks, on top of the brief's validation. */
  protected override checkBrief(brief: Brief): BriefProblem[] | null {
    const id = this.indicator.trim();
    const example = brief.indicators[0]?.id ?? 'overdose-deaths';
    if (!id) {
      return [{ path: 'indicator', message: this.locale.t(cardStrings, 'missingIndicator', { example }) }];
    }
    if (!indexOf(brief).indicators.has(id)) {
      const known = brief.indicators.map((item) => item.id).join(', ') || '(none)';
      const message = this.locale.t(cardStrings, 'noIndicator', { id, brief: brief.id, known });
      return [{ path: 'indicator', message }];
    }
    return null;
  }

  /** @internal */
  private readonly onChartKeydown = (event: KeyboardEvent): void => {
    const count = this.view?.indicator.series?.points.length ?? 0;
    if (count === 0) return;
    const current = this.active;
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        next = current === undefined ? 0 : Math.min(count - 1, current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        next = current === undefined ? count - 1 : Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Escape':
        this.active = undefined;
        return;
      default:
        return;
    }
    event.preventDefault();
    this.active = next;
  };

  /** @internal */
  private readonly onChartPointer = (event: PointerEvent): void => {
    const chart = this.view?.chart;
    const target = event.currentTarget as Element | null;
    if (!chart || !target) return;
    const box = target.getBoundingClientRect();
    if (box.width === 0) return;
    const x = ((event.clientX - box.left) / box.width) * chart.width;
    this.active = nearestPoint(chart.points, x)?.index;
  };

  /** @internal */
  private readonly onChartLeave = (): void => {
    if (this.shadowRoot?.activeElement?.classList.contains('chart') !== true) this.active = undefined;
  };

  /** @internal */
  private readonly onTableToggle = (event: Event): void => {
    this.tableOpen = (event.currentTarget as HTMLDetailsElement).open;
    // The CSV's code comes with the table, before the reader asks for the file.
    if (this.tableOpen) loadCsv().catch(() => undefined);
  };

  /** @internal */
  private readonly onSourcesToggle = (event: Event): void => {
    this.sourcesOpen = (event.currentTarget as HTMLDetailsElement).open;
  };

  /** @internal */
  private readonly onNoteToggle = (event: Event): void => {
    this.noteOpen = (event.currentTarget as HTMLDetailsElement).open;
  };

  /** @internal */
  private readonly onContextToggle = (event: Event): void => {
    this.contextOpen = (event.currentTarget as HTMLDetailsElement).open;
  };

  /** @internal */
  private readonly onClaimToggle = (): void => {
    this.claimOpen = !this.claimOpen;
  };

  /** @internal */
  private readonly onDownload = (): void => {
    const view = this.view;
    if (!view) return;
    void downloadLater(this.localName, async () => [
      `${view.brief.id}-${view.indicator.id}.csv`,
      (await loadCsv()).seriesCsv(view.brief, view.indicator),
      'text/csv',
    ]);
  };

  private renderAssessment(brief: Brief, indicator: Indicator): TemplateResult {
    const { locale } = this;
    return html`<p class="assessment" part="direction">
      ${locale.t(cardStrings, 'briefAssessment', { date: locale.date(brief.published, 'month') })}
      <span class="badge badge--${indicator.direction}">${locale.t(cardStrings, indicator.direction)}</span>
    </p>`;
  }

  private renderHeadline(view: CardView): TemplateResult | typeof nothing {
    const headline = view.indicator.headline;
    if (!headline) return nothing;
    const { locale } = this;
    const asOf = locale.date(headline.asOf, headline.asOfPrecision ?? 'day');
    return html`
      <div class="headline" part="headline">
        <p class="headline__figure">
          <span class="headline__value">${locale.compact(headline.value)}</span>
          ${headline.unit}
        </p>
        <p class="headline__meta">
          ${locale.t(cardStrings, 'asOf', { date: asOf })}${
            headline.label
              ? html` · ${locale.t(cardStrings, 'briefWording', { label: headline.label })}`
              : nothing
          }
        </p>
        ${
          headline.description && !this.compact
            ? html`<p class="headline__description">${headline.description}</p>`
            : nothing
        }
        ${renderSourceLine(view.headlineSources, locale)}
      </div>
    `;
  }

  private renderChart(view: CardView, series: Series): TemplateResult | typeof nothing {
    const { chart, since } = view;
    if (!chart || !since) return nothing;
    return renderChartView({
      locale: this.locale,
      series,
      chart,
      since,
      labels: view.labels,
      summary: view.summary,
      sources: view.seriesSources,
      active: this.active,
      onKeydown: this.onChartKeydown,
      onPointer: this.onChartPointer,
      onLeave: this.onChartLeave,
    });
  }

  /** The numbers behind the chart, one click away: a table of every point and a CSV download. */
  private renderData(view: CardView, series: Series): TemplateResult {
    const { locale } = this;
    return html`<details class="data" @toggle=${this.onTableToggle}>
      <summary>${locale.t(cardStrings, 'showTable', { count: series.points.length })}</summary>
      ${
        this.tableOpen
          ? html`<div class="table-wrap" part="table">
                <table class="table">
                  <caption>
                    ${series.label}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${locale.t(cardStrings, 'tableDate')}</th>
                      <th scope="col" class="table__number">
                        ${locale.t(cardStrings, 'tableValue', { unit: series.unit })}
                      </th>
                      <th scope="col">${locale.t(cardStrings, 'tableSources')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${series.points.map(
                      (point) => html`
                        <tr>
                          <th scope="row">${pointDate(locale, series, point)}</th>
                          <td class="table__number">
                            ${point.value === null ? locale.t(cardStrings, 'gap') : locale.number(point.value)}
                          </td>
                          <td>
                            ${renderCitation(sourcesOf(view.brief, point.sourceIds))}
                            ${point.note ? html`<span class="table__note">${point.note}</span>` : nothing}
                          </td>
                        </tr>
                      `,
                    )}
                  </tbody>
                </table>
              </div>
              <button type="button" class="button button--small" @click=${this.onDownload}>
                ${locale.t(cardStrings, 'downloadCsv')}
              </button>`
          : nothing
      }
    </details>`;
  }

  private renderContextItem(brief: Brief, item: ContextItem): TemplateResult {
    return html`<li class="context__item">
      <time class="context__date" datetime=${item.date}
        >${this.locale.date(item.date, item.precision ?? 'day')}</time
      >
      <span class="context__text">${item.text}</span>
      <span class="context__sources">${renderCitation(sourcesOf(brief, item.sourceIds), ' · ')}</span>
    </li>`;
  }

  /** The dated context, newest first, folded: all of it, or what `renderContext` does not show. */
  private renderMoreContext(brief: Brief, items: readonly ContextItem[], title: string): TemplateResult {
    return html`<details class="context context__more" part="context" @toggle=${this.onContextToggle}>
      <summary class="context__title">${title}</summary>
      ${
        this.contextOpen
          ? html`<ol class="context__list">
              ${items.map((item) => this.renderContextItem(brief, item))}
            </ol>`
          : nothing
      }
    </details>`;
  }

  /** A qualitative indicator's record: the latest dated items shown, the rest one click away. */
  private renderContext(brief: Brief, items: readonly ContextItem[], shown: number): TemplateResult {
    const title = this.locale.t(cardStrings, 'context', { count: items.length });
    const newest = newestFirst(items);
    const rest = newest.slice(shown);
    // Not a landmark: a grid of cards would hold many with the same name.
    return html`<div class="context" part="context">
      <ol class="context__list" aria-label=${title}>
        ${newest.slice(0, shown).map((item) => this.renderContextItem(brief, item))}
      </ol>
      ${rest.length > 0 ? this.renderMoreContext(brief, rest, title) : nothing}
    </div>`;
  }

  /** The brief's claim, quoted; a long one shows a few lines until the reader asks for the rest. */
  private renderClaim(brief: Brief, indicator: Indicator): TemplateResult {
    const { locale } = this;
    const long = indicator.claim.split(/\s+/).length > (this.compact ? CLAIM_WORDS_COMPACT : CLAIM_WORDS);
    const clamped = long && !this.claimOpen;
    return html`
      <figure class="claim" part="claim">
        <blockquote
          id="claim-text"
          class="claim__text${clamped ? ' claim__text--clamped' : ''}"
          cite=${brief.url ?? nothing}
        >
          ${indicator.claim}
        </blockquote>
        <figcaption class="claim__cite">
          ${locale.t(cardStrings, 'briefSays')} — ${brief.publisher}, ${locale.date(brief.published)}
          ${
            long
              ? html`<button
                  type="button"
                  class="link-button"
                  aria-expanded=${this.claimOpen ? 'true' : 'false'}
                  aria-controls="claim-text"
                  @click=${this.onClaimToggle}
                >
                  ${locale.t(cardStrings, this.claimOpen ? 'claimLess' : 'claimMore')}
                </button>`
              : nothing
          }
        </figcaption>
      </figure>
    `;
  }

  protected override renderBrief(): TemplateResult {
    const { locale } = this;
    const view = this.view as CardView;
    const { indicator, brief, sources } = view;
    const series = indicator.series;
    const hasChart = Boolean(series && view.chart);
    const figure = Boolean(indicator.headline) || hasChart;
    const showClaim = !this.withoutClaim && !(this.compact && figure);
    return html`
      <article class="card" part="base" aria-labelledby="title">
        ${this.renderTitle('card__title', indicator.title)} ${this.renderAssessment(brief, indicator)}
        ${
          // The figure and the chart side by side where there is room; either alone needs no row.
          indicator.headline && hasChart && series
            ? html`<div class="card__figures">
                ${this.renderHeadline(view)} ${this.renderChart(view, series)}
              </div>`
            : html`${this.renderHeadline(view)}${series ? this.renderChart(view, series) : nothing}`
        }
        ${showClaim ? this.renderClaim(brief, indicator) : nothing}
        ${
          indicator.context.length > 0 && !series
            ? this.renderContext(brief, indicator.context, this.compact ? 1 : CONTEXT_SHOWN)
            : nothing
        }
        <div class="card__footer">
          ${hasChart && series ? this.renderData(view, series) : nothing}
          ${
            indicator.note
              ? html`<details class="note" part="note" @toggle=${this.onNoteToggle}>
                  <summary class="note__title">${locale.t(cardStrings, 'note')}</summary>
                  ${this.noteOpen ? html`<p class="note__text">${indicator.note}</p>` : nothing}
                </details>`
              : nothing
          }
          ${
            // A charted indicator's dated context stays one click away.
            indicator.context.length > 0 && series
              ? this.renderMoreContext(
                  brief,
                  newestFirst(indicator.context),
                  locale.t(cardStrings, 'context', { count: indicator.context.length }),
                )
              : nothing
          }
          ${
            sources.length > 0
              ? html`<details class="sources" part="sources" @toggle=${this.onSourcesToggle}>
                  <summary>${locale.t(cardStrings, 'sourcesCount', { count: sources.length })}</summary>
                  ${this.sourcesOpen ? renderSourceList(sources, locale) : nothing}
                </details>`
              : nothing
          }
        </div>
      </article>
    `;
  }
}

define('brief-indicator-card', BriefIndicatorCard);

declare global {
  interface HTMLElementTagNameMap {
    'brief-indicator-card': BriefIndicatorCard;
  }
}
