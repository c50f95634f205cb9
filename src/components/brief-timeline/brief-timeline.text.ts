/**
 * What `<brief-timeline>` says about its milestones, in the reader's language: dates at
 * their precision, status and outcome badges, accessible names, the axis's text label,
 * tick labels, cluster labels and the calendar file's events. Pure given a locale.
 * @internal
 */
import { toIso } from '../../internal/dates.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { isSafeUrl } from '../../internal/sources.js';
import type { Tick } from './brief-timeline.geometry.js';
import type { IcsEvent } from './brief-timeline.ics.js';
import type { AxisView } from './brief-timeline.layout.js';
import type { Item, Model, PathView } from './brief-timeline.model.js';
import { timelineStrings } from './brief-timeline.strings.js';

/** The locale's formatters these texts use. */
export type Locale = Pick<LocaleController, 'lang' | 't' | 'date' | 'dateFormat' | 'number'>;

/** Tick labels by the unit the ticks fall on: `2026`, `Jul 2026`, `Jul 1`. */
const TICK_OPTIONS: Record<Tick['unit'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  day: { month: 'short', day: 'numeric', timeZone: 'UTC' },
};

/** Each milestone's date text and the language it is in; forgotten with the model that made the item. */
const dateTexts = new WeakMap<Item, { lang: string; text: string }>();

/** A milestone's date at its precision, "about" where approximate; made once per item and language. */
export function dateText(item: Item, locale: Locale): string {
  const cached = dateTexts.get(item);
  if (cached?.lang === locale.lang) return cached.text;
  const date = locale.date(item.event.date, item.event.precision);
  const text = item.event.approximate ? locale.t(timelineStrings, 'about', { date }) : date;
  dateTexts.set(item, { lang: locale.lang, text });
  return text;
}

/** A milestone's badge: past or scheduled on the main line and a realized path, else possible or not taken. */
export function statusText(item: Item, locale: Locale): string {
  if (item.kind === 'not-realized') return locale.t(timelineStrings, 'notTaken');
  if (item.kind === 'open') return locale.t(timelineStrings, 'possible');
  return locale.t(timelineStrings, item.status === 'past' ? 'past' : 'scheduled');
}

/** A path's badge; a path the data decides is "not decided yet" while `now` is before its branch point. */
export function outcomeText(path: PathView, nowIso: string, locale: Locale): string {
  if (path.outcome === 'realized') return locale.t(timelineStrings, 'realized');
  if (path.outcome === 'not-realized') return locale.t(timelineStrings, 'notRealized');
  if (path.scenario.outcome !== 'open') {
    return locale.t(timelineStrings, 'undecided', { date: locale.date(nowIso) });
  }
  return locale.t(timelineStrings, 'open');
}

/** The rest of a milestone button's accessible name, after its date and title: status, category, path. */
export function milestoneName(item: Item, locale: Locale): string {
  const parts = [statusText(item, locale), item.categoryName];
  if (item.path) parts.push(locale.t(timelineStrings, 'path', { title: item.path.scenario.title }));
  return `, ${parts.join(', ')}`;
}

/** The axis drawing's text alternative: the range it shows, and today when it is marked. */
export function axisLabel(axis: AxisView, nowIso: string, locale: Locale): string {
  const range = locale.t(timelineStrings, 'axisLabel', {
    start: locale.date(toIso(axis.domain[0]), 'month'),
    end: locale.date(toIso(axis.domain[1]), 'month'),
  });
  const today =
    axis.todayX === undefined ? '' : locale.t(timelineStrings, 'axisToday', { date: locale.date(nowIso) });
  return [range, today].join(' ').trim();
}

/** The formatter for the axis's tick labels, by the unit the ticks fall on. */
export function tickFormat(unit: Tick['unit'], locale: Locale): Intl.DateTimeFormat {
  return locale.dateFormat(TICK_OPTIONS[unit]);
}

/** A "+N" cluster's accessible name: how many, from when to when, and that it zooms in. */
export function clusterLabel(items: readonly Item[], locale: Locale): string {
  const first = items[0];
  const last = items[items.length - 1];
  return locale.t(timelineStrings, 'moreLabel', {
    count: locale.number(items.length),
    start: first ? dateText(first, locale) : '',
    end: last ? dateText(last, locale) : '',
  });
}

/** The calendar file's events for these milestones, each described with its date, path and the brief. */
export function calendarEvents(model: Model, items: readonly Item[], locale: Locale): IcsEvent[] {
  const { brief, timeline } = model;
  return items.map((item) => ({
    uid: `${item.id}.${timeline.id}@briefing-widgets`,
    date: item.event.date,
    precision: item.event.precision,
    approximate: item.event.approximate ?? false,
    title: item.event.title,
    description: [
      item.event.description,
      locale.t(timelineStrings, 'calendarDate', { date: dateText(item, locale) }),
      item.path ? locale.t(timelineStrings, 'path', { title: item.path.scenario.title }) : undefined,
      `${brief.publisher}: ${brief.title}`,
    ]
      .filter(Boolean)
      .join('\n'),
    ...(brief.url && isSafeUrl(brief.url) ? { url: brief.url } : {}),
  }));
}
