/**
 * What `<brief-timeline>` says about its milestones, in the reader's language: dates at
 * their precision (long, short for the list's date column and the axis's labels, medium
 * for paper), status and outcome badges, accessible names, phase headings, the axis's and
 * the overview's text alternatives, tick and cluster labels and the calendar file's
 * events. Dates and counts come from `brief-timeline.format.ts`, not `Intl` (whose first
 * use on a page costs more than the rest of a first render). Pure given a locale.
 * @internal
 */
import type { DatePrecision } from '../../data/types.js';
import { toTime } from '../../internal/dates.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { isSafeUrl } from '../../internal/sources.js';
import { formatDate, formatInteger, formatTick, type DateForm } from './brief-timeline.format.js';
import type { Tick } from './brief-timeline.geometry.js';
import type { IcsEvent } from './brief-timeline.ics.js';
import type { AxisView } from './brief-timeline.layout.js';
import type { Item, Model, PathView } from './brief-timeline.model.js';
import type { OverviewView } from './brief-timeline.overview.js';
import { yearSpan, type Phase } from './brief-timeline.phases.js';
import { timelineStrings } from './brief-timeline.strings.js';

/** What these texts use of the locale: its language, its strings and its plural rule. */
export type Locale = Pick<LocaleController, 'lang' | 't' | 'plural'>;

type Key = keyof (typeof timelineStrings)['en'];

/** A whole number in the locale: `3,000` (`en`), `3000` (`es`). */
export function numberText(value: number, locale: Locale): string {
  return formatInteger(value, locale.lang);
}

/** A string that depends on a count: `{key}One` where the plural rule says "one", else `{key}`; `{count}` filled. */
export function counted(
  locale: Locale,
  key: Key,
  value: number,
  params: Record<string, string | number> = {},
): string {
  const one = `${key}One`;
  const form = locale.plural(value) === 'one' && one in timelineStrings.en ? (one as Key) : key;
  return locale.t(timelineStrings, form, { count: numberText(value, locale), ...params });
}

/** A `YYYY-MM-DD` date (or a time) at its precision, in full: `November 28, 2026`, `July 2026`. */
export function longDate(date: string | number, locale: Locale, precision: DatePrecision = 'day'): string {
  return formatDate(typeof date === 'number' ? date : toTime(date), precision, 'long', locale.lang);
}

/** Each milestone's date texts and the language they are in; forgotten with the model that made the item. */
const dateTexts = new WeakMap<Item, { lang: string; texts: Partial<Record<DateForm, string>> }>();

/** A milestone's date at its precision, in a form, "about" where approximate; made once per item, form and language. */
export function dateText(item: Item, locale: Locale, form: DateForm = 'long'): string {
  let cached = dateTexts.get(item);
  if (cached?.lang !== locale.lang) {
    cached = { lang: locale.lang, texts: {} };
    dateTexts.set(item, cached);
  }
  const known = cached.texts[form];
  if (known !== undefined) return known;
  const date = formatDate(item.time, item.event.precision, form, locale.lang);
  const text = item.event.approximate ? locale.t(timelineStrings, 'about', { date }) : date;
  cached.texts[form] = text;
  return text;
}

/** A milestone's label on the axis: its short date and its title. */
export function labelText(item: Item, locale: Locale): string {
  return `${dateText(item, locale, 'short')} ${item.event.title}`;
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
    return locale.t(timelineStrings, 'undecided', { date: longDate(nowIso, locale) });
  }
  return locale.t(timelineStrings, 'open');
}

/** The rest of a milestone button's accessible name, after its short date and title: full date, status, category, path. */
export function milestoneName(item: Item, locale: Locale): string {
  const parts = [dateText(item, locale), statusText(item, locale), item.categoryName];
  if (item.branching) parts.push(locale.t(timelineStrings, 'branch'));
  if (item.path) parts.push(locale.t(timelineStrings, 'path', { title: item.path.scenario.title }));
  return `, ${parts.join(', ')}`;
}

