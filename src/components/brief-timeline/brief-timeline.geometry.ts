/**
 * Pure geometry for `<brief-timeline>`: dates to UTC times, the time scale and its ticks,
 * zoom and pan as arithmetic on the scale's domain, labels in lanes so that no two
 * overlap, "+N" clusters for the rest, and line wrapping. No DOM: d3 computes, Lit renders.
 * @internal
 */
import { bisector } from 'd3-array';
import type { TimeInterval } from 'd3-time';
import type { DatePrecision } from '../../data/types.js';
import { DAY } from '../../internal/dates.js';
import { linearScale } from '../../internal/scale.js';
import { utcDay, utcMonth, utcYear, utcYears } from './brief-timeline.calendar.js';

/** A visible time range, `[start, end]` in UTC milliseconds. */
export type Domain = readonly [number, number];

/** The first moment after the period a date stands for: the next day, month or year. */
export function periodEnd(time: number, precision: DatePrecision): number {
  const date = new Date(time);
  if (precision === 'year') return Date.UTC(date.getUTCFullYear() + 1, 0, 1);
  if (precision === 'month') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return time + DAY;
}

/**
 * Past or upcoming against `now`: a milestone is past once its whole period (day, month
 * or year) is over, so "2027" stays upcoming throughout 2027 and a milestone dated today
 * is still upcoming.
 */
export function statusAt(time: number, precision: DatePrecision, now: number): 'past' | 'upcoming' {
  return periodEnd(time, precision) <= now ? 'past' : 'upcoming';
}

/** Limits for zoom and pan: the widest and narrowest span, and the range panning stays in. */
export interface Limits {
  extent: Domain;
  minSpan: number;
}

/** The range to show: every time given, padded by 4% on each side (at least 30 days). */
export function paddedExtent(times: readonly number[]): Domain {
  let min = Infinity;
  let max = -Infinity;
  for (const time of times) {
    if (time < min) min = time;
    if (time > max) max = time;
  }
  if (!Number.isFinite(min)) {
    const now = Date.now();
    return [now - 365 * DAY, now + 365 * DAY];
  }
  const pad = Math.max(30 * DAY, (max - min) * 0.04);
  return [min - pad, max + pad];
}

/** Zoom and pan limits for an extent: never narrower than two weeks, never wider than the extent. */
export function limitsFor(extent: Domain): Limits {
  return { extent, minSpan: Math.min(14 * DAY, extent[1] - extent[0]) };
}

/** Keeps a domain inside the extent, keeping its span when it can. */
export function clampDomain(domain: Domain, limits: Limits): Domain {
  const [lo, hi] = limits.extent;
  const span = Math.min(Math.max(domain[1] - domain[0], limits.minSpan), hi - lo);
  let start = domain[0];
  if (start < lo) start = lo;
  if (start + span > hi) start = hi - span;
  return [start, start + span];
}

/**
 * Zooms by `factor` (> 1 zooms in) around `anchor`, a time that stays where it is on
 * screen; the result is clamped to the limits.
 */
export function zoomDomain(domain: Domain, factor: number, anchor: number, limits: Limits): Domain {
  const span = domain[1] - domain[0];
  const [lo, hi] = limits.extent;
  const next = Math.min(Math.max(span / factor, limits.minSpan), hi - lo);
  const ratio = span > 0 ? (anchor - domain[0]) / span : 0.5;
  const start = anchor - ratio * next;
  return clampDomain([start, start + next], limits);
}

/** Moves the domain by `delta` milliseconds (positive: later), clamped to the extent. */
export function panDomain(domain: Domain, delta: number, limits: Limits): Domain {
  return clampDomain([domain[0] + delta, domain[1] + delta], limits);
}

/** Milliseconds per pixel for a domain drawn `width` pixels wide. */
export function msPerPixel(domain: Domain, width: number): number {
  return (domain[1] - domain[0]) / Math.max(1, width);
}

/** The domain, panned just enough to show `time` with a margin; unchanged when already visible. */
export function revealTime(domain: Domain, time: number, limits: Limits, margin = 0.1): Domain {
  const span = domain[1] - domain[0];
  const pad = span * margin;
  if (time >= domain[0] + pad && time <= domain[1] - pad * 2) return domain;
  return clampDomain([time - span / 2, time + span / 2], limits);
}

/** A time scale: a time (UTC ms or a Date) to x in pixels, with the domain and width it draws. */
export interface TimeScale {
  (time: number | Date): number;
  readonly domain: Domain;
  readonly width: number;
}

/** The time scale for a domain drawn `width` pixels wide (UTC, so a date never shifts by a day). */
export function timeScale(domain: Domain, width: number): TimeScale {
  const x = linearScale(domain, [0, width]);
  return Object.assign((time: number | Date) => x(+time), { domain, width });
}

