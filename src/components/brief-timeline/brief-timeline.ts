import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Brief, BriefProblem } from '../../data/types.js';
import { BriefSelectEvent } from '../../events/brief-select.js';
import { BriefElement } from '../../internal/brief-element.js';
import { todayIso, toTime } from '../../internal/dates.js';
import { define } from '../../internal/define.js';
import { downloadFile } from '../../internal/download.js';
import { parseIdList } from '../../internal/id-list.js';
import { PrintController } from '../../internal/print-controller.js';
import { RovingFocusController, withModifier } from '../../internal/roving-focus-controller.js';
import { renderSourceList } from '../../internal/sources.js';
import { hostStyles } from '../../styles/host.styles.js';
import { sourceListStyles } from '../../styles/source-list.styles.js';
import { buildIcs } from './brief-timeline.ics.js';
import { layoutAxis, type AxisView, type Chip } from './brief-timeline.layout.js';
import listStyles from './brief-timeline.list.styles.js';
import {
  buildModel,
  categoryCounts,
  COLOURS,
  filterModel,
  listRows,
  pathItemsWithin,
  rowKey,
  shownCategories,
  upcomingItems,
  type Item,
  type Model,
  type PathView,
  type Row,
  type Visible,
} from './brief-timeline.model.js';
import { timelineStrings } from './brief-timeline.strings.js';
import { renderAxisView, renderDetailPanel } from './brief-timeline.views.js';
import styles from './brief-timeline.styles.js';
import * as text from './brief-timeline.text.js';
import { PanZoomController, ZOOM_STEP } from './pan-zoom-controller.js';
import { SizeController } from './size-controller.js';

/** Below this container width (in em) `layout="auto"` shows the vertical list. */
const NARROW_EM = 36;
/** Milestones the vertical list renders before offering "show more". */
const LIST_PAGE = 200;
/** The keys that zoom on a focused milestone, and by how much. */
const ZOOM_KEYS = new Map([
  ['+', ZOOM_STEP],
  ['=', ZOOM_STEP],
  ['-', 1 / ZOOM_STEP],
  ['_', 1 / ZOOM_STEP],
]);
/** The focus target that stands for the open detail panel's title. */
const DETAIL = '#detail';

const itemId = (item: Item) => item.id;
const chipId = (chip: Chip) => chip.item.id;

/**
 * The USMCA 2026 joint review on a time axis: milestones from NAFTA to 2042, today's
 * position, the July 1 2026 review as a branch point with Article 34.7's two paths, the
 * path the data records as realized marked with its source, the other kept visible as the
 * road not taken. Wide containers get a zoomable, pannable axis; narrow ones (and print)
 * a vertical list with the same content. Every milestone is a button; arrow keys move
 * between them in reading order, Enter opens a detail panel, Escape closes it.
 *
 * Authors may list events in any order: the timeline sorts them by date (stable).
 *
 * @tag brief-timeline
 * @summary A brief's timeline: milestones on a zoomable time axis, today, and the futures that branch from a decision.
 *
 * @slot - No-JS fallback: plain HTML shown only where the script does not run.
 *
 * @csspart base - The whole timeline.
 * @csspart title - The timeline's title.
 * @csspart toolbar - Zoom, view and calendar controls.
 * @csspart filter - The category filter.
 * @csspart plot - The horizontal time axis and its milestones.
 * @csspart axis - The axis drawing (ticks, today marker, branch lines).
 * @csspart milestone - Each milestone button.
 * @csspart list - The vertical list of milestones.
 * @csspart paths - The futures after a branch point.
 * @csspart path - One future (also `path--realized`, `path--not-realized`, `path--open`).
 * @csspart detail - The panel with a milestone's description and sources.
 * @csspart calendar - The "add to my calendar" button.
 * @csspart error - The error panel shown instead of the timeline when its data is wrong.
 * @csspart loading - The placeholder shown while a `src` brief loads.
 *
 * @cssproperty [--timeline-today-color=#b0281f] - Colour of the "today" marker (dark theme: #ff9b8f).
 * @cssproperty [--timeline-category-1=#0a58a8] - Colour of the first category (then -2 … -6).
 *
 * @event {BriefSelectEvent} brief-select - The reader opened a milestone (click, Enter or Space); carries its id and event.
 * @event {BriefLoadEvent} brief-load - The brief is ready and the timeline shows it.
 * @event {BriefErrorEvent} brief-error - The timeline cannot be shown; `problems` names each field.
 */
