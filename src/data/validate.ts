/**
 * Runtime validation of author briefs. Two passes: the schema (shapes and values), then
 * the references between parts (ids that must exist, ids that must be unique, dates
 * that must run in order). Every problem names its field path.
 */
import * as v from 'valibot';
import { BriefSchema } from './schema.js';
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

function issuePath(issue: v.BaseIssue<unknown>): string {
  const keys = ((issue.path ?? []) as PathItem[]).map((item) =>
    typeof item.key === 'number' ? item.key : String(item.key),
  );
  return formatPath(keys);
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'picklist' && issue.expected) {
    const choices = issue.expected
      .replace(/^\(|\)$/g, '')
      .split(' | ')
      .join(', ');
    return `must be one of ${choices}; got ${issue.received}`;
  }
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

/**
 * Validates an unknown value as a brief: its shape first, then its references.
 * Never throws; problems name their field path.
 */
export function validateBrief(input: unknown): BriefValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const got = Array.isArray(input) ? 'a list' : input === null ? 'null' : typeof input;
    return { ok: false, problems: [{ path: formatPath([]), message: `must be a JSON object, got ${got}` }] };
  }
  const result = v.safeParse(BriefSchema, input);
  if (!result.success) {
    const problems = result.issues.slice(0, MAX_PROBLEMS).map((issue) => ({
      path: issuePath(issue),
      message: issueMessage(issue),
    }));
    return { ok: false, problems };
  }
  const problems = checkReferences(result.output);
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, brief: result.output };
}