/** One tick of the axis; `unit` tells the renderer how to label it. */
export interface Tick {
  time: number;
  x: number;
  unit: 'year' | 'month' | 'day';
}

/**
 * The calendar steps an axis may tick by, with their rough length: d3-time's own list
 * (`utcTicks`) from one day up, since a view spans at least two weeks. Years step by 1, 2,
 * 5, 10…; below a day the ticks would need hour labels the axis does not have.
 */
const STEPS: readonly (readonly [TimeInterval, number])[] = [
  [utcDay, DAY],
  [utcDay.every(2) as TimeInterval, 2 * DAY],
  [utcDay.filter((date) => date.getUTCDay() === 0), 7 * DAY],
  [utcMonth, 30 * DAY],
  [utcMonth.every(3) as TimeInterval, 90 * DAY],
  [utcYear, 365 * DAY],
];

/** 1, 2 or 5 times a power of ten, near `span / count`: d3-array's `tickStep`, for whole years. */
function yearStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  return Math.max(
    1,
    power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1),
  );
}

/**
 * Calendar ticks for the scale, about one per `spacing` pixels, with the unit they fall on.
 * d3-time's `utcTicks` picks among the steps the same way, but it carries the hour, minute
 * and second intervals (and d3-array's tick math) that an axis of days and years never
 * uses: 0.6 KB brotli of the timeline's chunk.
 */
export function axisTicks(scale: TimeScale, spacing = 90): Tick[] {
  const count = Math.max(2, Math.floor(scale.width / spacing));
  const [start, stop] = scale.domain;
  const target = (stop - start) / count;
  // The step nearest the target, by ratio, as d3's ticker chooses; past a year, whole years.
  let interval: TimeInterval | undefined;
  let below: readonly [TimeInterval, number] | undefined;
  for (const step of STEPS) {
    if (step[1] > target) {
      interval = below && target / below[1] < step[1] / target ? below[0] : step[0];
      break;
    }
    below = step;
  }
  interval ??= utcYears(yearStep((stop - start) / (365 * DAY), count));
  const ticks = interval.range(new Date(start), new Date(stop + 1));
  const unit = ticks.every((tick) => +utcYear.floor(tick) === +tick)
    ? 'year'
    : ticks.every((tick) => +utcMonth.floor(tick) === +tick)
      ? 'month'
      : 'day';
  return ticks.map((tick) => ({ time: +tick, x: scale(tick), unit }));
}

/** The indices `[from, to)` of sorted `times` inside `[start, end]` (binary search). */
export function visibleRange(times: readonly number[], start: number, end: number): [number, number] {
  const by = bisector((time: number) => time);
  return [by.left(times, start), by.right(times, end)];
}

/** A milestone to label: its index (caller's), the x of its date and its label's width, in pixels. */
export interface LabelInput {
  index: number;
  x: number;
  width: number;
  /** Placed before the others, so it always gets a lane when one is free at its date (the focused milestone, a branch point). */
  pinned?: boolean;
}

/**
 * Where a label goes: its lane and its box. A label is anchored at its date: it starts at
 * its marker (`start`), or, where it would cross the right edge, ends at it (`end`).
 */
export interface LabelPlacement {
  index: number;
  lane: number;
  left: number;
  width: number;
  anchor: 'start' | 'end';
}

export interface LabelOptions {
  /** Most lanes to fill; what finds no lane is left over for clusters. */
  lanes: number;
  /** Space kept free between two labels in a lane. */
  gap: number;
  /** Right edge of the drawing. */
  bound: number;
  /** Half the width of a label's marker bar: the bar, not the box's edge, sits on the date. */
  inset: number;
  /**
   * The narrowest any label is: a label with no lane free even that wide at its date is
   * passed over without reading its width (working it out costs text measuring), as it
   * could not be placed anyway.
   */
  minWidth?: number;
}

export interface LabelLayout {
  placed: LabelPlacement[];
  /** Caller's indices of the milestones that found no lane, in x order. */
  overflow: number[];
  /** Lanes in use (0 when nothing is placed). */
  lanes: number;
}

/** The lanes' occupied spans, each lane sorted by left edge; a span fits where it keeps `gap` from both neighbours. */
class Lanes {
  private readonly spans: { left: number; right: number }[][];

  constructor(
    count: number,
    private readonly gap: number,
  ) {
    this.spans = Array.from({ length: Math.max(1, count) }, () => []);
  }

  /** The first lane where `[left, right]` fits, or -1. */
  firstFit(left: number, right: number): number {
    return this.spans.findIndex((lane) => this.fits(lane, left, right));
  }

  add(lane: number, left: number, right: number): void {
    const spans = this.spans[lane];
    if (!spans) return;
    spans.splice(this.insertionPoint(spans, left), 0, { left, right });
  }

