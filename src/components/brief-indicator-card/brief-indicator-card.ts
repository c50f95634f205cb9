import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  Brief,
  BriefProblem,
  ContextItem,
  Indicator,
  Series,
  SeriesPoint,
  Source,
} from '../../data/types.js';
import { BriefElement } from '../../internal/brief-element.js';
import { indexOf, sourcesOf } from '../../internal/brief-index.js';
import { define } from '../../internal/define.js';
import { downloadFile } from '../../internal/download.js';
import { PrintController } from '../../internal/print-controller.js';
import { renderCitation, renderSourceList } from '../../internal/sources.js';
import { hostStyles } from '../../styles/host.styles.js';
import { sourceListStyles } from '../../styles/source-list.styles.js';
import { seriesCsv } from './brief-indicator-card.csv.js';
import { sparkline, nearestPoint, type SparklineGeometry } from './brief-indicator-card.geometry.js';
import { cardStrings } from './brief-indicator-card.strings.js';
import styles from './brief-indicator-card.styles.js';
import { trendOf, type Trend } from './brief-indicator-card.trend.js';

/** The sparkline's drawing box; the SVG stretches it to the card's width (strokes do not scale). */
const CHART_WIDTH = 300;
const CHART_HEIGHT = 72;

interface CardView {
  brief: Brief;
  indicator: Indicator;
  sources: Source[];
  chart: SparklineGeometry | null;
  trend: Trend | null;
  /** The chart's text alternative: what it shows, in one sentence. */
  summary: string;
}

