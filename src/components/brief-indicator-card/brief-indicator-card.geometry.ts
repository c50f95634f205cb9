/**
 * Sparkline geometry: pure functions from a series and a size to scales, a path with
 * its gaps, the points and the axis ends. No DOM; tested on its own.
 */
import { extent } from 'd3-array';
import { line } from 'd3-shape';
import type { SeriesPoint } from '../../data/types.js';
import { toTime } from '../../internal/dates.js';
import { linearScale } from '../../internal/scale.js';

/** A point of the series placed in the chart; `null` values are gaps and are not placed. */
export interface PlacedPoint {
  /** Index in the series' `points`. */
  index: number;
  date: string;
  value: number;
  x: number;
  y: number;
}

export interface SparklineGeometry {
  width: number;
  height: number;
  /** The line's `d`, broken where the series has gaps. */
  path: string;
  /** Points with a value, in date order. */
  points: PlacedPoint[];
  /** One zero-length segment per point: with round caps, a dot each, all in one path. */
  dots: string;
  /** Smallest and largest value shown. */
  min: number;
  max: number;
  /** Y of the baseline (zero when the domain includes it). */
  baseline: number;
}

export interface SparklineOptions {
  /** Space kept free around the line, in px, so end dots are not clipped. */
  inset?: number;
  /** Start the value axis at zero (counts), or fit it to the data. */
  zero?: boolean;
}

/**
 * Lays a series out in a `width` × `height` box. Returns `null` when fewer than two
 * points have a value: there is no line to draw.
 */
export function sparkline(
  series: readonly SeriesPoint[],
  width: number,
  height: number,
  { inset = 4, zero = true }: SparklineOptions = {},
): SparklineGeometry | null {
  const defined = series
    .map((point, index) => ({ point, index }))
    .filter(
      (item): item is { point: SeriesPoint & { value: number }; index: number } =>
        item.point.value !== null && Number.isFinite(item.point.value),
    );
  if (defined.length < 2 || width <= 2 * inset || height <= 2 * inset) return null;

  const [low = 0, high = 0] = extent(defined, (item) => item.point.value);
  const min = zero ? Math.min(0, low) : low;
  const max = high === min ? min + 1 : high;
  const times = series.map((point) => toTime(point.date));
  // Dates as UTC milliseconds on a linear scale: the sparkline needs no calendar ticks.
  const x = linearScale([Math.min(...times), Math.max(...times)], [inset, width - inset]);
  const y = linearScale([min, max], [height - inset, inset]);

  const points = defined.map(({ point, index }) => ({
    index,
    date: point.date,
    value: point.value,
    x: x(toTime(point.date)),
    y: y(point.value),
  }));
  const draw = line<SeriesPoint>()
    .defined((point) => point.value !== null && Number.isFinite(point.value))
    .x((point) => x(toTime(point.date)))
    .y((point) => y(point.value ?? 0));
  return {
    width,
    height,
    path: draw([...series]) ?? '',
    points,
    dots: points.map((point) => `M${String(point.x)} ${String(point.y)}h0`).join(''),
    min,
    max,
    baseline: y(Math.max(min, Math.min(0, max))),
  };
}

/** The placed point nearest to `x` (pointer position), by horizontal distance. */
export function nearestPoint(points: readonly PlacedPoint[], x: number): PlacedPoint | undefined {
  let best: PlacedPoint | undefined;
  for (const point of points) {
    if (!best || Math.abs(point.x - x) < Math.abs(best.x - x)) best = point;
  }
  return best;
}
