/**
 * The list view of `<brief-timeline>`: one section per phase (heading with title, years
 * and count; its one-line summary; its rows), rows of a date column and a title followed
 * by its category, with one line of detail only where it says something (a branch point),
 * the "today" line where today falls, and the paths after a branch point as two lanes.
 * A folded phase draws no rows: only its rows' dates and titles as one text, `hidden="until-found"`,
 * so that find-in-page still reaches them and opens the phase (which then draws its rows).
 * Stateless: the element passes its state and handlers in.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { renderShowMore } from '../../internal/show-more-controller.js';
import { renderCitation } from '../../internal/sources.js';
import type { Item, Model, PathView } from './brief-timeline.model.js';
import { phaseRows, type Fork, type Phase, type PhaseRow } from './brief-timeline.phases.js';
import { timelineStrings } from './brief-timeline.strings.js';
import * as text from './brief-timeline.text.js';

type Handler = (event: Event) => void;

export interface ListOptions {
  locale: LocaleController;
  model: Model;
  phases: readonly Phase[];
  /** Ids of the phases shown open. */
  open: ReadonlySet<string>;
  /** True where the browser supports `hidden="until-found"` (else folded rows are `hidden`). */
  untilFound: boolean;
  /** The milestone that holds the one tab stop, and the one whose detail is open. */
  stop: string | undefined;
  openId: string | undefined;
  /** The phase headings' level. */
  level: number;
  /** How many milestone rows a phase renders before "Show more", and how many the next press adds. */
  limit: (phase: Phase) => number;
  next: (phase: Phase) => number;
  renderDetail: (item: Item) => TemplateResult | typeof nothing;
  onPhaseToggle: Handler;
  onBeforeMatch: Handler;
  onMilestoneClick: Handler;
  onMilestoneFocus: Handler;
  onShowMore: Handler;
}

type T = (key: keyof (typeof timelineStrings)['en'], params?: Record<string, string | number>) => string;

function renderRow(item: Item, options: ListOptions, t: T): TemplateResult {
  const { locale } = options;
  const open = options.openId === item.id;
  const branching = options.model.pathsByBranch.get(item.id)?.length ?? 0;
  // The date sits in the column the button's padding leaves; the title is the button's own text.
  return html`<li class="row row--${item.status} row--${item.kind} cat-${item.colour}">
    <button
      type="button"
      class="row__button"
      part="milestone"
      data-id=${item.id}
      tabindex=${item.id === options.stop ? 0 : -1}
      aria-expanded=${open ? 'true' : 'false'}
      @click=${options.onMilestoneClick}
      @focus=${options.onMilestoneFocus}
    >
      <time class="row__date" datetime=${item.event.date} aria-hidden="true"
        >${text.dateText(item, locale, 'short')}</time
      >${item.event.title} <span class="row__category" aria-hidden="true">${item.categoryName}</span>${
        branching > 0
          ? html`<span class="row__meta badge badge--branch" aria-hidden="true"
              >${t('branchPoint', { count: branching })}</span
            >`
          : nothing
      }<span class="visually-hidden">${text.milestoneName(item, locale)}</span>
    </button>
    ${open ? options.renderDetail(item) : nothing}
  </li>`;
}

function renderToday(options: ListOptions, t: T, lane = false): TemplateResult {
  return html`<li class="today-row${lane ? ' today-row--lane' : ''}" part="today">
    <span class="today-row__label"
      >${t('todayIs', { date: text.longDate(options.model.nowIso, options.locale) })}</span
    >
  </li>`;
}

function renderLane(path: PathView, items: readonly Item[], options: ListOptions, t: T): TemplateResult {
  const { locale, model } = options;
  const realized = path.outcome === 'realized' && path.sources.length > 0;
  const split = items.findIndex((item) => item.status === 'upcoming');
  const rows: (Item | 'today')[] = [...items];
  if (split > 0) rows.splice(split, 0, 'today');
  return html`<article class="lane-card lane-card--${path.outcome}" part="path path--${path.outcome}">
    <div class="lane-card__head" role="heading" aria-level=${Math.min(6, options.level + 2)}>
      <span class="badge badge--${path.outcome}">${text.outcomeText(path, model.nowIso, locale)}</span>
      ${path.scenario.title}
    </div>
    ${
      realized
        ? html`<p class="lane-card__source">
            ${text.counted(locale, 'sourceOf', path.sources.length, { sources: '' })}${renderCitation(path.sources)}
          </p>`
        : nothing
    }
    <ol class="list list--lane">
      ${rows.map((row) => (row === 'today' ? renderToday(options, t, true) : renderRow(row, options, t)))}
    </ol>
  </article>`;
}