/**
 * One indicator of a brief: the brief's claim, the headline figure with its unit and
 * as-of date, a sparkline of the real series with its trend in words, a table and CSV of
 * the numbers, where the record differs, and every source.
 *
 * @tag brief-indicator-card
 * @summary One indicator of a policy brief: claim, headline figure, sparkline, trend and sources.
 *
 * @slot - No-JS fallback: plain HTML shown only where the script does not run.
 *
 * @csspart base - The card.
 * @csspart title - The indicator's title.
 * @csspart direction - The direction badge (the brief's assessment).
 * @csspart headline - The headline figure, its unit and as-of date.
 * @csspart chart - The sparkline, focusable; arrow keys step through the points.
 * @csspart line - The sparkline's line.
 * @csspart trend - The trend in words ("up 53% since 2019").
 * @csspart readout - The date and value of the point under the pointer or keyboard.
 * @csspart table - The table of the series.
 * @csspart claim - The brief's claim, quoted.
 * @csspart note - Where the brief's wording and the record differ.
 * @csspart context - The dated context list of a qualitative indicator.
 * @csspart sources - The list of sources.
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

  private readonly print = new PrintController(this);

  private view: CardView | undefined;

  /** Index (in the series) of the point being read, by pointer or keyboard. */
  @state() private active: number | undefined;

  @state() private tableOpen = false;

  /** Folded sections are rendered only once a reader opens them (or the page prints). */
  @state() private sourcesOpen = false;

  @state() private contextOpen = false;

  @state() private noteOpen = false;

  /** Id of the indicator to show, e.g. `overdose-deaths`. */
  @property({ reflect: true }) indicator = '';

  /** A smaller card for sidebars and grids: the note and context fold away, and the claim goes where there is a figure. */
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

  protected override deriveView(brief: Brief): void {
    const indicator = indexOf(brief).indicators.get(this.indicator.trim());
    this.view = indicator ? this.viewOf(brief, indicator) : undefined;
  }

  private viewOf(brief: Brief, indicator: Indicator): CardView {
    const sources = sourcesOf(brief, [
      ...(indicator.headline?.sourceIds ?? []),
      ...indicator.sourceIds,
      ...(indicator.series?.points.flatMap((point) => point.sourceIds) ?? []),
      ...indicator.context.flatMap((item) => item.sourceIds),
    ]);
    const series = indicator.series;
    const chart = series ? sparkline(series.points, CHART_WIDTH, CHART_HEIGHT) : null;
    const trend = series ? trendOf(series) : null;
    const summary = series && trend ? this.summaryOf(series, trend) : '';
    return { brief, indicator, sources, chart, trend, summary };
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

  /** A point's date as the series counts time: `2019`, `FY2019`, `March 2022` or a day. */
  private pointDate(series: Pick<Series, 'frequency'>, point: Pick<SeriesPoint, 'date'>): string {
    const { locale } = this;
    switch (series.frequency) {
      case 'year':
        return point.date.slice(0, 4);
      case 'fiscal-year':
        return locale.t(cardStrings, 'fiscalYear', { year: point.date.slice(0, 4) });
      case 'month':
        return locale.date(point.date, 'month');
      case 'irregular':
        return locale.date(point.date, 'day');
    }
  }

  /** A point's date with its preposition: "in 2019", "on December 31, 2021". */
  private when(series: Pick<Series, 'frequency'>, point: Pick<SeriesPoint, 'date'>): string {
    const key = series.frequency === 'irregular' ? 'whenOn' : 'whenIn';
    return this.locale.t(cardStrings, key, { date: this.pointDate(series, point) });
  }

  private value(value: number, unit: string): string {
    return `${this.locale.number(value)} ${unit}`;
  }

  private trendText(series: Series, trend: Trend): string {
    const { locale } = this;
    const percent = (change: number) =>
      Number.isFinite(change)
        ? locale.number(Math.abs(change), {
            style: 'percent',
            maximumFractionDigits: Math.abs(change) < 0.1 ? 1 : 0,
          })
        : '—';
    const from = this.pointDate(series, trend.first);
    switch (trend.kind) {
      case 'cumulative':
        return locale.t(cardStrings, 'trendCumulative', {
          first: locale.number(trend.first.value),
          last: locale.number(trend.last.value),
          from: this.when(series, trend.first),
          to: this.when(series, trend.last),
        });
      case 'peak':
        return locale.t(cardStrings, 'trendPeak', {
          pct: percent(trend.change),
          peak: this.pointDate(series, trend.peak),
        });
      case 'flat':
        return locale.t(cardStrings, 'trendFlat', { from });
      case 'up':
        return locale.t(cardStrings, 'trendUp', { pct: percent(trend.change), from });
      case 'down':
        return locale.t(cardStrings, 'trendDown', { pct: percent(trend.change), from });
    }
  }

  private summaryOf(series: Series, trend: Trend): string {
    return this.locale.t(cardStrings, 'chartSummary', {
      label: series.label,
      first: this.value(trend.first.value, series.unit),
      from: this.when(series, trend.first),
      last: this.value(trend.last.value, series.unit),
      to: this.when(series, trend.last),
      trend: this.trendText(series, trend),
    });
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
  private readonly onToggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
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
  private readonly onDownload = (): void => {
    const view = this.view;
    if (!view) return;
    downloadFile(
      `${view.brief.id}-${view.indicator.id}.csv`,
      seriesCsv(view.brief, view.indicator),
      'text/csv',
    );
  };

  private renderHeadline(indicator: Indicator): TemplateResult | typeof nothing {
    const headline = indicator.headline;
    if (!headline) return nothing;
    const { locale } = this;
    const asOf = locale.date(headline.asOf, headline.asOfPrecision ?? 'day');
    return html`
      <div class="headline" part="headline">
        <p class="headline__figure">
          <span class="headline__value">${locale.compact(headline.value)}</span>
          <span class="headline__unit">${headline.unit}</span>
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
      </div>
    `;
  }

  private renderChart(view: CardView, series: Series): TemplateResult | typeof nothing {
    const { chart, trend, summary } = view;
    if (!chart || !trend) return nothing;
    const { locale } = this;
    const activePoint = this.active === undefined ? undefined : series.points[this.active];
    const placed = chart.points.find((point) => point.index === this.active);
    const readout = activePoint
      ? locale.t(cardStrings, 'readout', {
          date: this.pointDate(series, activePoint),
          value:
            activePoint.value === null
              ? locale.t(cardStrings, 'gap')
              : this.value(activePoint.value, series.unit),
        })
      : '';
    const last = chart.points[chart.points.length - 1];
    return html`
      <div class="trend">
        <p class="trend__text" part="trend">${this.trendText(series, trend)}</p>
        <p class="trend__label">${series.label}</p>
        <div
          class="chart"
          part="chart"
          tabindex="0"
          role="group"
          aria-roledescription=${locale.t(cardStrings, 'chartRole')}
          aria-label=${summary}
          aria-describedby="chart-help"
          @keydown=${this.onChartKeydown}
          @pointermove=${this.onChartPointer}
          @pointerdown=${this.onChartPointer}
          @pointerleave=${this.onChartLeave}
          @blur=${this.onChartLeave}
        >
          <svg
            class="chart__svg"
            viewBox="0 0 ${chart.width} ${chart.height}"
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            ${svg`
              <path class="chart__baseline" d="M0 ${chart.baseline}H${chart.width}"></path>
              <path class="chart__line" part="line" d=${chart.path}></path>
              <path class="chart__dot" d=${chart.dots}></path>
              ${last ? svg`<path class="chart__end" d="M${last.x} ${last.y}h0"></path>` : nothing}
              ${
                placed
                  ? svg`
                  <path class="chart__rule" d="M${placed.x} 0V${chart.height}"></path>
                  <path class="chart__active" d="M${placed.x} ${placed.y}h0"></path>`
                  : nothing
              }
            `}
          </svg>
        </div>
        <div class="chart__axis" aria-hidden="true">
          <span>${this.pointDate(series, series.points[0] ?? trend.first)}</span>
          <span>${this.pointDate(series, series.points[series.points.length - 1] ?? trend.last)}</span>
        </div>
        <p id="chart-help" class="visually-hidden">${locale.t(cardStrings, 'chartHelp')}</p>
        <p class="readout" part="readout" aria-live="polite">${readout}</p>
      </div>
    `;
  }

  private renderTable(view: CardView, series: Series): TemplateResult {
    const { locale } = this;
    return html`
      <div class="table-tools">
        <button
          type="button"
          class="button"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls="table"
          @click=${this.onToggleTable}
        >
          ${locale.t(cardStrings, this.tableOpen ? 'hideTable' : 'showTable')}
        </button>
        <button type="button" class="button" @click=${this.onDownload}>
          ${locale.t(cardStrings, 'downloadCsv')}
        </button>
      </div>
      <div id="table" class="table-wrap" part="table" ?hidden=${!this.tableOpen}>
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
            ${(this.tableOpen || this.print.printing ? series.points : []).map(
              (point) => html`
                <tr>
                  <th scope="row">${this.pointDate(series, point)}</th>
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
    `;
  }

  private renderContext(brief: Brief, items: readonly ContextItem[], folded: boolean): TemplateResult {
    const { locale } = this;
    const list = () => html`
      <ol class="context__list">
        ${items.map((item) => {
          return html`
            <li class="context__item">
              <time class="context__date" datetime=${item.date}
                >${locale.date(item.date, item.precision ?? 'day')}</time
              >
              <span class="context__text">${item.text}</span>
              <span class="context__sources">${renderCitation(sourcesOf(brief, item.sourceIds), ' · ')}</span>
            </li>
          `;
        })}
      </ol>
    `;
    const title = locale.t(cardStrings, 'context', { count: items.length });
    return folded
      ? html`<details class="context" part="context" @toggle=${this.onContextToggle}>
          <summary class="context__title">${title}</summary>
          ${this.contextOpen || this.print.printing ? list() : nothing}
        </details>`
      : html`<section class="context" part="context" aria-label=${title}>
          <p class="context__title" aria-hidden="true">${title}</p>
          ${list()}
        </section>`;
  }

  protected override renderBrief(): TemplateResult {
    const { locale } = this;
    const view = this.view as CardView;
    const { indicator, brief, sources } = view;
    const series = indicator.series;
    const direction = locale.t(cardStrings, indicator.direction);
    return html`
      <article class="card" part="base" aria-labelledby="title">
        <header class="card__header">
          ${this.renderTitle('card__title', indicator.title)}
          <span class="badge badge--${indicator.direction}" part="direction">
            <span class="visually-hidden">${locale.t(cardStrings, 'directionPrefix')}</span>
            ${direction}
          </span>
        </header>
        <div class="card__figures ${indicator.headline && view.chart ? 'card__figures--split' : ''}">
          ${this.renderHeadline(indicator)} ${series ? this.renderChart(view, series) : nothing}
        </div>
        ${series && view.chart ? this.renderTable(view, series) : nothing}
        ${
          // A compact card keeps the claim only when it has no figure to show instead.
          this.withoutClaim || (this.compact && (indicator.headline || series))
            ? nothing
            : html`
                <figure class="claim" part="claim">
                  <blockquote class="claim__text" cite=${brief.url ?? nothing}>${indicator.claim}</blockquote>
                  <figcaption class="claim__cite">
                    ${locale.t(cardStrings, 'briefSays')} — ${brief.publisher},
                    ${locale.date(brief.published)}
                  </figcaption>
                </figure>
              `
        }
        ${
          indicator.note
            ? html`
                <details class="note" part="note" ?open=${!this.compact} @toggle=${this.onNoteToggle}>
                  <summary class="note__title">${locale.t(cardStrings, 'record')}</summary>
                  ${
                    !this.compact || this.noteOpen || this.print.printing
                      ? html`<p class="note__text">${indicator.note}</p>`
                      : nothing
                  }
                </details>
              `
            : nothing
        }
        ${
          indicator.context.length > 0
            ? this.renderContext(brief, indicator.context, Boolean(series) || this.compact)
            : nothing
        }
        ${
          sources.length > 0
            ? html`
                <details class="sources" part="sources" @toggle=${this.onSourcesToggle}>
                  <summary>${locale.t(cardStrings, 'sourcesCount', { count: sources.length })}</summary>
                  ${this.sourcesOpen || this.print.printing ? renderSourceList(sources, locale) : nothing}
                </details>
              `
            : nothing
        }
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
