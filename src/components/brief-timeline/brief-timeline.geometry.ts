/**
 * Pure geometry for `<brief-timeline>`: dates to UTC times, the time scale and its ticks,
 * zoom and pan as arithmetic on the scale's domain, and lane assignment so that no two
 * milestones overlap. No DOM: d3 computes, Lit renders.
 * @internal
 */
import { bisector } from 'd3-array';
import { utcMonth, utcTicks, utcYear } from 'd3-time';
import type { DatePrecision } from '../../data/types.js';
import { DAY } from '../../internal/dates.js';
import { linearScale } from '../../internal/scale.js';

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

/** d3-time's calendar ticks for the scale, about one per `spacing` pixels, with the unit they fall on. */
export function axisTicks(scale: TimeScale, spacing = 90): Tick[] {
  const count = Math.max(2, Math.floor(scale.width / spacing));
  const ticks = utcTicks(new Date(scale.domain[0]), new Date(scale.domain[1]), count);
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

/** A milestone to place: its index (caller's), its x in pixels and its labelled width. */
export interface LaneInput {
  index: number;
  x: number;
  width: number;
}

/** Where a milestone goes: its lane and the box it occupies; compact ones show only a marker. */
export interface Placement {
  index: number;
  lane: number;
  left: number;
  width: number;
  compact: boolean;
}

/** Milestones that found no lane, gathered into one "+N" box that zooms in on them. */
export interface Cluster {
  left: number;
  width: number;
  /** Caller's indices of the milestones inside. */
  indices: number[];
}

export interface LaneOptions {
  /** Most lanes to fill before milestones are gathered into clusters. */
  lanes: number;
  /** Width of a milestone drawn as a marker only. */
  compactWidth: number;
  /** Space kept free between two boxes in a lane. */
  gap: number;
  /** Width of a cluster box. */
  clusterWidth: number;
  /** Caller's index of a milestone that must get a lane (the focused one). */
  pinned?: number;
  /** Right edge of the drawing: a label that would cross it is drawn to the left of its marker. */
  bound?: number;
}

export interface LaneLayout {
  placed: Placement[];
  clusters: Cluster[];
  /** Lanes in use (0 when nothing is placed). */
  lanes: number;
}

/**
 * Assigns milestones (sorted by x) to lanes so that no two boxes in a lane overlap,
 * in O(n · lanes) after the caller's sort. A milestone gets its full label when fewer
 * than `lanes` milestones start under that label; otherwise a marker-only box. What finds
 * no lane goes into clusters, which never overlap either. A label that would cross
 * `bound` is drawn to the left of its marker instead (boxes stay in x order per lane). A pinned milestone always gets
 * a lane: if the first pass leaves it out, the pass runs again with its box reserved.
 */
export function assignLanes(items: readonly LaneInput[], options: LaneOptions): LaneLayout {
  const first = place(items, options, undefined);
  const pinned = options.pinned;
  if (pinned === undefined || first.placed.some((item) => item.index === pinned)) return first;
  const target = items.find((item) => item.index === pinned);
  if (!target) return first;
  const half = options.compactWidth / 2;
  return place(items, options, { index: pinned, left: target.x - half, right: target.x + half });
}

interface Reservation {
  index: number;
  left: number;
  right: number;
}

function place(
  items: readonly LaneInput[],
  options: LaneOptions,
  reserved: Reservation | undefined,
): LaneLayout {
  const { lanes, compactWidth, gap } = options;
  const ends = new Array<number>(Math.max(1, lanes)).fill(-Infinity);
  const placed: Placement[] = [];
  const overflow: LaneInput[] = [];
  const half = compactWidth / 2;
  let ahead = 0;
  let used = 0;
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i];
    if (!item) continue;
    if (reserved && item.index === reserved.index) {
      placed.push({ index: item.index, lane: 0, left: reserved.left, width: compactWidth, compact: true });
      used = Math.max(used, 1);
      continue;
    }
    let left = item.x - half;
    // How many milestones start under this one's label (two pointers: `ahead` only moves on).
    if (ahead < i + 1) ahead = i + 1;
    while (ahead < items.length && (items[ahead]?.x ?? Infinity) < left + item.width + gap) ahead += 1;
    const crowded = ahead - i > lanes;
    const width = crowded ? compactWidth : item.width;
    if (!crowded && options.bound !== undefined && left + width > options.bound) {
      left = Math.max(Math.min(left, 0), item.x + half - width);
    }
    let lane = -1;
    for (let l = 0; l < ends.length; l += 1) {
      let end = ends[l] ?? -Infinity;
      if (reserved && l === 0) {
        const clashes = left < reserved.right + gap && left + width + gap > reserved.left;
        if (clashes) continue;
        if (left >= reserved.right) end = Math.max(end, reserved.right);
      }
      if (end + gap <= left) {
        lane = l;
        break;
      }
    }
    if (lane < 0) {
      overflow.push(item);
      continue;
    }
    ends[lane] = left + width;
    used = Math.max(used, lane + 1);
    placed.push({ index: item.index, lane, left, width, compact: crowded });
  }
  const clusters: Cluster[] = [];
  let current: Cluster | undefined;
  for (const item of overflow) {
    const left = item.x - half;
    if (current && left < current.left + options.clusterWidth + gap) {
      current.indices.push(item.index);
    } else {
      current = { left, width: options.clusterWidth, indices: [item.index] };
      clusters.push(current);
    }
  }
  return { placed, clusters, lanes: used };
}