function renderFork(fork: Fork, options: ListOptions, t: T): TemplateResult {
  const { branch } = fork;
  return html`<li class="fork" part="paths">
    <div class="fork__title" role="heading" aria-level=${Math.min(6, options.level + 1)}>
      ${t('pathsHeading', { title: branch.event.title, date: text.dateText(branch, options.locale) })}
    </div>
    <div class="fork__lanes">${fork.lanes.map((lane) => renderLane(lane.path, lane.items, options, t))}</div>
  </li>`;
}

const rowKey = (row: PhaseRow) =>
  row.kind === 'item' ? row.item.id : row.kind === 'today' ? '#today' : `#fork-${row.fork.branch.id}`;

/** The rows a phase draws: its first `limit` milestones, and the today line and forks among them. */
function pageOf(phase: Phase, limit: number): { rows: PhaseRow[]; items: number } {
  const rows: PhaseRow[] = [];
  let items = 0;
  for (const row of phaseRows(phase)) {
    if (row.kind === 'item') {
      if (items >= limit) continue;
      items += 1;
    }
    rows.push(row);
  }
  return { rows, items };
}

/** A folded phase's rows as find-in-page reads them: each milestone's date and title, one text. */
function foldedText(rows: readonly PhaseRow[], options: ListOptions): string {
  const line = (item: Item) => `${text.dateText(item, options.locale, 'short')} ${item.event.title}`;
  return rows
    .flatMap((row) =>
      row.kind === 'item'
        ? [line(row.item)]
        : row.kind === 'fork'
          ? row.fork.lanes.flatMap((lane) => lane.items.map(line))
          : [],
    )
    .join(' · ');
}

function renderPhase(phase: Phase, options: ListOptions, t: T): TemplateResult {
  const open = options.open.has(phase.id);
  const { rows, items } = pageOf(phase, options.limit(phase));
  const rest = phase.items.length - items;
  const body = `phase-${phase.id}`;
  return html`<section
    class="phase${open ? ' phase--open' : ''}${phase.holdsToday ? ' phase--today' : ''}"
    part="phase"
  >
    <div class="phase__heading" role="heading" aria-level=${options.level}>
      <button
        type="button"
        class="phase__toggle"
        id="${body}-toggle"
        data-phase=${phase.id}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${body}
        @click=${options.onPhaseToggle}
      >
        <span class="phase__title">${phase.title}</span>
        <span class="phase__meta">${text.phaseMeta(phase, options.locale)}</span>
        ${phase.holdsToday ? html`<span class="badge badge--today">${t('today')}</span>` : nothing}
      </button>
    </div>
    ${phase.summary ? html`<p class="phase__summary">${phase.summary}</p>` : nothing}
    <div
      id=${body}
      class="phase__body"
      data-phase=${phase.id}
      .hidden=${open ? false : options.untilFound ? 'until-found' : true}
      @beforematch=${options.onBeforeMatch}
    >
      ${
        open
          ? html`<ol class="list">
                ${repeat(rows, rowKey, (row) =>
                  row.kind === 'item'
                    ? renderRow(row.item, options, t)
                    : row.kind === 'today'
                      ? renderToday(options, t)
                      : renderFork(row.fork, options, t),
                )}
              </ol>
              ${rest > 0 ? renderMore(phase, phase.count - rest, options) : nothing}`
          : foldedText(rows, options)
      }
    </div>
  </section>`;
}

/** "Show 500 more milestones (200 of 3,125 shown)": the phase's count takes in its paths' milestones, always drawn. */
function renderMore(phase: Phase, shown: number, options: ListOptions): TemplateResult {
  const { locale } = options;
  const label = text.counted(locale, 'showMore', options.next(phase), {
    shown: text.numberText(shown, locale),
    total: text.numberText(phase.count, locale),
  });
  return renderShowMore(label, phase.id, options.onShowMore);
}

/** The phases as sections, the one that holds today open unless the reader chose otherwise. */
export function renderPhases(options: ListOptions): TemplateResult {
  const t: T = (key, params) => options.locale.t(timelineStrings, key, params);
  return html`<div class="phases" part="list" aria-describedby="hint">
    ${repeat(
      options.phases,
      (phase) => phase.id,
      (phase) => renderPhase(phase, options, t),
    )}
  </div>`;
}
