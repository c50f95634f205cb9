/**
 * Runtime validation of author briefs. Two passes: the schema (shapes and values), then
 * the references between parts (ids that must exist, ids that must be unique, dates
 * that must run in order). Every problem names its field path.
 *
 * The schema pass takes the brief's long lists (indicators, recommendations and their
 * actions, the timeline's events, sources) item by item, after the rest of the brief, so
 * that a brief of 10,000 items can be validated in slices that give the main thread back
 * between them (`validateBriefInSlices`); the problems come out as one pass lists them.
 */
import * as v from 'valibot';
import {
  ActionSchema,
  BriefSchema,
  IndicatorSchema,
  MAX_EVENTS,
  RecommendationSchema,
  SourceSchema,
  TimelineEventSchema,
  TimelineSchema,
  TOO_MANY_EVENTS,
} from './schema.js';
import type { Brief, BriefProblem, BriefValidation } from './types.js';

/** Most problems reported for one brief: enough to fix, not enough to flood a console. */
const MAX_PROBLEMS = 20;

type PathItem = { key: unknown };

/** Formats a path as `indicators[2].series.points[0].value`. */
export function formatPath(items: readonly (string | number)[]): string {
  let out = '';
  for (const item of items) {
    if (typeof item === 'number') out += `[${String(item)}]`;
    else out += out ? `.${item}` : item;
  }
  return out || '(brief)';
}

function issueKeys(issue: v.BaseIssue<unknown>): (string | number)[] {
  return ((issue.path ?? []) as PathItem[]).map((item) =>
    typeof item.key === 'number' ? item.key : String(item.key),
  );
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'picklist' && issue.expected) {
    const choices = issue.expected
      .replace(/^\(|\)$/g, '')
      .split(' | ')
      .join(', ');
    return `must be one of ${choices}; got ${issue.received}`;
  }
  // A field the schema does not know: the message names it and suggests the near miss.
  if (issue.type === 'strict_object' && issue.expected === 'never') return issue.message;
  if (issue.kind === 'schema') {
    return issue.received === 'undefined'
      ? 'is missing'
      : `expected ${issue.expected ?? 'another type'}, got ${issue.received}`;
  }
  // Our validations carry their own message; quote a short primitive input after it.
  const quoted =
    issue.type === 'regex' || issue.type === 'check' || issue.type === 'finite' ? issue.received : '';
  const received = quoted && quoted !== 'Object' && quoted.length <= 40 ? ` (got ${quoted})` : '';
  return `${issue.message}${received}`;
}

