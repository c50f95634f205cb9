/**
 * Huge briefs built from the bundled one, for the browser tests and `npm run bench`
 * (which bundles this file into its pages): the bundled brief's own items first, then
 * copies of them in turn under new ids, so every copy is as real as its original.
 * Copy `k` (2, 3…) of an item gets the id `<id>-<k>` and, where it has one, the title
 * `<title> (<k>)`; the copied milestones are numbered on from 2 across all of them.
 */
import { usMexico2022 } from '../../src/data/index.js';
import type { Brief, TimelineEvent } from '../../src/data/index.js';

/** `count` items: `items` as they are, then copy 2 of each, copy 3 of each… */
function copies<T>(items: readonly T[], count: number, copy: (item: T, k: number) => T): T[] {
  return Array.from({ length: count }, (_, i) => {
    const item = items[i % items.length] as T;
    const k = Math.floor(i / items.length) + 1;
    return k === 1 ? item : copy(item, k);
  });
}

/** Copy `k` of an item: the id `<id>-<k>`, and the title `<title> (<k>)` where it has one. */
function copyOf<T extends { id: string; title?: string }>(item: T, k: number): T {
  const copy = { ...item, id: `${item.id}-${String(k)}` };
  return item.title === undefined ? copy : { ...copy, title: `${item.title} (${String(k)})` };
}

/**
 * The bundled brief with `count` indicators: its eight (all rated worsening, five with a
 * measured series: four lower than at the brief, one higher), then copies of them in turn.
 */
export function briefWithIndicators(count: number): Brief {
  const brief = structuredClone(usMexico2022);
  brief.indicators = copies(brief.indicators, count, copyOf);
  return brief;
}

/** The bundled brief's sixteen actions, then copies of them in turn: `count` actions in all. */
function actionsOf(brief: Brief, count: number) {
  const actions = brief.recommendations.flatMap((recommendation) => recommendation.actions);
  return copies(actions, count, copyOf);
}

/** The bundled brief with one recommendation (its first) holding `count` actions. */
export function briefWithActions(count: number): Brief {
  const brief = structuredClone(usMexico2022);
  const first = brief.recommendations[0]!;
  brief.recommendations = [{ ...first, actions: actionsOf(brief, count) }];
  return brief;
}

/**
 * The bundled brief with `count` recommendations: its six (16 actions), then copies of
 * them in turn, each with its own actions, numbered on from 7.
 */
export function briefWithRecommendations(count: number): Brief {
  const brief = structuredClone(usMexico2022);
  brief.recommendations = copies(brief.recommendations, count, (recommendation, k) => ({
    ...copyOf(recommendation, k),
    actions: recommendation.actions.map((action) => copyOf(action, k)),
  }));
  brief.recommendations.forEach((recommendation, index) => {
    recommendation.number = index + 1;
  });
  return brief;
}

const DAY_MS = 86_400_000;

/** The span the copied milestones are spread over: January 1, 1994 to December 31, 2041. */
const SPREAD_FROM = Date.UTC(1994, 0, 1);
const SPREAD_DAYS = (Date.UTC(2041, 11, 31) - SPREAD_FROM) / DAY_MS;

/**
 * The bundled brief with `count` milestones: its 37 (33 on the main line, 4 on the two
 * paths after the July 2026 review), then copies of its main-line events in turn on the main line, spread
 * evenly over 1994–2041 (copy `i` of `n`, from 0, on day `floor(i × 17,531 / n)` after
 * January 1, 1994), each a day-precise event in its original's category. `phases: false`
 * drops the timeline's phases, so it groups by calendar spans.
 */
export function briefWithMilestones(count: number, { phases = true } = {}): Brief {
  const brief = structuredClone(usMexico2022);
  const timeline = brief.timeline!;
  const own = timeline.events.length + timeline.scenarios.reduce((sum, s) => sum + s.events.length, 0);
  const n = Math.max(0, count - own);
  const extra: TimelineEvent[] = Array.from({ length: n }, (_, i) => {
    const original = timeline.events[i % timeline.events.length]!;
    const day = Math.floor((i * SPREAD_DAYS) / n);
    return {
      ...copyOf(original, i + 2),
      date: new Date(SPREAD_FROM + day * DAY_MS).toISOString().slice(0, 10),
      precision: 'day',
    };
  });
  timeline.events = [...timeline.events, ...extra];
  if (!phases) delete timeline.phases;
  return brief;
}
