/**
 * The phases of `<brief-timeline>` as pure data: which milestones each phase holds, its
 * years and count, which phase holds today, and the rows of a phase as the list shows them
 * (milestones, the "today" line where today falls, the paths after a branch point). No
 * DOM, no Lit.
 * @internal
 */
import { toTime } from '../../internal/dates.js';
import type { Item, Model, PathView, Visible } from './brief-timeline.model.js';

/** At most this many groups when the timeline has no phases of its own. */
export const MAX_DERIVED = 7;
/** The spans (years) tried, shortest first, for groups derived from the dates. */
const SPANS = [1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000];

/** The paths after one branch point whose milestones fall in a phase. */
export interface Fork {
  branch: Item;
  lanes: { path: PathView; items: Item[] }[];
  /** The first of its milestones (reading order), where the fork sits among the phase's rows. */
  time: number;
}

/** One phase: a section of the list, a band on the axis. */
export interface Phase {
  id: string;
  /** The data's title, or the years of a derived group. */
  title: string;
  summary: string | undefined;
  /** When the phase starts (UTC ms); it runs until the next one starts. */
  start: number;
  /** When the next phase starts; `undefined` for the last. */
  end: number | undefined;
  firstYear: number;
  lastYear: number;
  /** Main-line milestones the filter leaves, in date order. */
  items: Item[];
  forks: Fork[];
  /** Milestones shown in the phase: its main line and its forks' paths. */
  count: number;
  holdsToday: boolean;
  /** True for a group the timeline made itself (no `timeline.phases`): its title is its years. */
  derived: boolean;
}

/** One row of a phase in the list. */
export type PhaseRow = { kind: 'item'; item: Item } | { kind: 'today' } | { kind: 'fork'; fork: Fork };

const yearOf = (time: number) => new Date(time).getUTCFullYear();

/** The index of the last start at or before `time` (0 when `time` is before them all). */
function indexAt(starts: readonly number[], time: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? Infinity) <= time) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

interface Frame {
  id: string;
  title: string | undefined;
  summary: string | undefined;
  start: number;
  derived: boolean;
}

/**
 * The groups of a timeline without phases: calendar spans of 1, 2, 5, 10, 20, 25, 50 or
 * 100 years (and longer), the shortest that makes at most seven groups with milestones,
 * each starting on January 1 of its first year; titled later by their years.
 */
function derivedFrames(model: Model): Frame[] {
  const years = new Set<number>();
  for (const item of model.byId.values()) years.add(yearOf(item.time));
  if (years.size === 0) years.add(yearOf(model.now));
  const sorted = [...years].sort((a, b) => a - b);
  let starts: number[] = [];
  for (const span of SPANS) {
    starts = [...new Set(sorted.map((year) => Math.floor(year / span) * span))];
    if (starts.length <= MAX_DERIVED) break;
  }
  return starts.map((year) => ({
    id: `years-${String(year)}`,
    title: undefined,
    summary: undefined,
    start: Date.UTC(year, 0, 1),
    derived: true,
  }));
}

function dataFrames(model: Model): Frame[] | undefined {
  const phases = model.timeline.phases;
  if (!phases || phases.length === 0) return undefined;
  return phases
    .map((phase) => ({
      id: phase.id,
      title: phase.title,
      summary: phase.summary,
      start: toTime(phase.start),
      derived: false,
    }))
    .sort((a, b) => a.start - b.start);
}

/**
 * The phases of the timeline with what the filter leaves in each: `timeline.phases` when
 * the data has them (a milestone belongs to the last phase whose start is on or before its
 * date; one dated before every phase, to the first), else groups derived from the dates.
 * A path's milestones belong to the phase their own dates fall in. Phases with nothing
 * shown are left out, except the one that holds today.
 */
export function groupPhases(model: Model, visible: Visible): Phase[] {
  const frames = dataFrames(model) ?? derivedFrames(model);
  const starts = frames.map((frame) => frame.start);
  const today = indexAt(starts, model.now);
  const items: Item[][] = frames.map(() => []);
  const forks = frames.map(() => new Map<string, Fork>());
  for (const item of visible.main) items[indexAt(starts, item.time)]?.push(item);
  for (const { path, items: pathItems } of visible.paths) {
    const branch = model.byId.get(path.branchId);
    if (!branch) continue;
    for (const item of pathItems) {
      const byBranch = forks[indexAt(starts, item.time)];
      if (!byBranch) continue;
      let fork = byBranch.get(branch.id);
      if (!fork) {
        fork = { branch, lanes: [], time: item.time };
        byBranch.set(branch.id, fork);
      }
      let lane = fork.lanes.find((entry) => entry.path === path);
      if (!lane) {
        lane = { path, items: [] };
        fork.lanes.push(lane);
      }
      lane.items.push(item);
      fork.time = Math.min(fork.time, item.time);
    }
  }
  let lastTime = model.now;
  for (const item of model.byId.values()) lastTime = Math.max(lastTime, item.time);
  const phases: Phase[] = [];
  frames.forEach((frame, index) => {
    const own = items[index] ?? [];
    const phaseForks = [...(forks[index]?.values() ?? [])].sort((a, b) => a.time - b.time);
    const count = own.length + phaseForks.reduce((sum, fork) => sum + forkCount(fork), 0);
    if (count === 0 && index !== today) return;
    const next = frames[index + 1]?.start;
    const times = [...own.map((item) => item.time), ...forkTimes(phaseForks)];
    const firstYear = yearOf(frame.derived ? minOf(times, frame.start) : frame.start);
    const lastYear = frame.derived
      ? yearOf(maxOf(times, frame.start))
      : yearOf(next === undefined ? Math.max(frame.start, lastTime) : next - 1);
    phases.push({
      id: frame.id,
      title: frame.title ?? yearSpan(firstYear, lastYear),
      summary: frame.summary,
      start: frame.start,
      end: next,
      firstYear,
      lastYear,
      items: own,
      forks: phaseForks,
      count,
      holdsToday: index === today,
      derived: frame.derived,
    });
  });
  return phases;
}

