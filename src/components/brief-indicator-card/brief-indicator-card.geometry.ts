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
  /** Segments across the gaps (between the values on either side of a run of `null`s), drawn dotted. */
  gaps: string;
  /** X of a marked date (the brief's), when it falls inside the series' span. */
  markX: number | undefined;
  /** Smallest and largest value shown. */
  min: number;
  max: number;
  /** Y of the baseline (zero when the domain includes it). */
  baseline: number;
}

export interface SparklineOptions {
  /** Space kept free around the line, in px, so end dots are not clipped. */
  inset?: number;
  /** Space kept free above the line for value labels (px); defaults to `inset`. */
  top?: number;
  /** A date (`YYYY-MM-DD`) to mark on the x axis. */
  mark?: string;
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
  { inset = 4, top = inset, zero = true, mark }: SparklineOptions = {},
): SparklineGeometry | null {
  const defined = series
    .map((point, index) => ({ point, index }))
    .filter(
      (item): item is { point: SeriesPoint & { value: number }; index: number } =>
        item.point.value !== null && Number.isFinite(item.point.value),
    );
  if (defined.length < 2 || width <= 2 * inset || height <= inset + top) return null;

  const [low = 0, high = 0] = extent(defined, (item) => item.point.value);
  const min = zero ? Math.min(0, low) : low;
  const max = high === min ? min + 1 : high;
  const times = series.map((point) => toTime(point.date));
  // Dates as UTC milliseconds on a linear scale: the sparkline needs no calendar ticks.
  const start = Math.min(...times);
  const end = Math.max(...times);
  const x = linearScale([start, end], [inset, width - inset]);
  const y = linearScale([min, max], [height - inset, top]);

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
  // A gap is a jump in `index` between two consecutive placed points.
  let gaps = '';
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b && b.index - a.index > 1)
      gaps += `M${String(a.x)} ${String(a.y)}L${String(b.x)} ${String(b.y)}`;
  }
  const markTime = mark === undefined ? Number.NaN : toTime(mark);
  return {
    width,
    height,
    path: draw([...series]) ?? '',
    points,
    dots: points.map((point) => `M${String(point.x)} ${String(point.y)}h0`).join(''),
    gaps,
    markX: markTime >= start && markTime <= end ? x(markTime) : undefined,
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

/** A value label on the chart: where it sits (viewBox units), how it aligns, and which point it names. */
export interface ChartLabel {
  index: number;
  x: number;
  y: number;
  align: 'start' | 'middle' | 'end';
}

/**
 * Which points get a value label, most important first (the caller's order: the last
 * value, the point the record sentence names, the first value), leaving out any label
 * closer than `minGap` (viewBox units) to one already kept. The first and last points
 * align to the chart's edges so their labels never leave it.
 */
export function chartLabels(
  chart: Pick<SparklineGeometry, 'points' | 'width'>,
  wanted: readonly number[],
  minGap: number,
): ChartLabel[] {
  const kept: ChartLabel[] = [];
  const first = chart.points[0]?.index;
  const last = chart.points[chart.points.length - 1]?.index;
  for (const index of wanted) {
    const point = chart.points.find((candidate) => candidate.index === index);
    if (!point || kept.some((label) => label.index === index)) continue;
    if (kept.some((label) => Math.abs(label.x - point.x) < minGap)) continue;
    const align = index === first ? 'start' : index === last ? 'end' : 'middle';
    kept.push({ index, x: point.x, y: point.y, align });
  }
  return kept;
}
