/**
 * The card's sparkline as a reader sees it: what it counts (or "Related series: …"), the
 * record since the brief in words, the line with its gaps dotted and the brief's date
 * marked, values written on it (the first, the one the sentence names, the last beside
 * the line's end), the axis's end dates, and its source line. Stateless: the card passes
 * its state and handlers in.
 * @internal
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Series, Source } from '../../data/types.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import type { Since } from '../../internal/record-since.js';
import { renderSourceLine } from '../../internal/sources.js';
import { styleProps } from '../../internal/style-props.js';
import type { ChartLabel, SparklineGeometry } from './brief-indicator-card.geometry.js';
import { cardStrings } from './brief-indicator-card.strings.js';
import { axisDate, labelValue, pointDate, sinceText, valueText } from './brief-indicator-card.text.js';

/** The brief's mark on the axis is named only this close (as a share of the width) to the middle. */
const MARK_LABEL_SPAN = 0.25;

export interface ChartOptions {
  locale: LocaleController;
  series: Series;
  chart: SparklineGeometry;
  since: Since;
  labels: readonly ChartLabel[];
  /** The chart's text alternative. */
  summary: string;
  /** The sources of the series, for its source line. */
  sources: readonly Source[];
  /** Index of the point being read, if any. */
  active: number | undefined;
  onKeydown: (event: KeyboardEvent) => void;
  onPointer: (event: PointerEvent) => void;
  onLeave: () => void;
}

export function renderChartView(options: ChartOptions): TemplateResult {
  const { locale, series, chart, since, summary, active } = options;
  const activePoint = active === undefined ? undefined : series.points[active];
  const placed = chart.points.find((point) => point.index === active);
  const readout = activePoint
    ? locale.t(cardStrings, 'readout', {
        date: pointDate(locale, series, activePoint),
        value:
          activePoint.value === null
            ? locale.t(cardStrings, 'gap')
            : valueText(locale, activePoint.value, series.unit),
      })
    : '';
  const lastPoint = chart.points[chart.points.length - 1];
  // While a point is read, its label is the only one; else the chosen values. The last
  // value sits to the right of the line's end, in a column of its own.
  const labels: { label: ChartLabel; text: string }[] = placed
    ? [{ label: { index: placed.index, x: placed.x, y: placed.y, align: 'middle' }, text: readout }]
    : options.labels.map((label) => ({
        label,
        text: labelValue(locale, series.points[label.index]?.value ?? 0),
      }));
  const endLabel = !placed && lastPoint ? valueText(locale, lastPoint.value, series.unit) : undefined;
  // The labelled points' dots, larger than the others: one path for all of them.
  const ends = options.labels.map((label) => `M${String(label.x)} ${String(label.y)}h0`).join('');
  const percent = (value: number, of: number) => `${String((value / of) * 100)}%`;
  const first = series.points[0];
  const end = series.points[series.points.length - 1];
  return html`
    <figure class="trend">
      <figcaption class="trend__label">
        ${series.related ? locale.t(cardStrings, 'relatedSeries', { label: series.label }) : series.label}
      </figcaption>
      <p class="trend__text" part="trend">
        <span class="trend__since">${locale.t(cardStrings, 'since')}</span>
        ${sinceText(locale, series, since)}
      </p>
      <div
        class="chart"
        part="chart"
        tabindex="0"
        role="group"
        aria-roledescription=${locale.t(cardStrings, 'chartRole')}
        aria-label=${summary}
        aria-describedby="chart-help"
        @keydown=${options.onKeydown}
        @pointermove=${options.onPointer}
        @pointerdown=${options.onPointer}
        @pointerleave=${options.onLeave}
        @blur=${options.onLeave}
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
            ${chart.markX === undefined ? nothing : svg`<path class="chart__mark" d="M${chart.markX} 0V${chart.height}"></path>`}
            ${chart.gaps ? svg`<path class="chart__gap" d=${chart.gaps}></path>` : nothing}
            <path class="chart__line" part="line" d=${chart.path}></path>
            <path class="chart__dot" d=${chart.dots}></path>
            ${ends ? svg`<path class="chart__end" d=${ends}></path>` : nothing}
            ${
              placed
                ? svg`
                <path class="chart__rule" d="M${placed.x} 0V${chart.height}"></path>
                <path class="chart__active" d="M${placed.x} ${placed.y}h0"></path>`
                : nothing
            }
          `}
        </svg>
        ${labels.map(
          ({ label, text }) =>
            html`<span
              class="chart__label chart__label--${label.align}${placed ? ' chart__label--active' : ''}"
              part="chart-label"
              aria-hidden="true"
              ${styleProps({ '--x': percent(label.x, chart.width), '--y': percent(label.y, chart.height) })}
              >${text}</span
            >`,
        )}
        ${
          endLabel && lastPoint
            ? html`<span
                class="chart__label chart__label--last"
                part="chart-label"
                aria-hidden="true"
                ${styleProps({ '--y': percent(lastPoint.y, chart.height) })}
                >${endLabel}</span
              >`
            : nothing
        }
        <span class="chart__date">${first ? axisDate(locale, series, first) : ''}</span>
        ${
          // The brief's mark is named unless it would crowd the axis's end dates.
          chart.markX === undefined || Math.abs(chart.markX / chart.width - 0.5) > MARK_LABEL_SPAN
            ? nothing
            : html`<span class="chart__brief" ${styleProps({ '--x': percent(chart.markX, chart.width) })}
                >${locale.t(cardStrings, 'briefMark')}</span
              >`
        }
        <span class="chart__date chart__date--end">${end ? axisDate(locale, series, end) : ''}</span>
      </div>
      ${renderSourceLine(options.sources, locale)}
      <p id="chart-help" class="visually-hidden">${locale.t(cardStrings, 'chartHelp')}</p>
      <p class="readout visually-hidden" part="readout" aria-live="polite">${readout}</p>
    </figure>
  `;
}
