/**
 * What `<brief-timeline>` shows, derived from the brief as pure data: the milestones with
 * their status and outcome as of a date, the futures after each branch point, what the
 * category filter leaves in reading order, and the milestones the calendar button offers.
 * How they group into phases is `brief-timeline.phases.ts`.
 * No DOM, no Lit: the element formats and draws what this module derives.
 * @internal
 */
import type { Brief, Scenario, Source, Timeline, TimelineEvent } from '../../data/types.js';
import { sourcesOf } from '../../internal/brief-index.js';
import { toTime } from '../../internal/dates.js';
import { parseIdList } from '../../internal/id-list.js';
import { limitsFor, paddedExtent, statusAt, type Limits } from './brief-timeline.geometry.js';

/** How many categories have their own colour before colours repeat. */
export const COLOURS = 6;

export type Outcome = Scenario['outcome'];
/** Where a milestone stands: on the main line, or on a path with that path's outcome. */
export type Kind = 'main' | Outcome;

/** A milestone as the widget shows it. */
export interface Item {
  id: string;
  event: TimelineEvent;
  time: number;
  status: 'past' | 'upcoming';
  kind: Kind;
  path: PathView | undefined;
  colour: number;
  categoryName: string;
  /** True for a branch point: paths follow it. */
  branching: boolean;
}

/** One of the futures after a branch point, with its outcome as of `now`. */
export interface PathView {
  scenario: Scenario;
  /** The data's outcome; `open` while `now` is before the branch point. */
  outcome: Outcome;
  items: Item[];
  sources: Source[];
  branchId: string;
  branchTime: number;
}

/** Everything derived from the brief and `now` (not from the filter or the view). */
export interface Model {
  brief: Brief;
  timeline: Timeline;
  main: Item[];
  paths: PathView[];
  pathsByBranch: Map<string, PathView[]>;
  byId: Map<string, Item>;
  categoryIds: string[];
  limits: Limits;
  now: number;
  nowIso: string;
}

/** What the filter leaves: the main line, each path, and the axis's reading order. */
export interface Visible {
  main: Item[];
  mainTimes: number[];
  paths: { path: PathView; items: Item[]; times: number[] }[];
  /** The axis's keyboard sequence: the main line by date, each path right after its branch point. */
  sequence: Item[];
  position: Map<string, number>;
  total: number;
}

const byTime = (a: { time: number }, b: { time: number }) => a.time - b.time;

/** Paths after a branch point: the realized one first, the road not taken last. */
const OUTCOME_ORDER: Record<Outcome, number> = { realized: 0, open: 1, 'not-realized': 2 };

/**
 * The timeline of a brief that has one, as of `nowIso` (`YYYY-MM-DD`): every milestone
 * sorted by date (stable, so authors may list events in any order), past or upcoming,
 * and each scenario as a path after its branch point, `open` until the branch date.
 * Scenarios whose branch point is not a main-line event are left out.
 */
export function buildModel(brief: Brief, nowIso: string): Model {
  const timeline = brief.timeline as Timeline;
  const now = toTime(nowIso);
  const categoryIds = timeline.categories.map((category) => category.id);
  const names = new Map(timeline.categories.map((category) => [category.id, category.name]));
  const make = (event: TimelineEvent, kind: Kind, path: PathView | undefined): Item => {
    const time = toTime(event.date);
    const index = categoryIds.indexOf(event.category);
    return {
      id: event.id,
      event,
      time,
      status: statusAt(time, event.precision, now),
      kind,
      path,
      colour: (index < 0 ? 0 : index) % COLOURS,
      categoryName: names.get(event.category) ?? event.category,
      branching: false,
    };
  };
  const main = timeline.events.map((event) => make(event, 'main', undefined)).sort(byTime);
  const byId = new Map(main.map((item) => [item.id, item]));
  const paths: PathView[] = [];
  for (const scenario of timeline.scenarios) {
    const branch = byId.get(scenario.branchFrom);
    if (!branch) continue;
    const outcome: Outcome = now < branch.time ? 'open' : scenario.outcome;
    const path: PathView = {
      scenario,
      outcome,
      items: [],
      sources: sourcesOf(brief, scenario.outcomeSourceIds ?? []),
      branchId: branch.id,
      branchTime: branch.time,
    };
    path.items = scenario.events.map((event) => make(event, outcome, path)).sort(byTime);
    paths.push(path);
  }
  paths.sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
  const pathsByBranch = new Map<string, PathView[]>();
  for (const path of paths) {
    pathsByBranch.set(path.branchId, [...(pathsByBranch.get(path.branchId) ?? []), path]);
    const branch = byId.get(path.branchId);
    if (branch) branch.branching = true;
    for (const item of path.items) byId.set(item.id, item);
  }
  const times = [
    ...main.map((item) => item.time),
    ...paths.flatMap((path) => path.items.map((item) => item.time)),
    now,
  ];
  return {
    brief,
    timeline,
    main,
    paths,
    pathsByBranch,
    byId,
    categoryIds,
    limits: limitsFor(paddedExtent(times)),
    now,
    nowIso,
  };
}

/**
 * The categories shown: the reader's choice once they made one, else those the
 * `categories` attribute lists, else every category.
 */
export function shownCategories(
  model: Model,
  chosen: ReadonlySet<string> | undefined,
  attribute: string,
): ReadonlySet<string> {
  if (chosen) return chosen;
  const wanted = parseIdList(attribute);
  return new Set(wanted.length > 0 ? wanted : model.categoryIds);
}

/**
 * The milestones in the shown categories: the main line by date, each path's milestones,
 * and the reading order, each path's milestones right after its branch point (realized
 * first). A branch point's paths stay even when the branch point itself is filtered out.
 */
export function filterModel(model: Model, shown: ReadonlySet<string>): Visible {
  const keep = (item: Item) => shown.has(item.event.category);
  const main = model.main.filter(keep);
  const paths = model.paths.map((path) => {
    const items = path.items.filter(keep);
    return { path, items, times: items.map((item) => item.time) };
  });
  const sequence: Item[] = [];
  for (const item of model.main) {
    if (keep(item)) sequence.push(item);
    const branching = model.pathsByBranch.get(item.id);
    if (branching) for (const path of branching) sequence.push(...path.items.filter(keep));
  }
  const position = new Map(sequence.map((item, index) => [item.id, index]));
  const total = model.main.length + model.paths.reduce((sum, path) => sum + path.items.length, 0);
  return { main, mainTimes: main.map((item) => item.time), paths, sequence, position, total };
}

/**
 * What the reader's calendar gets: the upcoming milestones the filter leaves, of the main
 * line and of a realized path (never a possible future or the road not taken), in reading order.
 */
export function upcomingItems(visible: Visible | undefined): Item[] {
  return (visible?.sequence ?? []).filter(
    (item) => item.status === 'upcoming' && (item.kind === 'main' || item.kind === 'realized'),
  );
}

/** How many milestones (main line and every path) each category has, whatever the filter. */
export function categoryCounts(timeline: Timeline): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (event: TimelineEvent) => counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
  timeline.events.forEach(count);
  timeline.scenarios.forEach((scenario) => {
    scenario.events.forEach(count);
  });
  return counts;
}
