/**
 * What `<brief-timeline>` says about its milestones, in the reader's language: dates at
 * their precision (long, short for the list's date column and the axis's labels, medium
 * for paper), status and outcome badges, accessible names, phase headings, the axis's and
 * the overview's text alternatives, tick and cluster labels and the calendar file's
 * events. Pure given a locale.
 * @internal
 */
import { toIso } from '../../internal/dates.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { isSafeUrl } from '../../internal/sources.js';
import type { Tick } from './brief-timeline.geometry.js';
import type { IcsEvent } from './brief-timeline.ics.js';
import type { AxisView } from './brief-timeline.layout.js';
import type { Item, Model, PathView } from './brief-timeline.model.js';
import type { OverviewView } from './brief-timeline.overview.js';
import { yearSpan, type Phase } from './brief-timeline.phases.js';
import { timelineStrings } from './brief-timeline.strings.js';

/** The locale's formatters these texts use. */
export type Locale = Pick<LocaleController, 'lang' | 't' | 'tn' | 'date' | 'dateFormat' | 'number'>;

/** Tick labels by the unit the ticks fall on: `2026`, `Jul 2026`, `Jul 1`. */
const TICK_OPTIONS: Record<Tick['unit'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  day: { month: 'short', day: 'numeric', timeZone: 'UTC' },
};

/** A date's forms: long (`July 1, 2026`), short (`Jul 2026`, the list's column and the axis's labels), medium (`Jul 1, 2026`, paper). */
type Form = 'long' | 'short' | 'medium';

/** Short and medium dates by precision; a year is a year in every form. */
const FORM_OPTIONS: Record<
  Exclude<Form, 'long'>,
  Record<Item['event']['precision'], Intl.DateTimeFormatOptions>
> = {
  short: {
    day: { month: 'short', year: 'numeric', timeZone: 'UTC' },
    month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
    year: { year: 'numeric', timeZone: 'UTC' },
  },
  medium: {
    day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
    month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
    year: { year: 'numeric', timeZone: 'UTC' },
  },
};

/** Each milestone's date texts and the language they are in; forgotten with the model that made the item. */
const dateTexts = new WeakMap<Item, { lang: string; texts: Partial<Record<Form, string>> }>();

/** A milestone's date at its precision, in a form, "about" where approximate; made once per item, form and language. */
export function dateText(item: Item, locale: Locale, form: Form = 'long'): string {
  let cached = dateTexts.get(item);
  if (cached?.lang !== locale.lang) {
    cached = { lang: locale.lang, texts: {} };
    dateTexts.set(item, cached);
  }
  const known = cached.texts[form];
  if (known !== undefined) return known;
  const { precision } = item.event;
  const date =
    form === 'long'
      ? locale.date(item.event.date, precision)
      : locale.dateFormat(FORM_OPTIONS[form][precision]).format(item.time);
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
    return locale.t(timelineStrings, 'undecided', { date: locale.date(nowIso) });
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
      ? ` · ${locale.tn(timelineStrings, 'sourceOf', path.sources.length, { sources: path.sources.map((source) => source.publisher).join('; ') })}`
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
    start: locale.date(toIso(axis.domain[0]), 'month'),
    end: locale.date(toIso(axis.domain[1]), 'month'),
  });
  const today =
    axis.today === undefined
      ? ''
      : locale.t(timelineStrings, 'axisToday', { date: locale.date(model.nowIso) });
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
    count: locale.number(overview.bands.length),
  });
  const today =
    overview.today === undefined
      ? ''
      : locale.t(timelineStrings, 'axisToday', { date: locale.date(model.nowIso) });
  const shown = domain
    ? locale.t(timelineStrings, 'overviewView', {
        start: locale.date(toIso(domain[0]), 'month'),
        end: locale.date(toIso(domain[1]), 'month'),
      })
    : '';
  return [whole, today, shown].join(' ').replace(/\s+/g, ' ').trim();
}

/** A phase's count: "16 milestones", "1 milestone". */
export function phaseCount(phase: Phase, locale: Locale): string {
  return locale.tn(timelineStrings, 'phaseCount', phase.count);
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

/** The formatter for the axis's tick labels, by the unit the ticks fall on. */
export function tickFormat(unit: Tick['unit'], locale: Locale): Intl.DateTimeFormat {
  return locale.dateFormat(TICK_OPTIONS[unit]);
}

/** A cluster's text: how many, and the years they span ("+3 · 2021–2022"). */
export function clusterText(items: readonly Item[], locale: Locale): string {
  const first = items[0];
  const last = items[items.length - 1];
  const years =
    first && last
      ? yearSpan(new Date(first.time).getUTCFullYear(), new Date(last.time).getUTCFullYear())
      : '';
  return locale.t(timelineStrings, 'cluster', { count: locale.number(items.length), years });
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