export class BriefTimeline extends BriefElement {
  static override styles = [hostStyles, sourceListStyles, styles, listStyles];

  /** Printing lays the timeline out as the list, which fits paper. */
  private readonly print = new PrintController(this);
  /** The container's width and font size, which the layout and the choice of view follow. */
  private readonly size = new SizeController(this);
  /** The axis's visible time range, and the reader's ways to zoom and pan it. */
  private readonly panZoom = new PanZoomController(this, {
    limits: () => this.model?.limits,
    width: () => this.axis?.width,
  });
  /** The milestone that holds the keyboard focus stop, and where focus goes after an update. */
  private readonly roving = new RovingFocusController(this, (target) => {
    const root = this.renderRoot as ShadowRoot;
    return target === DETAIL
      ? root.getElementById('detail-title')
      : root.querySelector<HTMLElement>(`[data-id="${CSS.escape(target)}"]`);
  });

  private model: Model | undefined;
  private modelKey: [Brief | undefined, string] = [undefined, ''];
  private visible: Visible | undefined;
  private axis: AxisView | undefined;
  private vertical = false;

  /** Categories the reader shows; `undefined` follows the `categories` attribute. */
  @state() private shown: ReadonlySet<string> | undefined;
  /** The milestone whose detail panel is open. */
  @state() private openId: string | undefined;
  /** The reader's choice of view where both fit. */
  @state() private view: 'axis' | 'list' = 'axis';
  /** How many milestones the vertical list renders. */
  @state() private listLimit = LIST_PAGE;

  /** Today, as `YYYY-MM-DD`, to pin past and upcoming for demos and tests; defaults to the reader's current date. */
  @property() now: string | undefined;

  /** Category ids shown at first, separated by commas or spaces (e.g. `review,dispute`); empty shows every category. */
  @property() categories = '';