/** A path's header on the axis: its outcome badge, its title, and for the realized path its sources. */
export function headText(path: PathView, nowIso: string, locale: Locale): { badge: string; text: string } {
  const sources =
    path.outcome === 'realized' && path.sources.length > 0
      ? ` · ${counted(locale, 'sourceOf', path.sources.length, { sources: path.sources.map((source) => source.publisher).join('; ') })}`
      : '';
  return { badge: outcomeText(path, nowIso, locale), text: `${path.scenario.title}${sources}` };
}

/** The sentence on the fork: after which date, and each path with its outcome. */
function forkSentence(model: Model, locale: Locale): string {
  const first = model.paths[0];
  if (!first) return '';
  const branch = model.byId.get(first.branchId);
  const paths = model.paths
    .filter((path) => path.branchId === first.branchId)
    .map((path) =>
      locale.t(timelineStrings, 'forkPath', {
        outcome: outcomeText(path, model.nowIso, locale),
        title: path.scenario.title,
      }),
    );
  return locale.t(timelineStrings, 'forkLabel', {
    date: branch ? dateText(branch, locale) : '',
    paths: paths.join('; '),
  });
}

/** The axis drawing's text alternative: the range it shows, today when it is marked, and the fork. */
export function axisLabel(axis: AxisView, model: Model, locale: Locale): string {
  const range = locale.t(timelineStrings, 'axisLabel', {
    start: longDate(axis.domain[0], locale, 'month'),
    end: longDate(axis.domain[1], locale, 'month'),
  });
  const today =
    axis.today === undefined
      ? ''
      : locale.t(timelineStrings, 'axisToday', { date: longDate(model.nowIso, locale) });
  const fork = axis.lanes.length > 0 ? forkSentence(model, locale) : '';
  return [range, today, fork].join(' ').replace(/\s+/g, ' ').trim();
}

/** The overview strip's text alternative: the whole span, its phases, today, and the range the axis shows. */
export function overviewLabel(
  overview: OverviewView,
  model: Model,
  domain: readonly [number, number] | undefined,
  locale: Locale,
): string {
  const [start, end] = model.limits.extent;
  const whole = locale.t(timelineStrings, 'overviewLabel', {
    start: String(new Date(start).getUTCFullYear()),
    end: String(new Date(end).getUTCFullYear()),
    count: numberText(overview.bands.length, locale),
  });
  const today =
    overview.today === undefined
      ? ''
      : locale.t(timelineStrings, 'axisToday', { date: longDate(model.nowIso, locale) });
  const shown = domain
    ? locale.t(timelineStrings, 'overviewView', {
        start: longDate(domain[0], locale, 'month'),
        end: longDate(domain[1], locale, 'month'),
      })
    : '';
  return [whole, today, shown].join(' ').replace(/\s+/g, ' ').trim();
}

/** A phase's count: "16 milestones", "1 milestone". */
export function phaseCount(phase: Phase, locale: Locale): string {
  return counted(locale, 'phaseCount', phase.count);
}

/** A phase's years, as its heading shows them: `2020–2025`. */
export function phaseYears(phase: Phase): string {
  return yearSpan(phase.firstYear, phase.lastYear);
}

/** The line under a phase's title: its years (unless they are its title) and its count. */
export function phaseMeta(phase: Phase, locale: Locale): string {
  const count = phaseCount(phase, locale);
  return phase.derived ? count : `${phaseYears(phase)} · ${count}`;
}

/** An axis tick's label, by the unit the ticks fall on: `2026`, `Jul 2026`, `Jul 1`. */
export function tickText(tick: Tick, locale: Locale): string {
  return formatTick(tick.time, tick.unit, locale.lang);
}

/** A cluster's text: how many, and the years they span ("+3 · 2021–2022"). */
export function clusterText(items: readonly Item[], locale: Locale): string {
  const first = items[0];
  const last = items[items.length - 1];
  const years =
    first && last
      ? yearSpan(new Date(first.time).getUTCFullYear(), new Date(last.time).getUTCFullYear())
      : '';
  return locale.t(timelineStrings, 'cluster', { count: numberText(items.length, locale), years });
}

/** A "+N" cluster's accessible name: how many, from when to when, and that it zooms in. */
export function clusterLabel(items: readonly Item[], locale: Locale): string {
  const first = items[0];
  const last = items[items.length - 1];
  return locale.t(timelineStrings, 'moreLabel', {
    count: numberText(items.length, locale),
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
