import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BriefPart } from '../../data/default-brief.js';
import type { Brief, BriefProblem } from '../../data/types.js';
import { BriefSelectEvent } from '../../events/brief-select.js';
import { BriefElement } from '../../internal/brief-element.js';
import { todayIso, toTime } from '../../internal/dates.js';
import { define } from '../../internal/define.js';
import { downloadLater } from '../../internal/download.js';
import { parseIdList } from '../../internal/id-list.js';
import { PrintController } from '../../internal/print-controller.js';
import { onServer } from '../../internal/server.js';
import { RovingFocusController, withModifier } from '../../internal/roving-focus-controller.js';
import { ShowMoreController } from '../../internal/show-more-controller.js';
import { Memo } from '../../internal/memo.js';
import { hostStyles } from '../../styles/host.styles.js';
import { sourceListStyles } from '../../styles/source-list.styles.js';
import { renderFilter, renderToolbar } from './brief-timeline.controls.js';
import { renderDetailPanel } from './brief-timeline.detail.js';
import type { Domain } from './brief-timeline.geometry.js';
import { layoutAxis, type AxisOptions, type AxisView } from './brief-timeline.layout.js';
import { renderPhases } from './brief-timeline.list-view.js';
import listStyles from './brief-timeline.list.styles.js';
import {
  buildModel,
  filterModel,
  shownCategories,
  upcomingItems,
  type Item,
  type Model,
  type Visible,
} from './brief-timeline.model.js';
import { layoutOverview, type OverviewView } from './brief-timeline.overview.js';
import { groupPhases, listOrder, phaseOfItems, type Phase } from './brief-timeline.phases.js';
import { renderPrint } from './brief-timeline.print-view.js';
import { fitDomain, homeDomain, phaseWindow } from './brief-timeline.range.js';
import printStyles from './brief-timeline.print.styles.js';
import { timelineStrings } from './brief-timeline.strings.js';
import styles from './brief-timeline.styles.js';
import * as text from './brief-timeline.text.js';
import { renderAxisView, renderOverview } from './brief-timeline.views.js';
import { PanZoomController, ZOOM_STEP } from './pan-zoom-controller.js';
import { SizeController } from './size-controller.js';
import { TextMeasureController } from './text-measure-controller.js';

/** From this container width (in em) `layout="auto"` shows the axis; below it, the list. */
const WIDE_EM = 50;
/** Milestone rows a phase renders before offering "Show more", and how many more each press adds. */
const LIST_PAGE = 200;
const LIST_STEP = 500;
/** The keys that zoom on a focused milestone, and by how much. */
const ZOOM_KEYS = new Map([
  ['+', ZOOM_STEP],
  ['=', ZOOM_STEP],
  ['-', 1 / ZOOM_STEP],
  ['_', 1 / ZOOM_STEP],
]);
/** The host attribute in which a server render records the day it drew as today. */
const DRAWN_ON = 'data-drawn-on';
/** The focus target that stands for the open detail panel's title. */
const DETAIL = '#detail';
/**
 * Whether folded phases can be `hidden="until-found"` (find-in-page opens them), else plain
 * `hidden`. A server render says `until-found` (a browser without it reads plain `hidden`),
 * so the markup it hydrates is the markup the browser draws.
 */
const UNTIL_FOUND =
  onServer || (typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype);

const itemId = (item: Item) => item.id;