  private insertionPoint(spans: readonly { left: number }[], left: number): number {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid]?.left ?? Infinity) < left) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private fits(spans: readonly { left: number; right: number }[], left: number, right: number): boolean {
    const at = this.insertionPoint(spans, left);
    const before = spans[at - 1];
    const after = spans[at];
    return (!before || before.right + this.gap <= left) && (!after || right + this.gap <= after.left);
  }
}

/**
 * Puts labels in lanes so that no two in a lane overlap: pinned labels first, then the
 * rest in x order (first fit, O(log n) per lane and label). Each label is anchored at its
 * date: it starts at its marker, or ends at it where it would cross `bound`, and never
 * leaves the drawing on the left. Labels that find no lane are returned as `overflow`.
 */
export function placeLabels(items: readonly LabelInput[], options: LabelOptions): LabelLayout {
  const lanes = new Lanes(options.lanes, options.gap);
  const placed: LabelPlacement[] = [];
  const placedIndices = new Set<number>();
  let used = 0;
  /** Whether a box `minWidth` wide, anchored at the label's date either way, fits a lane. */
  const mayFit = (item: LabelInput, narrowest: number) => {
    const start = Math.max(0, item.x - options.inset);
    const end = Math.max(0, Math.min(options.bound, item.x + options.inset) - narrowest);
    return (
      (item.x - options.inset + narrowest <= options.bound &&
        lanes.firstFit(start, start + narrowest) >= 0) ||
      lanes.firstFit(end, end + narrowest) >= 0
    );
  };
  const tryPlace = (item: LabelInput) => {
    if (options.minWidth !== undefined && !mayFit(item, options.minWidth)) return;
    const startLeft = item.x - options.inset;
    const anchor = startLeft + item.width <= options.bound ? 'start' : 'end';
    const end = Math.min(options.bound, item.x + options.inset);
    const left = Math.max(0, anchor === 'start' ? startLeft : end - item.width);
    const right = left + item.width;
    const lane = lanes.firstFit(left, right);
    if (lane < 0) return;
    lanes.add(lane, left, right);
    used = Math.max(used, lane + 1);
    placed.push({ index: item.index, lane, left, width: item.width, anchor });
    placedIndices.add(item.index);
  };
  for (const item of items) if (item.pinned) tryPlace(item);
  for (const item of items) if (!item.pinned) tryPlace(item);
  const overflow = items.filter((item) => !placedIndices.has(item.index)).map((item) => item.index);
  return { placed, overflow, lanes: used };
}

/** Milestones that found no lane, gathered under one "+N" label. */
export interface Cluster {
  /** Caller's indices of the milestones inside, in x order. */
  indices: number[];
  left: number;
  width: number;
  /** The x of the first and last milestone inside. */
  from: number;
  to: number;
}

/**
 * Gathers left-over milestones (in x order) into clusters that never overlap: a
 * milestone joins the cluster before it when its marker falls under that cluster's label
 * (plus `gap`). `widthOf` sizes a cluster's label from its members (its count and years
 * change as it grows). A cluster starts at its first milestone, or ends at the right edge.
 */
export function gatherClusters(
  items: readonly { index: number; x: number }[],
  widthOf: (indices: readonly number[]) => number,
  options: { gap: number; bound: number; inset: number },
): Cluster[] {
  const clusters: Cluster[] = [];
  const fit = (cluster: Cluster) => {
    cluster.width = widthOf(cluster.indices);
    cluster.left = Math.max(0, Math.min(cluster.from - options.inset, options.bound - cluster.width));
  };
  for (const item of items) {
    const last = clusters[clusters.length - 1];
    if (last && item.x - options.inset < last.left + last.width + options.gap) {
      last.indices.push(item.index);
      last.to = item.x;
      fit(last);
    } else {
      const cluster: Cluster = { indices: [item.index], left: 0, width: 0, from: item.x, to: item.x };
      fit(cluster);
      clusters.push(cluster);
    }
    // A cluster pushed left by the right edge may now reach the one before it: merge them.
    for (let i = clusters.length - 1; i > 0; i -= 1) {
      const before = clusters[i - 1];
      const after = clusters[i];
      if (!before || !after || before.left + before.width + options.gap <= after.left) break;
      before.indices.push(...after.indices);
      before.to = after.to;
      fit(before);
      clusters.splice(i, 1);
    }
  }
  return clusters;
}

/**
 * How many lines `words` take when wrapped greedily at `width` (px): `widths` are the
 * words' widths and `space` the width of a space. A word wider than the line takes a line.
 */
export function wrapLines(widths: readonly number[], space: number, width: number): number {
  let lines = 0;
  let line = 0;
  for (const word of widths) {
    if (lines === 0 || line + space + word > width) {
      lines += 1;
      line = word;
    } else {
      line += space + word;
    }
  }
  return lines;
}