/** Checks the references inside a brief whose shape is already valid. */
export function checkReferences(brief: Brief): BriefProblem[] {
  const problems: BriefProblem[] = [];
  const report = (path: (string | number)[], message: string) => {
    problems.push({ path: formatPath(path), message });
  };

  const sourceIds = uniqueIds(brief.sources, ['sources'], report);
  const actorIds = uniqueIds(brief.actors, ['actors'], report);
  const checkSources = (ids: readonly string[], path: (string | number)[]) => {
    ids.forEach((id, index) => {
      if (!sourceIds.has(id)) report([...path, index], `no source with id "${id}" in sources`);
    });
  };
  const checkActors = (ids: readonly string[], path: (string | number)[]) => {
    ids.forEach((id, index) => {
      if (!actorIds.has(id)) report([...path, index], `no actor with id "${id}" in actors`);
    });
  };

  uniqueIds(brief.indicators, ['indicators'], report);
  brief.indicators.forEach((indicator, i) => {
    const at = ['indicators', i];
    checkSources(indicator.sourceIds, [...at, 'sourceIds']);
    if (indicator.headline) checkSources(indicator.headline.sourceIds, [...at, 'headline', 'sourceIds']);
    indicator.context.forEach((item, c) => {
      checkSources(item.sourceIds, [...at, 'context', c, 'sourceIds']);
    });
    const points = indicator.series?.points ?? [];
    points.forEach((point, p) => {
      checkSources(point.sourceIds, [...at, 'series', 'points', p, 'sourceIds']);
      const previous = points[p - 1];
      if (previous && previous.date >= point.date) {
        report(
          [...at, 'series', 'points', p, 'date'],
          `dates must run in order: ${point.date} does not come after ${previous.date}`,
        );
      }
    });
  });

  uniqueIds(brief.recommendations, ['recommendations'], report);
  const actionIds = new Map<string, string>();
  brief.recommendations.forEach((recommendation, r) => {
    const at = ['recommendations', r];
    checkActors(recommendation.actors, [...at, 'actors']);
    recommendation.actions.forEach((action, a) => {
      const path = [...at, 'actions', a];
      const first = actionIds.get(action.id);
      if (first) report([...path, 'id'], `duplicate id "${action.id}" (first used at ${first})`);
      else actionIds.set(action.id, formatPath([...path, 'id']));
      checkActors(action.actors, [...path, 'actors']);
      if (action.status) checkSources(action.status.sourceIds, [...path, 'status', 'sourceIds']);
    });
  });

  const timeline = brief.timeline;
  if (timeline) {
    const categoryIds = uniqueIds(timeline.categories, ['timeline', 'categories'], report);
    const eventIds = new Map<string, string>();
    const checkEvent = (
      event: { id: string; category: string; sourceIds: string[] },
      path: (string | number)[],
    ) => {
      const first = eventIds.get(event.id);
      if (first) report([...path, 'id'], `duplicate id "${event.id}" (first used at ${first})`);
      else eventIds.set(event.id, formatPath([...path, 'id']));
      if (!categoryIds.has(event.category)) {
        report([...path, 'category'], `no category with id "${event.category}" in timeline.categories`);
      }
      checkSources(event.sourceIds, [...path, 'sourceIds']);
    };
    timeline.events.forEach((event, e) => {
      checkEvent(event, ['timeline', 'events', e]);
    });
    const phases = timeline.phases ?? [];
    uniqueIds(phases, ['timeline', 'phases'], report);
    phases.forEach((phase, p) => {
      const previous = phases[p - 1];
      if (previous && previous.start >= phase.start) {
        report(
          ['timeline', 'phases', p, 'start'],
          `phases must run in order: ${phase.start} does not come after ${previous.start}`,
        );
      }
    });
    const mainEvents = new Set(timeline.events.map((event) => event.id));
    uniqueIds(timeline.scenarios, ['timeline', 'scenarios'], report);
    timeline.scenarios.forEach((scenario, s) => {
      const at = ['timeline', 'scenarios', s];
      if (!mainEvents.has(scenario.branchFrom)) {
        report([...at, 'branchFrom'], `no event with id "${scenario.branchFrom}" in timeline.events`);
      }
      scenario.events.forEach((event, e) => {
        checkEvent(event, [...at, 'events', e]);
      });
      checkSources(scenario.outcomeSourceIds ?? [], [...at, 'outcomeSourceIds']);
    });
  }
  return problems;
}

function uniqueIds(
  items: readonly { id: string }[],
  path: (string | number)[],
  report: (path: (string | number)[], message: string) => void,
): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else {
      report(
        [...path, index, 'id'],
        `duplicate id "${item.id}" (first used at ${formatPath([...path, first, 'id'])})`,
      );
    }
  });
  return new Set(seen.keys());
}

type Keys = (string | number)[];

/** A list inside each item of a long list (a recommendation's actions), taken entry by entry too. */
interface Inner {
  key: string;
  /** The keys the item's schema knows. */
  keys: readonly string[];
  item: v.GenericSchema;
}

interface List {
  path: readonly string[];
  item: v.GenericSchema;
  /** The list's own length limit, and what is said of a list past it. */
  max?: [number, string];
  inner?: Inner;
}

