/**
 * What a series has done since a brief: the brief's assessment is its own (a judgement
 * made on its date); this is the record after it, in numbers. Pure; the card says it in
 * words ("Since then: down 26% from the 2022 peak") and the grid counts it.
 * @internal
 */
import type { Series, SeriesPoint } from '../data/types.js';

/** A point with a number. */
export type ValuedPoint = SeriesPoint & { value: number };

export type SinceKind = 'up' | 'down' | 'flat' | 'peak' | 'cumulative' | 'none';

export interface Since {
  /**
   * `none`: no value after the brief; `peak`: down at least 10% from a higher value
   * reached after the brief; `cumulative`: a running count; else up, down or level (±3%)
   * against the value at the brief.
   */
  kind: SinceKind;
  /** The value the brief could see: the last value on or before its date, else the first value. */
  base: ValuedPoint;
  /** The latest value. */
  last: ValuedPoint;
  /** The highest value from `base` on; for `peak`, the one the series has fallen from. */
  peak: ValuedPoint;
  /** The first value of the series. */
  first: ValuedPoint;
  /** Relative change from `base` (from `peak` for `peak`), as a fraction. */
  change: number;
}

/** Below this relative change a series is "about level". */
export const FLAT = 0.03;
/** A fall of at least this much from a later peak is told as "down from the peak". */
export const FROM_PEAK = 0.1;

function relative(from: number, to: number): number {
  if (from === 0) return to === 0 ? 0 : Infinity;
  return (to - from) / Math.abs(from);
}

/** The record since `briefDate` (`YYYY-MM-DD`), or `null` when fewer than two points have a value. */
export function recordSince(series: Pick<Series, 'points' | 'cumulative'>, briefDate: string): Since | null {
  const points = series.points.filter(
    (point): point is ValuedPoint => point.value !== null && Number.isFinite(point.value),
  );
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return null;
  let baseIndex = 0;
  points.forEach((point, index) => {
    if (point.date <= briefDate) baseIndex = index;
  });
  const base = points[baseIndex] ?? first;
  // The latest of equal highs: "down from the 2022 peak" names the most recent one.
  const peak = points
    .slice(baseIndex)
    .reduce((best, point) => (point.value >= best.value ? point : best), base);
  const fromBase = relative(base.value, last.value);
  const result = { base, last, peak, first };
  if (last.date <= briefDate) return { kind: 'none', ...result, change: 0 };
  if (series.cumulative) return { kind: 'cumulative', ...result, change: fromBase };
  if (peak !== base && peak !== last && peak.value > 0) {
    const fromPeak = relative(peak.value, last.value);
    if (fromPeak <= -FROM_PEAK) return { kind: 'peak', ...result, change: fromPeak };
  }
  if (Math.abs(fromBase) < FLAT) return { kind: 'flat', ...result, change: fromBase };
  return { kind: fromBase > 0 ? 'up' : 'down', ...result, change: fromBase };
}

/** Where the latest value stands against the value at the brief: `lower`, `higher`, `level` or `none`. */
export function sinceDirection(since: Since): 'lower' | 'higher' | 'level' | 'none' {
  if (since.kind === 'none') return 'none';
  const change = relative(since.base.value, since.last.value);
  if (Math.abs(change) < FLAT) return 'level';
  return change < 0 ? 'lower' : 'higher';
}