function minOf(times: readonly number[], fallback: number): number {
  let min = Infinity;
  for (const time of times) if (time < min) min = time;
  return Number.isFinite(min) ? min : fallback;
}

function maxOf(times: readonly number[], fallback: number): number {
  let max = -Infinity;
  for (const time of times) if (time > max) max = time;
  return Number.isFinite(max) ? max : fallback;
}

function forkCount(fork: Fork): number {
  return fork.lanes.reduce((sum, lane) => sum + lane.items.length, 0);
}

function forkTimes(forks: readonly Fork[]): number[] {
  return forks.flatMap((fork) => fork.lanes.flatMap((lane) => lane.items.map((item) => item.time)));
}

/** Years as a heading shows them: `2020–2025`, or `2026` when they are one. */
export function yearSpan(first: number, last: number): string {
  return first === last ? String(first) : `${String(first)}–${String(last)}`;
}

/**
 * A phase's rows in reading order: its milestones by date, each fork right after its
 * branch point when the branch point is in the phase, else where its first milestone
 * falls; in the phase that holds today, the "today" row before the first upcoming
 * milestone or fork (last when nothing in the phase is upcoming).
 */
export function phaseRows(phase: Phase): PhaseRow[] {
  let rows = rowsOf.get(phase);
  if (!rows) {
    rows = rowsIn(phase);
    rowsOf.set(phase, rows);
  }
  return rows;
}

/** A phase's rows, worked out once per phase (the list and its keyboard order both read them). */
const rowsOf = new WeakMap<Phase, PhaseRow[]>();

function rowsIn(phase: Phase): PhaseRow[] {
  const rows: PhaseRow[] = [];
  const own = new Set(phase.items);
  const loose = phase.forks.filter((fork) => !own.has(fork.branch));
  let next = 0;
  for (const item of phase.items) {
    for (let fork = loose[next]; fork && fork.time < item.time; fork = loose[next]) {
      rows.push({ kind: 'fork', fork });
      next += 1;
    }
    rows.push({ kind: 'item', item });
    for (const fork of phase.forks) if (fork.branch === item) rows.push({ kind: 'fork', fork });
  }
  for (const fork of loose.slice(next)) rows.push({ kind: 'fork', fork });
  if (!phase.holdsToday) return rows;
  const upcoming = rows.findIndex((row) =>
    row.kind === 'item'
      ? row.item.status === 'upcoming'
      : row.kind === 'fork' &&
        row.fork.lanes.some((lane) => lane.items.some((item) => item.status === 'upcoming')),
  );
  rows.splice(upcoming < 0 ? rows.length : upcoming, 0, { kind: 'today' });
  return rows;
}

/** The milestones of phases' rows in reading order: the list's keyboard sequence. */
export function listSequence(phases: readonly Phase[]): Item[] {
  const sequence: Item[] = [];
  for (const phase of phases) {
    for (const row of phaseRows(phase)) {
      if (row.kind === 'item') sequence.push(row.item);
      else if (row.kind === 'fork') for (const lane of row.fork.lanes) sequence.push(...lane.items);
    }
  }
  return sequence;
}

const orders = new WeakMap<readonly Phase[], { sequence: Item[]; position: Map<string, number> }>();

/** The list's keyboard sequence and each milestone's place in it, worked out once per grouping. */
export function listOrder(phases: readonly Phase[]): { sequence: Item[]; position: Map<string, number> } {
  let order = orders.get(phases);
  if (!order) {
    const sequence = listSequence(phases);
    order = { sequence, position: new Map(sequence.map((item, index) => [item.id, index])) };
    orders.set(phases, order);
  }
  return order;
}

/** Which phase (its id) holds each milestone shown. */
export function phaseOfItems(phases: readonly Phase[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const phase of phases) {
    for (const item of phase.items) map.set(item.id, phase.id);
    for (const fork of phase.forks) {
      for (const lane of fork.lanes) for (const item of lane.items) map.set(item.id, phase.id);
    }
  }
  return map;
}
