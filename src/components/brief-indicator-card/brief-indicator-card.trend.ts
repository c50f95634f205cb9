/**
 * The trend of a series in words: what a reader would say looking at the sparkline
 * ("up 53% since 2019", "down 26% from a 2022 peak"). Pure; the card fills the words in.
 */
import type { Series, SeriesPoint } from '../../data/types.js';

export type TrendKind = 'up' | 'down' | 'flat' | 'peak' | 'cumulative';

export interface Trend {
  kind: TrendKind;
  first: SeriesPoint & { value: number };
  last: SeriesPoint & { value: number };
  /** The highest value; for `peak`, the one the series has fallen from. */
  peak: SeriesPoint & { value: number };
  /** Relative change, as a fraction: from `first` (up, down, flat) or from `peak` (peak). */
  change: number;
}

/** Below this relative change a series is "about level". */
const FLAT = 0.03;
/** A fall of at least this much from an inner peak is told as "down from a peak". */
const FROM_PEAK = 0.1;

/** The series' trend, or `null` when fewer than two points have a value. */
export function trendOf(series: Pick<Series, 'points' | 'cumulative'>): Trend | null {
  const points = series.points.filter(
    (point): point is SeriesPoint & { value: number } => point.value !== null && Number.isFinite(point.value),
  );
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return null;
  // The latest of equal highs: "down from a 2022 peak" names the most recent one.
  const peak = points.reduce((best, point) => (point.value >= best.value ? point : best), first);
  const fromFirst =
    first.value === 0
      ? last.value === 0
        ? 0
        : Infinity
      : (last.value - first.value) / Math.abs(first.value);

  if (series.cumulative) return { kind: 'cumulative', first, last, peak, change: fromFirst };
  if (peak !== first && peak !== last && peak.value > 0) {
    const fromPeak = (last.value - peak.value) / peak.value;
    if (fromPeak <= -FROM_PEAK) return { kind: 'peak', first, last, peak, change: fromPeak };
  }
  if (Math.abs(fromFirst) < FLAT) return { kind: 'flat', first, last, peak, change: fromFirst };
  return { kind: fromFirst > 0 ? 'up' : 'down', first, last, peak, change: fromFirst };
}
