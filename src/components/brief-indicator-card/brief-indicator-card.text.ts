/**
 * What the card says in words: a point's date as its series counts time, values with
 * their unit, the record since the brief ("down 26% from the 2022 peak") and the chart's
 * one-sentence text alternative. Pure but for the locale it is given.
 * @internal
 */
import type { Series, SeriesPoint } from '../../data/types.js';
import { toTime } from '../../internal/dates.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import type { Since } from '../../internal/record-since.js';
import { cardStrings } from './brief-indicator-card.strings.js';

type Locale = Pick<LocaleController, 't' | 'number' | 'compact' | 'date' | 'dateFormat'>;
type Frequency = Pick<Series, 'frequency'>;

/** A point's date as the series counts time: `2019`, `FY2019`, `March 2022` or a day. */
export function pointDate(locale: Locale, series: Frequency, point: Pick<SeriesPoint, 'date'>): string {
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

/** A point's date as short as the axis wants it: `2019`, `FY2019`, `Mar 2022`. */
export function axisDate(locale: Locale, series: Frequency, point: Pick<SeriesPoint, 'date'>): string {
  if (series.frequency === 'year' || series.frequency === 'fiscal-year') {
    return pointDate(locale, series, point);
  }
  return locale.dateFormat({ month: 'short', year: 'numeric', timeZone: 'UTC' }).format(toTime(point.date));
}

/** A point's date with its preposition: "in 2019", "on December 31, 2021". */
export function when(locale: Locale, series: Frequency, point: Pick<SeriesPoint, 'date'>): string {
  const key = series.frequency === 'irregular' ? 'whenOn' : 'whenIn';
  return locale.t(cardStrings, key, { date: pointDate(locale, series, point) });
}

/** A value with its unit: "79,385 deaths". */
export function valueText(locale: Locale, value: number, unit: string): string {
  return `${locale.number(value)} ${unit}`;
}

/** A value as a chart label: short from a million ("2.5M"). */
export function labelValue(locale: Locale, value: number): string {
  return locale.compact(value);
}

function percent(locale: Locale, change: number): string {
  return Number.isFinite(change)
    ? locale.number(Math.abs(change), {
        style: 'percent',
        maximumFractionDigits: Math.abs(change) < 0.1 ? 1 : 0,
      })
    : '—';
}

/** The record since the brief in words, without its "Since then:" label. */
export function sinceText(locale: Locale, series: Series, since: Since): string {
  const from = pointDate(locale, series, since.base);
  switch (since.kind) {
    case 'none':
      return locale.t(cardStrings, 'sinceNone');
    case 'cumulative':
      return locale.t(cardStrings, 'sinceCumulative', {
        first: locale.number(since.base.value),
        last: locale.number(since.last.value),
        from: when(locale, series, since.base),
        to: when(locale, series, since.last),
      });
    case 'peak':
      return locale.t(cardStrings, 'sincePeak', {
        pct: percent(locale, since.change),
        peak: pointDate(locale, series, since.peak),
      });
    case 'flat':
      return locale.t(cardStrings, 'sinceFlat', { from });
    case 'up':
      return locale.t(cardStrings, 'sinceUp', { pct: percent(locale, since.change), from });
    case 'down':
      return locale.t(cardStrings, 'sinceDown', { pct: percent(locale, since.change), from });
  }
}

/** The chart's text alternative: what it counts, its first and last values, and the record since. */
export function chartSummary(locale: Locale, series: Series, since: Since): string {
  return locale.t(cardStrings, 'chartSummary', {
    label: series.label,
    first: valueText(locale, since.first.value, series.unit),
    from: when(locale, series, since.first),
    last: valueText(locale, since.last.value, series.unit),
    to: when(locale, series, since.last),
    since: sinceText(locale, series, since),
  });
}