/** A brief's long lists, which the schema pass takes item by item. */
const LISTS: readonly List[] = [
  { path: ['indicators'], item: IndicatorSchema },
  {
    path: ['recommendations'],
    item: RecommendationSchema,
    inner: { key: 'actions', keys: Object.keys(RecommendationSchema.entries), item: ActionSchema },
  },
  { path: ['timeline', 'events'], item: TimelineEventSchema, max: [MAX_EVENTS, TOO_MANY_EVENTS] },
  { path: ['sources'], item: SourceSchema },
];

type Found = { keys: Keys; message: string }[];

/** Parses `value`: its output, or `undefined` with its problems added to `found` at `at`. */
function parse(schema: v.GenericSchema, value: unknown, at: Keys, found: Found): unknown {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  for (const issue of result.issues)
    found.push({ keys: [...at, ...issueKeys(issue)], message: issueMessage(issue) });
  return undefined;
}

/**
 * One item of a long list, at `at`. An item with a list of its own (a recommendation of
 * thousands of actions) is parsed with its first entry only, then the other entries one
 * by one, yielding between them: the item keeps at least the entries it has (its own
 * length limits hold), and the problems come in the order one pass would list them.
 */
function* itemSteps(list: List, value: unknown, at: Keys, found: Found): Generator<void, unknown, void> {
  const inner = list.inner;
  if (!inner || !isRecord(value)) return parse(list.item, value, at, found);
  const head = pick(value, inner.keys);
  const entries = head[inner.key];
  if (!Array.isArray(entries) || entries.length < 2) return parse(list.item, head, at, found);
  head[inner.key] = entries.slice(0, 1);
  const output = parse(list.item, head, at, found) as Record<string, unknown> | undefined;
  const rest: unknown[] = [];
  for (let index = 1; index < entries.length; index += 1) {
    yield;
    rest.push(parse(inner.item, entries[index], [...at, inner.key, index], found));
  }
  if (!output || rest.includes(undefined)) return undefined;
  output[inner.key] = [...(output[inner.key] as unknown[]), ...rest];
  return output;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A shallow copy of `value` as the schema reads it: the keys it knows (`key in value`,
 * inherited ones too) and every other enumerable key, which the schema reports as unknown.
 */
function pick(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key in value) picked[key] = value[key];
  for (const key of keys) if (key in value) picked[key] = value[key];
  return picked;
}

const BRIEF_KEYS: readonly string[] = Object.keys(BriefSchema.entries);
const TIMELINE_KEYS: readonly string[] = Object.keys(TimelineSchema.entries);

/** The long lists `brief` holds, each with the object that holds it. */
function listsIn(brief: Record<string, unknown>) {
  return LISTS.flatMap((list) => {
    const [first, second] = list.path as [string, string?];
    const owner = second === undefined ? brief : brief[first];
    const key = second ?? first;
    const items = isRecord(owner) ? owner[key] : undefined;
    return Array.isArray(items)
      ? [{ ...list, owner: owner as Record<string, unknown>, key, items: items as unknown[] }]
      : [];
  });
}

/** How many items the long lists of `input` hold, their items' own lists included. */
function sizeOf(input: unknown): number {
  let size = 0;
  if (!isRecord(input)) return size;
  for (const list of listsIn(input)) {
    size += list.items.length;
    const inner = list.inner;
    if (!inner) continue;
    for (const item of list.items) {
      const entries = isRecord(item) ? item[inner.key] : undefined;
      if (Array.isArray(entries)) size += entries.length;
    }
  }
  return size;
}

/** Where a problem stands in one pass of the schema over the brief: by field, then by the timeline's field. */
function rank(keys: Keys): [number, number] {
  const [first, second] = keys;
  return [
    BRIEF_KEYS.indexOf(String(first)),
    first === 'timeline' ? TIMELINE_KEYS.indexOf(String(second)) : 0,
  ];
}