  /** `auto` (axis when the container is at least 36em wide, else list), `horizontal` or `vertical`. */
  @property({ reflect: true }) layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('categories')) this.shown = undefined;
    super.willUpdate(changed);
  }

  protected override get subject(): string {
    return 'its timeline';
  }

  private nowIso(): string {
    return this.now?.trim() || todayIso();
  }

  protected override deriveView(brief: Brief, changed: PropertyValues): void {
    const nowIso = this.nowIso();
    if (this.modelKey[0] !== brief || this.modelKey[1] !== nowIso || !this.model) {
      this.model = buildModel(brief, nowIso);
      this.modelKey = [brief, nowIso];
      this.panZoom.showAll();
      this.visible = undefined;
    }
    const model = this.model;
    if (!this.visible || changed.has('shown') || changed.has('categories')) {
      this.visible = filterModel(model, shownCategories(model, this.shown, this.categories));
    }
    const visible = this.visible;
    this.roving.keepWithin((id) => visible.position.has(id), visible.sequence[0]?.id);
    if (this.openId && !visible.position.has(this.openId)) this.openId = undefined;

    this.size.measure();
    const { width, fontSize } = this.size;
    const narrow = width > 0 && width < NARROW_EM * fontSize;
    this.vertical =
      this.print.printing ||
      this.layout === 'vertical' ||
      this.view === 'list' ||
      (this.layout === 'auto' && narrow);
    this.axis = this.vertical
      ? undefined
      : layoutAxis(model, visible, {
          width,
          fontSize,
          domain: this.panZoom.domain,
          activeId: this.roving.activeId,
        });
  }

  /** The timeline's own checks, on top of the brief's validation. */
  protected override checkBrief(brief: Brief): BriefProblem[] | null {
    const nowIso = this.nowIso();
    if (!brief.timeline) return [{ path: 'timeline', message: this.t('noTimeline', { brief: brief.id }) }];
    if (Number.isNaN(toTime(nowIso))) return [{ path: 'now', message: this.t('badNow', { value: nowIso }) }];
    const known = brief.timeline.categories.map((category) => category.id);
    const unknown = parseIdList(this.categories).find((id) => !known.includes(id));
    if (unknown === undefined) return null;
    const message = this.t('unknownCategory', { id: unknown, known: known.join(', ') || '(none)' });
    return [{ path: 'categories', message }];
  }

  private t(key: keyof (typeof timelineStrings)['en'], params?: Record<string, string | number>): string {
    return this.locale.t(timelineStrings, key, params);
  }

  // ---- handlers ----

  /** @internal */
  private readonly onFilterChange = (event: Event): void => {
    const input = event.currentTarget as HTMLInputElement;
    const model = this.model;
    if (!model) return;
    const next = new Set(shownCategories(model, this.shown, this.categories));
    if (input.checked) next.add(input.value);
    else next.delete(input.value);
    this.shown = next;
  };

  /** @internal */
  private readonly onMilestoneClick = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['id'];
    if (id !== undefined) this.openMilestone(id);
  };

  /** @internal */
  private readonly onMilestoneFocus = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['id'];
    if (id !== undefined) this.roving.activeId = id;
  };

  /** @internal */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape' && this.openId !== undefined) {
      event.preventDefault();
      this.closeDetail();
      return;
    }
    const id = target.dataset['id'];
    const visible = this.visible;
    if (id === undefined || !visible) return;
    const at = visible.position.get(id) ?? 0;
    const next = this.roving.step(event, at, visible.sequence.length);
    if (next !== undefined) {
      event.preventDefault();
      const item = visible.sequence[next];
      if (item) this.moveTo(item, next);
      return;
    }
    const factor = ZOOM_KEYS.get(event.key);
    if (factor === undefined || this.vertical || withModifier(event)) return;
    event.preventDefault();
    this.panZoom.zoomBy(factor, visible.sequence[at]?.time);
    this.roving.focusAfterUpdate(id);
  };

  /** @internal */
  private readonly onToggleView = (): void => {
    this.view = this.view === 'list' ? 'axis' : 'list';
  };

  /** @internal */
  private readonly onShowMore = (): void => {
    this.listLimit += LIST_PAGE * 5;
  };

  /** @internal */
  private readonly onClusterClick = (event: Event): void => {
    const index = Number((event.currentTarget as HTMLElement).dataset['cluster']);
    const items = this.axis?.clusters[index]?.items;
    const first = items?.[0];
    const last = items?.[items.length - 1];
    if (first && last) this.panZoom.zoomTo(first.time, last.time);
  };

  /** @internal */
  private readonly onCloseClick = (): void => {
    this.closeDetail();
  };

  /** @internal */
  private readonly onCalendar = (): void => {
    const model = this.model;
    if (!model) return;
    const events = text.calendarEvents(model, upcomingItems(this.visible), this.locale);
    const ics = buildIcs({ name: model.timeline.title, stamp: new Date(), events });
    downloadFile(`${model.timeline.id}.ics`, ics, 'text/calendar');
  };

  private moveTo(item: Item, index: number): void {
    if (!this.model) return;
    this.roving.activeId = item.id;
    if (this.vertical) {
      if (index >= this.listLimit) this.listLimit = index + LIST_PAGE;
    } else {
      this.panZoom.reveal(item.time);
    }
    this.roving.focusAfterUpdate(item.id);
  }

  private openMilestone(id: string): void {
    const item = this.model?.byId.get(id);
    if (!item) return;
    this.roving.activeId = id;
    this.openId = id;
    this.roving.focusAfterUpdate(DETAIL);
    const selected = new BriefSelectEvent(item.event, item.path?.scenario.id ?? null);
    this.dispatchEvent(selected);
  }

  private closeDetail(): void {
    const id = this.openId;
    this.openId = undefined;
    if (id === undefined) return;
    this.roving.activeId = id;
    this.roving.focusAfterUpdate(id);
  }

  // ---- rendering ----

  private renderDetail(): TemplateResult | typeof nothing {
    const model = this.model;
    const item = this.openId === undefined ? undefined : model?.byId.get(this.openId);
    if (!model || !item) return nothing;
    return renderDetailPanel(item, {
      locale: this.locale,
      brief: model.brief,
      nowIso: model.nowIso,
      level: this.headingLevelAt(1),
      onClose: this.onCloseClick,
    });
  }

  private renderAxis(axis: AxisView): TemplateResult {
    return renderAxisView(axis, {
      locale: this.locale,
      nowIso: (this.model as Model).nowIso,
      stop: this.roving.tabStop(axis.chips, chipId),
      openId: this.openId,
      panZoom: this.panZoom,
      onMilestoneClick: this.onMilestoneClick,
      onMilestoneFocus: this.onMilestoneFocus,
      onClusterClick: this.onClusterClick,
    });
  }

  private renderListItem(item: Item, tabbable: boolean, branching: number): TemplateResult {
    const open = this.openId === item.id;
    return html`<li class="entry entry--${item.status} entry--${item.kind} cat-${item.colour}">
      <button
        type="button"
        class="entry__button"
        part="milestone"
        data-id=${item.id}
        tabindex=${tabbable ? 0 : -1}
        aria-expanded=${open ? 'true' : 'false'}
        @click=${this.onMilestoneClick}
        @focus=${this.onMilestoneFocus}
      >
        <span class="entry__date"
          ><time datetime=${item.event.date}>${text.dateText(item, this.locale)}</time></span
        >
        <span class="entry__title">${item.event.title}</span>
        <span class="entry__meta">
          <span
            class="badge badge--${item.kind === 'main' || item.kind === 'realized' ? item.status : item.kind}"
            >${text.statusText(item, this.locale)}</span
          >
          ${item.categoryName}
          ${branching > 0 ? html` · ${this.t('branchPoint', { count: branching })}` : nothing}
        </span>
        ${
          item.path
            ? html`<span class="visually-hidden"
                >, ${this.t('path', { title: item.path.scenario.title })}</span
              >`
            : nothing
        }
      </button>
      ${open ? this.renderDetail() : nothing}
    </li>`;
  }

  private renderPathCard(
    path: PathView,
    items: Item[] | undefined,
    stop: string | undefined,
  ): TemplateResult {
    const { locale } = this;
    return html`<article class="path path--${path.outcome}" part="path path--${path.outcome}">
      <div class="path__title" role="heading" aria-level=${this.headingLevelAt(2)}>
        <span class="badge badge--${path.outcome}"
          >${text.outcomeText(path, (this.model as Model).nowIso, locale)}</span
        >
        ${path.scenario.title}
      </div>
      <p class="path__condition"><strong>${this.t('condition')}:</strong> ${path.scenario.condition}</p>
      ${
        path.scenario.outcomeNote && path.outcome === path.scenario.outcome
          ? html`<p class="path__note"><strong>${this.t('record')}:</strong> ${path.scenario.outcomeNote}</p>`
          : nothing
      }
      ${path.sources.length > 0 && path.outcome === path.scenario.outcome ? renderSourceList(path.sources, this.locale) : nothing}
      ${
        items && items.length > 0
          ? html`<ol class="list list--path">
              ${repeat(
                items,
                (item) => item.id,
                (item) => this.renderListItem(item, item.id === stop, 0),
              )}
            </ol>`
          : nothing
      }
    </article>`;
  }

  private renderPathsSection(
    branch: Item,
    paths: PathView[],
    withItems: boolean,
    stop?: string,
  ): TemplateResult {
    const visible = this.visible as Visible;
    const id = `paths-${branch.id}`;
    const limit = this.listLimit;
    return html`<section class="paths" part="paths" aria-labelledby=${id}>
      <div id=${id} class="paths__title" role="heading" aria-level=${this.headingLevelAt(1)}>
        ${this.t('pathsHeading', { title: branch.event.title, date: text.dateText(branch, this.locale) })}
      </div>
      <div class="paths__grid">
        ${paths.map((path) => {
          const items = withItems ? pathItemsWithin(visible, path, limit) : undefined;
          return this.renderPathCard(path, items, stop);
        })}
      </div>
    </section>`;
  }

  private renderList(visible: Visible): TemplateResult {
    const model = this.model as Model;
    const { locale } = this;
    const limit = this.listLimit;
    const shown = visible.sequence.slice(0, limit);
    const stop = this.roving.tabStop(shown, itemId);
    const renderRow = (row: Row) =>
      row.kind === 'today'
        ? html`<li class="today-row" part="today">
            <span class="today-row__label">${this.t('todayIs', { date: locale.date(model.nowIso) })}</span>
          </li>`
        : row.kind === 'paths'
          ? html`<li class="entry entry--paths">
              ${this.renderPathsSection(row.branch, row.paths, true, stop)}
            </li>`
          : this.renderListItem(
              row.item,
              row.item.id === stop,
              model.pathsByBranch.get(row.item.id)?.length ?? 0,
            );
    const rest = visible.sequence.length - Math.min(limit, visible.sequence.length);
    return html`
      <ol class="list" part="list" aria-label=${this.t('milestones')} aria-describedby="hint">
        ${repeat(listRows(visible, limit), rowKey, renderRow)}
      </ol>
      ${
        rest > 0
          ? html`<button type="button" class="button more" @click=${this.onShowMore}>
              ${this.t('showMore', { count: locale.number(Math.min(rest, LIST_PAGE * 5)) })}
            </button>`
          : nothing
      }
    `;
  }

  private renderFilter(model: Model): TemplateResult | typeof nothing {
    const { timeline } = model;
    if (timeline.categories.length < 2) return nothing;
    const shown = shownCategories(model, this.shown, this.categories);
    const counts = categoryCounts(timeline);
    return html`<fieldset class="filter" part="filter">
      <legend>${this.t('categories')}</legend>
      ${timeline.categories.map(
        (category, index) =>
          html`<label class="filter__option cat-${index % COLOURS}">
            <input
              type="checkbox"
              value=${category.id}
              .checked=${shown.has(category.id)}
              @change=${this.onFilterChange}
            />
            <span class="swatch" aria-hidden="true"></span>
            ${category.name} <span class="muted">(${this.locale.number(counts.get(category.id) ?? 0)})</span>
          </label>`,
      )}
    </fieldset>`;
  }

  private renderToolbar(): TemplateResult {
    const { locale } = this;
    const upcoming = upcomingItems(this.visible).length;
    const canToggle =
      this.layout !== 'vertical' && !this.print.printing && (this.view === 'list' || !this.vertical);
    return html`<div class="toolbar" part="toolbar">
      ${
        this.vertical
          ? nothing
          : html`<div class="toolbar__group">
              <button
                type="button"
                class="button"
                aria-label=${this.t('zoomIn')}
                title=${this.t('zoomIn')}
                @click=${this.panZoom.zoomIn}
              >
                +
              </button>
              <button
                type="button"
                class="button"
                aria-label=${this.t('zoomOut')}
                title=${this.t('zoomOut')}
                @click=${this.panZoom.zoomOut}
              >
                −
              </button>
              <button type="button" class="button" @click=${this.panZoom.showAll}>
                ${this.t('showAll')}
              </button>
            </div>`
      }
      ${
        canToggle
          ? html`<button type="button" class="button" @click=${this.onToggleView}>
              ${this.t(this.view === 'list' ? 'axisView' : 'listView')}
            </button>`
          : nothing
      }
      ${
        upcoming > 0
          ? html`<button
              type="button"
              class="button button--calendar"
              part="calendar"
              @click=${this.onCalendar}
            >
              ${this.t('calendar', { count: locale.number(upcoming) })}
            </button>`
          : html`<span class="muted">${this.t('noUpcoming')}</span>`
      }
    </div>`;
  }

  protected override renderBrief(): TemplateResult {
    const { locale } = this;
    const model = this.model as Model;
    const visible = this.visible as Visible;
    const axis = this.axis;
    const shownCount = visible.sequence.length;
    return html`
      <div
        class="timeline ${axis ? 'timeline--axis' : 'timeline--list'}"
        part="base"
        @keydown=${this.onKeyDown}
      >
        ${this.renderTitle('timeline__title', model.timeline.title)} ${this.renderFilter(model)}
        ${this.renderToolbar()}
        <p class="status" role="status">
          ${this.t('showing', { shown: locale.number(shownCount), total: locale.number(visible.total) })}
        </p>
        <p id="hint" class="hint">${this.t(axis ? 'hintAxis' : 'hintList')}</p>
        ${shownCount === 0 ? html`<p class="empty">${this.t('none')}</p>` : nothing}
        ${
          axis
            ? html`${this.renderAxis(axis)} ${this.renderDetail()}
              ${[...model.pathsByBranch].map(([id, paths]) => {
                const branch = model.byId.get(id);
                return branch ? this.renderPathsSection(branch, paths, false) : nothing;
              })}`
            : this.renderList(visible)
        }
      </div>
    `;
  }
}

define('brief-timeline', BriefTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'brief-timeline': BriefTimeline;
  }
}