/**
 * The USMCA 2026 joint review as a timeline: milestones from NAFTA to 2042 grouped in the
 * data's phases, today's position, the July 1 2026 review as a branch point with Article
 * 34.7's two paths, the path the data records as realized marked with its source, the
 * other kept visible as the road not taken.
 *
 * Two layouts, switched with a "Timeline | List" toggle unless `layout` pins one:
 * - **List** (`layout="auto"` below 50em, e.g. a 650 px article column): an overview strip
 *   (phase bands, a dot per milestone, today), then one section per phase — title, years,
 *   count and a one-line summary — folded except the phase that holds today ("Show all
 *   phases" opens them; folded rows are `hidden="until-found"`, so find-in-page reaches
 *   them). Rows: a date column, the title, one line of detail; the "Today" line sits where
 *   today falls. A phase draws its first 200 rows, then 500 more with each press of its
 *   "Show more" button, which moves focus to the first row it adds. Without `timeline.phases` the milestones are grouped by calendar spans of
 *   1, 2, 5, 10, 20, 25, 50 or 100 years: the shortest that makes at most seven groups.
 * - **Axis** (from 50em): the same overview strip, then a time axis that shows one range
 *   at a time, every milestone label in a lane anchored at its date, and after the branch
 *   point the paths as two lanes leaving the branch node. It opens on the phase that holds
 *   today, widened by neighbouring phases while at least 80% of the milestones in view
 *   keep their own label; what finds no lane sits in a "+N · years" cluster that zooms in.
 *   A band of the strip shows its phase; zoom, drag and "Show all" reach the rest (zoomed
 *   out to everything, clusters carry most of the crowd).
 *
 * Print has a layout of its own: phase headings and one line per milestone, the paths as
 * indented lists, no controls. Every milestone is a button; arrow keys move between them
 * in reading order, Enter opens a detail panel, Escape closes it. Authors may list events
 * in any order: the timeline sorts them by date (stable).
 *
 * @tag brief-timeline
 * @summary A brief's timeline: milestones grouped in phases, today, and the futures that branch from a decision, as a list or a time axis.
 *
 * @slot - No-JS fallback: plain HTML shown only where the script does not run.
 *
 * @csspart base - The whole timeline.
 * @csspart title - The timeline's title.
 * @csspart toolbar - The layout switch, zoom, phase and calendar controls.
 * @csspart switch - The "Timeline | List" toggle.
 * @csspart filter - The category filter.
 * @csspart overview - The strip of the whole timeline: phase bands, dots and today.
 * @csspart plot - The horizontal time axis and its milestones.
 * @csspart axis - The axis drawing (bands, trunk, paths, ticks, today).
 * @csspart milestone - Each milestone button.
 * @csspart list - The list of phases (and the printed list).
 * @csspart phase - One phase: its heading, summary and rows.
 * @csspart today - The "Today" line in the list.
 * @csspart more - The "Show more" button of a phase of more than 200 milestones in the list.
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
  static override styles = [hostStyles, sourceListStyles, styles, listStyles, printStyles];

  /** Printing renders the print layout, which fits paper. */
  private readonly print = new PrintController(this);
  /** The container's width and font size, which the layout and the choice of view follow. */
  private readonly size = new SizeController(this, '.sizer');
  /** Text widths in the host's font, so the axis's labels wrap where the browser wraps them. */
  private readonly textMeasure = new TextMeasureController(this);
  /** The axis's visible time range, and the reader's ways to zoom and pan it. */
  private readonly panZoom = new PanZoomController(this, {
    limits: () => this.model?.limits,
    width: () => this.axis?.width,
    home: () => this.home,
  });
  /** The milestone that holds the keyboard focus stop, and where focus goes after an update. */
  private readonly roving = new RovingFocusController(this, (target) => {
    const root = this.renderRoot as ShadowRoot;
    return target === DETAIL
      ? root.getElementById('detail-title')
      : root.querySelector<HTMLElement>(`[data-id="${CSS.escape(target)}"]`);
  });

  /** How many milestone rows each phase of the list renders. */
  private readonly pages = new ShowMoreController(this, { first: LIST_PAGE, step: LIST_STEP });

  private model: Model | undefined;
  private modelKey: [Brief | undefined, string] = [undefined, ''];
  private visible: Visible | undefined;
  private phases: Phase[] = [];
  private phaseOf = new Map<string, string>();
  private axis: AxisView | undefined;
  private axisOptions: AxisOptions | undefined;
  private overview: OverviewView | undefined;
  private home: Domain | undefined;
  private homeKey = '';
  private sequence: Item[] = [];
  private position = new Map<string, number>();
  private reachableItems: Item[] = [];
  private readonly overviewMemo = new Memo<OverviewView>();
  private vertical = false;
  /** True until the size is read: the frame drawn without a size. */
  private sizeless = true;
  /**
   * The frame a server draws, and the browser hydrates, without a size: the list layout
   * (its phases and milestones, with the toolbar) and the overview strip's room, so the
   * text is in the page's HTML and, in a column under 50em, nothing moves once the size is read.
   */
  private served = false;

  /** Categories the reader shows; `undefined` follows the `categories` attribute. */
  @state() private shown: ReadonlySet<string> | undefined;
  /** The milestone whose detail panel is open. */
  @state() private openId: string | undefined;
  /** The reader's choice of layout; `undefined` follows `layout` and the width. */
  @state() private view: 'axis' | 'list' | undefined;
  /** Phases the reader opened or folded; `undefined`: only the one that holds today is open. */
  @state() private openPhases: ReadonlySet<string> | undefined;

  /** Today, as `YYYY-MM-DD`, to pin past and upcoming for demos and tests; defaults to the reader's current date. */
  @property() now: string | undefined;

  /** Category ids shown at first, separated by commas or spaces (e.g. `review,dispute`); empty shows every category. */
  @property() categories = '';

  /** `auto` (the time axis when the container is at least 50em wide, else the list of phases), `horizontal` or `vertical`. */
  @property({ reflect: true }) layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('categories')) this.shown = undefined;
    super.willUpdate(changed);
  }

  protected override get subject(): string {
    return 'its timeline';
  }

  /** @internal */
  override get defaultPart(): BriefPart {
    return 'timeline';
  }

  /** After the frame drawn without a size, the update at its size: `updateComplete` waits for it. */
  protected override pendingWork(): Promise<void> | undefined {
    return super.pendingWork() ?? this.size.settling;
  }

  private nowIso(): string {
    const pinned = this.now?.trim();
    if (pinned) return pinned;
    // A server writes the day it drew on the host; hydrating draws that day, then today's.
    if (onServer) {
      const today = todayIso();
      this.setAttribute(DRAWN_ON, today);
      return today;
    }
    return (this.hydrating && this.getAttribute(DRAWN_ON)) || todayIso();
  }

  protected override deriveView(brief: Brief, changed: PropertyValues): void {
    const nowIso = this.nowIso();
    if (this.modelKey[0] !== brief || this.modelKey[1] !== nowIso || !this.model) {
      this.model = buildModel(brief, nowIso);
      this.modelKey = [brief, nowIso];
      this.panZoom.reset();
      this.visible = undefined;
      this.openPhases = undefined;
      this.pages.reset();
    }
    const model = this.model;
    if (!this.visible || changed.has('shown') || changed.has('categories')) {
      this.visible = filterModel(model, shownCategories(model, this.shown, this.categories));
      this.phases = groupPhases(model, this.visible);
      this.phaseOf = phaseOfItems(this.phases);
      this.homeKey = '';
    }
    const visible = this.visible;
    if (this.openId && !visible.position.has(this.openId)) this.openId = undefined;

    // Until the size is read (right after this first update, before the first paint), the
    // frame draws only what is the same in every layout: title, filter and status.
    const { width, fontSize } = this.size;
    this.sizeless = width === 0;
    this.served = this.sizeless && (onServer || this.hydrating);
    const wide = width >= WIDE_EM * fontSize;
    const chosen = this.layout === 'auto' ? (this.view ?? (wide ? 'axis' : 'list')) : undefined;
    this.vertical = this.sizeless || this.print.printing || this.layout === 'vertical' || chosen === 'list';
    this.axis = undefined;
    this.overview = undefined;
    if (!this.sizeless && !this.print.printing) {
      const measure = this.textMeasure.measureAt(fontSize, this.size.fontFamily);
      if (!this.vertical) this.axis = this.layoutAxisView(model, visible, width, fontSize, measure);
      const { phases } = this;
      const domain = this.axis?.domain;
      this.overview = this.overviewMemo.get(
        [visible, phases, width, fontSize, domain?.[0], domain?.[1], measure],
        () => layoutOverview(model, visible, { width, fontSize, phases, domain, measure }),
      );
    }
    const order = this.vertical ? listOrder(this.phases) : visible;
    this.sequence = order.sequence;
    this.position = order.position;
    this.reachableItems = this.vertical ? this.reachable() : [];
    const first = this.vertical ? this.reachableItems[0] : this.axis?.labels[0]?.item;
    this.roving.keepWithin((id) => this.position.has(id), first?.id ?? this.sequence[0]?.id);
  }

  private layoutAxisView(
    model: Model,
    visible: Visible,
    width: number,
    fontSize: number,
    measure: AxisOptions['measure'],
  ): AxisView {
    const { locale } = this;
    const options: AxisOptions = {
      width,
      fontSize,
      domain: this.panZoom.domain,
      activeId: this.roving.activeId,
      phases: this.phases,
      labelText: (item) => text.labelText(item, locale),
      clusterText: (items) => text.clusterText(items, locale),
      headText: (path) => text.headText(path, model.nowIso, locale),
      tickText: (tick) => text.tickText(tick, locale),
      todayText: this.t('today'),
      measure,
    };
    this.axisOptions = options;
    const key = `${String(width)}|${String(fontSize)}|${locale.lang}`;
    if (key !== this.homeKey || !this.home) {
      this.home = homeDomain(model, visible, options);
      this.homeKey = key;
    }
    return layoutAxis(model, visible, { ...options, domain: this.panZoom.domain ?? this.home });
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

  /** The list's milestones a reader can reach now: those of the open phases, in reading order. */
  private reachable(): Item[] {
    const open = this.openSet();
    return this.sequence.filter((item) => open.has(this.phaseOf.get(item.id) ?? ''));
  }

  /** The phases shown open: the reader's choice, else the one that holds today. */
  private openSet(): ReadonlySet<string> {
    return (
      this.openPhases ?? new Set(this.phases.filter((phase) => phase.holdsToday).map((phase) => phase.id))
    );
  }

  private openPhase(id: string): void {
    const open = this.openSet();
    if (!open.has(id)) this.openPhases = new Set([...open, id]);
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
    if (id === undefined || !this.position.has(id)) return;
    const at = this.position.get(id) ?? 0;
    const next = this.roving.step(event, at, this.sequence.length);
    if (next !== undefined) {
      event.preventDefault();
      const item = this.sequence[next];
      if (item) this.moveTo(item);
      return;
    }
    const factor = ZOOM_KEYS.get(event.key);
    if (factor === undefined || this.vertical || withModifier(event)) return;
    event.preventDefault();
    this.panZoom.zoomBy(factor, this.sequence[at]?.time);
    this.roving.focusAfterUpdate(id);
  };

  /** @internal */
  private readonly onViewClick = (event: Event): void => {
    const view = (event.currentTarget as HTMLElement).dataset['view'];
    if (view === 'axis' || view === 'list') this.view = view;
  };

  /** @internal */
  private readonly onPhaseToggle = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['phase'];
    if (id === undefined) return;
    const open = new Set(this.openSet());
    if (open.has(id)) open.delete(id);
    else open.add(id);
    this.openPhases = open;
  };

  /** @internal */
  private readonly onBeforeMatch = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['phase'];
    if (id !== undefined) this.openPhase(id);
  };

  /** @internal */
  private readonly onAllPhases = (): void => {
    const all = this.phases.every((phase) => this.openSet().has(phase.id));
    this.openPhases = all ? undefined : new Set(this.phases.map((phase) => phase.id));
  };

  /** @internal The next rows of a phase; focus goes to the first of them. */
  private readonly onShowMore = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['more'];
    const phase = this.phases.find((candidate) => candidate.id === id);
    const next = phase?.items[this.pages.limit(phase.id)];
    if (!phase || !next) return;
    this.roving.activeId = next.id;
    this.pages.more(phase.id, () =>
      this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(next.id)}"]`),
    );
  };

  /** @internal */
  private readonly onBandClick = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['phase'];
    const phase = this.phases.find((candidate) => candidate.id === id);
    if (!phase) return;
    if (!this.vertical) {
      const { model, visible, axisOptions } = this;
      if (model && visible && axisOptions)
        this.panZoom.show(fitDomain(model, visible, axisOptions, phaseWindow(phase)));
      return;
    }
    this.openPhase(phase.id);
    void this.updateComplete.then(() => {
      const toggle = this.renderRoot.querySelector<HTMLElement>(`#phase-${CSS.escape(phase.id)}-toggle`);
      toggle?.focus();
      toggle?.scrollIntoView({ block: 'nearest' });
    });
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
    const stamp = new Date();
    // The calendar's code is loaded on the first click: few readers ask for it.
    void downloadLater(this.localName, async () => [
      `${model.timeline.id}.ics`,
      (await import('./brief-timeline.ics.js')).buildIcs({ name: model.timeline.title, stamp, events }),
      'text/calendar',
    ]);
  };

  private moveTo(item: Item): void {
    this.roving.activeId = item.id;
    if (this.vertical) {
      const phaseId = this.phaseOf.get(item.id);
      const phase = this.phases.find((candidate) => candidate.id === phaseId);
      if (phase) {
        this.openPhase(phase.id);
        this.pages.reveal(phase.id, phase.items.indexOf(item));
      }
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

  /** @internal */
  private readonly renderDetail = (item: Item): TemplateResult => {
    const model = this.model as Model;
    return renderDetailPanel(item, {
      locale: this.locale,
      brief: model.brief,
      nowIso: model.nowIso,
      level: this.headingLevelAt(this.vertical ? 3 : 1),
      onClose: this.onCloseClick,
    });
  };

  private renderControls(model: Model): TemplateResult {
    const open = this.openSet();
    return html`${renderFilter({
      locale: this.locale,
      model,
      shown: shownCategories(model, this.shown, this.categories),
      onChange: this.onFilterChange,
    })}
    ${
      this.sizeless && !this.served
        ? nothing
        : renderToolbar({
            locale: this.locale,
            switchable: this.layout === 'auto',
            vertical: this.vertical,
            allOpen: this.phases.every((phase) => open.has(phase.id)),
            upcoming: upcomingItems(this.visible).length,
            onView: this.onViewClick,
            onAllPhases: this.onAllPhases,
            onZoomIn: this.panZoom.zoomIn,
            onZoomOut: this.panZoom.zoomOut,
            onShowAll: this.panZoom.showAll,
            onCalendar: this.onCalendar,
          })
    }`;
  }

  private renderBody(model: Model): TemplateResult | typeof nothing {
    if (this.sizeless && !this.served && !this.print.printing) return nothing;
    // The one tab stop is a milestone a reader can see: in an open phase.
    const stop = this.roving.tabStop(this.reachableItems, itemId);
    if (this.print.printing) {
      return renderPrint({
        locale: this.locale,
        model,
        phases: this.phases,
        openId: this.openId,
        level: this.headingLevelAt(1),
        renderDetail: this.renderDetail,
      });
    }
    if (this.axis) {
      const item = this.openId === undefined ? undefined : model.byId.get(this.openId);
      return html`${renderAxisView(this.axis, {
        locale: this.locale,
        model,
        stop: this.roving.tabStop(
          this.axis.labels.map((label) => label.item),
          itemId,
        ),
        openId: this.openId,
        panZoom: this.panZoom,
        onMilestoneClick: this.onMilestoneClick,
        onMilestoneFocus: this.onMilestoneFocus,
        onClusterClick: this.onClusterClick,
      })}
      ${item ? this.renderDetail(item) : nothing}`;
    }
    return renderPhases({
      locale: this.locale,
      model,
      phases: this.phases,
      open: this.openSet(),
      untilFound: UNTIL_FOUND,
      stop,
      openId: this.openId,
      level: this.headingLevelAt(1),
      limit: (phase) => this.pages.limit(phase.id),
      next: (phase) => this.pages.next(phase.items.length, phase.id),
      renderDetail: this.renderDetail,
      onPhaseToggle: this.onPhaseToggle,
      onBeforeMatch: this.onBeforeMatch,
      onMilestoneClick: this.onMilestoneClick,
      onMilestoneFocus: this.onMilestoneFocus,
      onShowMore: this.onShowMore,
    });
  }

  protected override renderBrief(): TemplateResult {
    const { locale } = this;
    const model = this.model as Model;
    const visible = this.visible as Visible;
    const printing = this.print.printing;
    const shownCount = visible.sequence.length;
    const mode = printing ? 'print' : this.axis ? 'axis' : 'list';
    return html`
      <div class="sizer"></div>
      <div class="timeline timeline--${mode}" part="base" @keydown=${this.onKeyDown}>
        ${this.renderTitle('timeline__title', model.timeline.title)}
        ${printing ? nothing : this.renderControls(model)}
        <p class="status${shownCount === visible.total ? ' visually-hidden' : ''}" role="status">
          ${this.t('showing', { shown: text.numberText(shownCount, locale), total: text.numberText(visible.total, locale) })}
        </p>
        ${shownCount === 0 ? html`<p class="empty">${this.t('none')}</p>` : nothing}
        ${
          this.overview
            ? renderOverview(this.overview, {
                locale,
                model,
                domain: this.axis?.domain,
                onBandClick: this.onBandClick,
              })
            : this.served
              ? html`<div class="overview overview--unsized" part="overview"></div>`
              : nothing
        }
        ${this.renderBody(model)}
        <p id="hint" class="hint">${this.t(this.axis ? 'hintAxis' : 'hintList')}</p>
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