/** The problems in the order one pass of the schema lists them (the sort is stable), at most MAX_PROBLEMS. */
function inOrder(found: { keys: Keys; message: string }[]): BriefProblem[] {
  const ranked = found.map((entry) => ({ ...entry, rank: rank(entry.keys) }));
  ranked.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1]);
  return ranked
    .slice(0, MAX_PROBLEMS)
    .map((entry) => ({ path: formatPath(entry.keys), message: entry.message }));
}

/**
 * Validation as a sequence of steps: the brief without its long lists, then each list
 * item by item, then the references. It yields between steps; `validateBrief` runs them
 * all at once, `validateBriefInSlices` a slice at a time.
 */
function* validationSteps(input: unknown): Generator<void, BriefValidation, void> {
  if (!isRecord(input)) {
    const got = Array.isArray(input) ? 'a list' : input === null ? 'null' : typeof input;
    return { ok: false, problems: [{ path: formatPath([]), message: `must be a JSON object, got ${got}` }] };
  }
  // The brief with its long lists emptied, read as the schema reads it (the keys it knows,
  // inherited ones too), and the lists themselves.
  const shell = pick(input, BRIEF_KEYS);
  if (isRecord(shell['timeline'])) shell['timeline'] = pick(shell['timeline'], TIMELINE_KEYS);
  const lists = listsIn(shell).map((list) => {
    list.owner[list.key] = [];
    return { ...list, output: [] as unknown[] };
  });
  const shape = v.safeParse(BriefSchema, shell);
  const found: Found = shape.success
    ? []
    : shape.issues.map((issue) => ({ keys: issueKeys(issue), message: issueMessage(issue) }));
  for (const list of lists) {
    for (let index = 0; index < list.items.length; index += 1) {
      yield;
      list.output.push(yield* itemSteps(list, list.items[index], [...list.path, index], found));
    }
    if (list.max && list.items.length > list.max[0])
      found.push({ keys: [...list.path], message: list.max[1] });
  }
  if (!shape.success || found.length > 0) return { ok: false, problems: inOrder(found) };
  const brief = shape.output;
  const record = brief as unknown as Record<string, unknown>;
  for (const list of lists) {
    const [first, second] = list.path as [string, string?];
    const owner = (second === undefined ? record : record[first]) as Record<string, unknown>;
    owner[list.key] = list.output;
  }
  yield;
  const problems = checkReferences(brief);
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, brief };
}

/**
 * Validates an unknown value as a brief: its shape first, then its references.
 * Never throws; problems name their field path.
 */
export function validateBrief(input: unknown): BriefValidation {
  const steps = validationSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How `validateBriefInSlices` shares the main thread. */
export interface SliceOptions {
  /** Milliseconds of work in one slice (30 by default). */
  budget?: number;
  /** What to wait for between slices: by default the next task (a `setTimeout`), so input and frames get their turn. */
  pause?: () => Promise<void>;
  /** Stops the validation: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** A brief whose long lists hold fewer items than this in all (1,000 by default) is validated at once. */
  from?: number;
}

const nextTask = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * Validates as `validateBrief` does, with the same result, but for a brief of thousands of
 * items gives the main thread back whenever a slice of the work has taken `budget` ms: a
 * brief of ordinary size, or one validated within the first slice, gets its result at
 * once; a longer one gets a promise of it, settled after further slices. Never throws for
 * a wrong brief; a value that cannot even be read (a throwing getter) throws, or rejects
 * the promise.
 */
export function validateBriefInSlices(
  input: unknown,
  { budget = 30, pause = nextTask, signal, from = 1000 }: SliceOptions = {},
): BriefValidation | Promise<BriefValidation> {
  if (sizeOf(input) < from) return validateBrief(input);
  const steps = validationSteps(input);
  const slice = (): BriefValidation | undefined => {
    const end = performance.now() + budget;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() >= end) return undefined;
    }
  };
  const first = slice();
  if (first) return first;
  return (async () => {
    for (;;) {
      await pause();
      signal?.throwIfAborted();
      const result = slice();
      if (result) return result;
    }
  })();
}
