/**
 * What the checklist says in words, from the data and the reader's ticks: progress,
 * the publisher's record, the record's summary by status, and the Markdown export.
 * Pure but for the locale it is given.
 * @internal
 */
import type { Action, Brief, StatusState } from '../../data/types.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { isSafeUrl } from '../../internal/sources.js';
import type { ListView, Shown } from './brief-recommendation-checklist.model.js';
import { countTicked, toMarkdown } from './brief-recommendation-checklist.state.js';
import { checklistStrings } from './brief-recommendation-checklist.strings.js';

type Locale = Pick<LocaleController, 't' | 'tn' | 'number' | 'date'>;

/** The record's states, in the order a summary lists them. */
export const STATES: readonly StatusState[] = ['proposed', 'in-progress', 'adopted', 'not-adopted'];

/** "3 of 16 actions" (`progress`) or "3 of 16 actions ticked" (`progressTicked`). */
export function progressText(
  locale: Locale,
  done: number,
  total: number,
  key: 'progress' | 'progressTicked',
): string {
  return locale.tn(checklistStrings, key, total, { done: locale.number(done) });
}

/** The publisher's record of an action in words: "Not adopted, July 12, 2022". */
export function statusText(locale: Locale, action: Action): string {
  const status = action.status;
  if (!status) return locale.t(checklistStrings, 'noRecord');
  return locale.t(checklistStrings, 'recordAsOf', {
    state: locale.t(checklistStrings, status.state),
    date: locale.date(status.date),
  });
}

/** "Recorded status of 16 actions: 1 not adopted, 15 with no record." */
export function recordSummary(locale: Locale, view: ListView): string {
  const counts = new Map<StatusState | 'none', number>();
  for (const item of view.recommendations) {
    for (const entry of item.actions) {
      const key = entry.action.status?.state ?? 'none';
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const parts = STATES.flatMap((key) => {
    const count = counts.get(key);
    return count
      ? [
          locale.t(checklistStrings, 'recordPart', {
            count: locale.number(count),
            state: locale.t(checklistStrings, key).toLowerCase(),
          }),
        ]
      : [];
  });
  const none = counts.get('none');
  if (none) parts.push(locale.t(checklistStrings, 'recordNone', { count: locale.number(none) }));
  return locale.t(checklistStrings, 'recordSummary', {
    total: locale.number(view.actionIds.length),
    parts: parts.join(', '),
  });
}

/**
 * The list as the reader sees it (filtered), as Markdown: a task list with their ticks,
 * or, read-only, the publisher's record alone.
 */
export function checklistMarkdown(
  locale: Locale,
  view: ListView,
  shown: Shown,
  ticked: ReadonlySet<string>,
  readonly: boolean,
): string {
  const brief: Brief = view.brief;
  const lines = [
    locale.t(checklistStrings, 'exportBy', {
      publisher: brief.publisher,
      date: locale.date(brief.published),
    }),
  ];
  if (brief.url && isSafeUrl(brief.url)) lines.push(brief.url);
  if (!readonly) {
    const done = countTicked(view.actionIds, ticked);
    lines.push(
      locale.t(checklistStrings, 'exportProgress', {
        progress: progressText(locale, done, view.actionIds.length, 'progress'),
      }),
    );
  }
  return toMarkdown({
    title: locale.t(checklistStrings, 'exportTitle', { title: brief.title }),
    lines,
    labels: {
      actors: locale.t(checklistStrings, 'exportActors'),
      record: locale.t(checklistStrings, 'exportRecord'),
      sources: locale.t(checklistStrings, 'sources'),
    },
    recommendations: shown.recommendations.map(({ view: item, actions }) => ({
      heading: `${String(item.recommendation.number)}. ${item.recommendation.title}`,
      progress: readonly
        ? ''
        : progressText(locale, countTicked(item.actionIds, ticked), item.actionIds.length, 'progressTicked'),
      actions: actions.map((entry) => ({
        checked: readonly ? null : ticked.has(entry.action.id),
        text: entry.action.text,
        actors: entry.actorNames.join(', '),
        ...(entry.action.status || readonly ? { status: statusText(locale, entry.action) } : {}),
        ...(entry.action.status?.note ? { note: entry.action.status.note } : {}),
        sources: entry.sources.map((source) => ({ title: source.title, url: source.url })),
      })),
    })),
  });
}
