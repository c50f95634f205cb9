/**
 * What the checklist says in words, from the data and the reader's ticks: progress, the
 * record's label and its counts by status, each action's status with its date, who an
 * action is addressed to, and the Markdown export. Pure but for the locale it is given.
 * @internal
 */
import type { Action, Brief, StatusState } from '../../data/types.js';
import { toTime } from '../../internal/dates.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { isSafeUrl } from '../../internal/sources.js';
import type { ListView, Shown, StatusCount, StatusKey } from './brief-recommendation-checklist.model.js';
import { countTicked, toMarkdown } from './brief-recommendation-checklist.state.js';
import { checklistStrings } from './brief-recommendation-checklist.strings.js';

type Locale = Pick<LocaleController, 'lang' | 't' | 'tn' | 'number' | 'date' | 'dateFormat'>;

/** A mark for each state, so a status reads without its colour (and in greyscale). */
export const STATUS_GLYPH: Record<StatusKey, string> = {
  adopted: '✓',
  'in-progress': '◐',
  proposed: '○',
  'not-adopted': '✕',
  none: '–',
};

const COUNT_KEY = {
  adopted: 'countAdopted',
  'in-progress': 'countIn-progress',
  proposed: 'countProposed',
  'not-adopted': 'countNot-adopted',
  none: 'countNone',
} as const satisfies Record<StatusKey, string>;

/**
 * A string split around one of its placeholders, to put markup in its place:
 * `around('Addressed to {names}', 'names')` is `['Addressed to ', '']`.
 */
export function around(text: string, name: string): [string, string] {
  const at = text.indexOf(`{${name}}`);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + name.length + 2)];
}

/** "3 of 16 actions" (`progress`) or "3 of 16 actions ticked" (`progressTicked`). */
export function progressText(
  locale: Locale,
  done: number,
  total: number,
  key: 'progress' | 'progressTicked',
): string {
  return locale.tn(checklistStrings, key, total, { done: locale.number(done) });
}

/** A state's word: "Adopted", "In progress"… */
export function stateWord(locale: Locale, state: StatusState): string {
  return locale.t(checklistStrings, state);
}

/** "7 adopted", "1 no record": one count of a summary, in the language's plural. */
export function countText(locale: Locale, item: StatusCount): string {
  return locale.tn(checklistStrings, COUNT_KEY[item.key], item.count);
}

/** Counts in words, in the fixed order: "7 adopted · 5 in progress · 1 not adopted · 3 no record". */
export function countsText(locale: Locale, counts: readonly StatusCount[]): string {
  return counts.map((item) => countText(locale, item)).join(' · ');
}

/** An action's status in full words, for the export: "Not adopted, July 12, 2022" or "No record yet". */
export function statusText(locale: Locale, action: Action): string {
  const status = action.status;
  if (!status) return locale.t(checklistStrings, 'noRecord');
  return locale.t(checklistStrings, 'recordAsOf', {
    state: stateWord(locale, status.state),
    date: locale.date(status.date),
  });
}

/** A status date as a row shows it: month and year ("Mar 2025", "mar 2025"). */
export function shortDate(locale: Locale, iso: string): string {
  return locale.dateFormat({ year: 'numeric', month: 'short', timeZone: 'UTC' }).format(toTime(iso));
}

/**
 * What the record is, in one line, from the data (never from today's date): "Record since
 * the brief, compiled from public sources, as of December 1, 2026", "The publisher's
 * record, as of …", or, for a brief that does not say who keeps it, "Status of the 16
 * actions since the brief" (each status then carries its own date).
 */
export function recordLabel(locale: Locale, brief: Brief, total: number): string {
  const record = brief.record;
  if (!record) return locale.tn(checklistStrings, 'recordUndated', total);
  return locale.t(
    checklistStrings,
    record.by === 'publisher' ? 'recordByPublisher' : 'recordByPublicSources',
    { date: locale.date(record.asOf) },
  );
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Names joined as the language joins a list: "Congress, USTR and border states". */
export function listParts(
  locale: Locale,
  names: readonly string[],
): ReturnType<Intl.ListFormat['formatToParts']> {
  let format = listFormats.get(locale.lang);
  if (!format) {
    format = new Intl.ListFormat(locale.lang, { style: 'long', type: 'conjunction' });
    listFormats.set(locale.lang, format);
  }
  return format.formatToParts(names);
}

/**
 * The list as the reader sees it (filtered), as Markdown: a task list with their ticks,
 * or, read-only, the record alone; the record's label and counts, and each action's
 * status with its date, what happened and its sources.
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
  // The record shows where the list shows it: in a tracker, or when the brief keeps one.
  const showRecord = readonly || view.recorded > 0 || brief.record !== undefined;
  if (showRecord) {
    const label = recordLabel(locale, brief, view.actionIds.length);
    lines.push(`${label}: ${countsText(locale, view.counts)}.`);
    if (brief.record?.note) lines.push(brief.record.note);
  }
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
        ...(showRecord ? { status: statusText(locale, entry.action) } : {}),
        ...(entry.action.status?.note ? { note: entry.action.status.note } : {}),
        sources: entry.sources.map((source) => ({ title: source.title, url: source.url })),
      })),
    })),
  });
}
