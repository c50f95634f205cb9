import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import type { Brief, BriefProblem, Scenario, Source, Timeline, TimelineEvent } from '../../data/types.js';
import { BriefSelectEvent } from '../../events/brief-select.js';
import { BriefElement } from '../../internal/brief-element.js';
import { sourcesOf } from '../../internal/brief-index.js';
import { todayIso, toIso, toTime } from '../../internal/dates.js';
import { define } from '../../internal/define.js';
import { downloadFile } from '../../internal/download.js';
import { parseIdList } from '../../internal/id-list.js';
import { PrintController } from '../../internal/print-controller.js';
import { isSafeUrl, renderSourceList } from '../../internal/sources.js';
import { commonStrings } from '../../internal/strings.js';
import { hostStyles } from '../../styles/host.styles.js';
import {
  assignLanes,
  axisTicks,
  clampDomain,
  limitsFor,
  msPerPixel,
  paddedExtent,
  panDomain,
  revealTime,
  statusAt,
  timeScale,
  visibleRange,
  zoomDomain,
  type Domain,
  type LaneInput,
  type Limits,
  type Tick,
} from './brief-timeline.geometry.js';
import { buildIcs } from './brief-timeline.ics.js';
import { timelineStrings } from './brief-timeline.strings.js';
import styles from './brief-timeline.styles.js';

/** Below this container width (in em) `layout="auto"` shows the vertical list. */
const NARROW_EM = 36;
/** Rows of milestones above the axis before the rest gather into "+N" clusters. */
const MAIN_LANES = 6;
/** Rows of milestones in each path's track. */
const PATH_LANES = 2;
/** Milestones the vertical list renders before offering "show more". */
const LIST_PAGE = 200;
/** Each zoom step (button or key) doubles or halves the visible span. */
const ZOOM_STEP = 2;
/** How many categories have their own colour before colours repeat. */
const COLOURS = 6;

type Outcome = Scenario['outcome'];
type Kind = 'main' | Outcome;

/** A milestone as the widget shows it. */
interface Item {
  id: string;
  event: TimelineEvent;
  time: number;
  status: 'past' | 'upcoming';
  kind: Kind;
  path: PathView | undefined;
  colour: number;
  categoryName: string;
}

/** One of the futures after a branch point, with its outcome as of `now`. */
interface PathView {
  scenario: Scenario;
  /** The data's outcome; `open` while `now` is before the branch point. */
  outcome: Outcome;
  items: Item[];
  sources: Source[];
  branchId: string;
  branchTime: number;
}

/** Everything derived from the brief and `now` (not from the filter or the view). */
interface Model {
  brief: Brief;
  timeline: Timeline;
  main: Item[];
  paths: PathView[];
  pathsByBranch: Map<string, PathView[]>;
  byId: Map<string, Item>;
  categoryIds: string[];
  limits: Limits;
  now: number;
  nowIso: string;
}

type Row =
  { kind: 'item'; item: Item } | { kind: 'today' } | { kind: 'paths'; branch: Item; paths: PathView[] };

/** What the filter leaves: the keyboard sequence (reading order) and the rows of the list. */
interface Visible {
  main: Item[];
  mainTimes: number[];
  paths: { path: PathView; items: Item[]; times: number[] }[];
  sequence: Item[];
  position: Map<string, number>;
  rows: Row[];
  total: number;
}

interface Chip {
  item: Item;
  left: number;
  top: number;
  width: number;
  compact: boolean;
}

interface ClusterBox {
  items: Item[];
  left: number;
  top: number;
  width: number;
}

interface Track {
  path: PathView;
  top: number;
  line: number;
  x: number;
}

/** The horizontal view: positions in pixels for the current domain and width. */
interface AxisView {
  width: number;
  height: number;
  axisY: number;
  ticks: Tick[];
  chips: Chip[];
  clusters: ClusterBox[];
  tracks: Track[];
  todayX: number | undefined;
  branchXs: number[];
  laneHeight: number;
  chipHeight: number;
}

interface Drag {
  pointer: number;
  x: number;
  domain: Domain;
  moved: boolean;
}

const byTime = (a: { time: number }, b: { time: number }) => a.time - b.time;

const OUTCOME_ORDER: Record<Outcome, number> = { realized: 0, open: 1, 'not-realized': 2 };

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
  static override styles = [hostStyles, styles];

  /** Printing lays the timeline out as the list, which fits paper. */
  private readonly print = new PrintController(this);
  /**
   * The container's width. A resize lands on the next frame rather than inside the
   * observer's callback, so that re-laying out never feeds back into the same observation.
   */
  private readonly size = new ResizeController(this, {
    callback: (entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width > 0 && width !== this.width && this.frame === undefined) {
        this.frame = requestAnimationFrame(() => {
          this.frame = undefined;
          this.fontSize = parseFloat(getComputedStyle(this).fontSize) || 16;
          this.width = this.size.value ?? this.width;
        });
      }
      return width;
    },
  });

  private model: Model | undefined;
  private modelKey: [Brief | undefined, string] = [undefined, ''];
  private visible: Visible | undefined;
  private axis: AxisView | undefined;
  private vertical = false;
  private fontSize = 16;
  private dates = new Map<string, string>();
  private datesLang = '';
  private drag: Drag | undefined;
  private pendingFocus: string | undefined;
  private frame: number | undefined;
  private readonly tickFormats = new Map<string, Intl.DateTimeFormat>();

  /** Categories the reader shows; `undefined` follows the `categories` attribute. */
  @state() private shown: ReadonlySet<string> | undefined;
  /** The visible time range; `undefined` shows everything. */
  @state() private domain: Domain | undefined;
  /** The milestone that holds the keyboard focus stop. */
  @state() private activeId: string | undefined;
  /** The milestone whose detail panel is open. */
  @state() private openId: string | undefined;
  /** The reader's choice of view where both fit. */
  @state() private view: 'axis' | 'list' = 'axis';
  /** How many milestones the vertical list renders. */
  @state() private listLimit = LIST_PAGE;
  /** Width of the element in pixels, from the resize observer (0 until measured). */
  @state() private width = 0;

  /** Today, as `YYYY-MM-DD`, to pin past and upcoming for demos and tests; defaults to the reader's current date. */
  @property() now: string | undefined;

  /** Category ids shown at first, separated by commas or spaces (e.g. `review,dispute`); empty shows every category. */
  @property() categories = '';

  /** `auto` (axis when the container is at least 36em wide, else list), `horizontal` or `vertical`. */
  @property({ reflect: true }) layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

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
    if (this.datesLang !== this.locale.lang) {
      this.dates.clear();
      this.datesLang = this.locale.lang;
    }
    const nowIso = this.nowIso();
    if (this.modelKey[0] !== brief || this.modelKey[1] !== nowIso || !this.model) {
      this.model = this.buildModel(brief, nowIso);
      this.modelKey = [brief, nowIso];
      this.dates.clear();
      this.domain = undefined;
      this.visible = undefined;
    }
    const model = this.model;
    if (!this.visible || changed.has('shown') || changed.has('categories')) {
      this.visible = this.filter(model);
    }
    const visible = this.visible;
    if (!this.activeId || !visible.position.has(this.activeId)) this.activeId = visible.sequence[0]?.id;
    if (this.openId && !visible.position.has(this.openId)) this.openId = undefined;

    if (this.width === 0) {
      this.width = this.getBoundingClientRect().width;
      if (this.width > 0) this.fontSize = parseFloat(getComputedStyle(this).fontSize) || 16;
    }
    const width = this.width;
    const narrow = width > 0 && width < NARROW_EM * this.fontSize;
    this.vertical =
      this.print.printing ||
      this.layout === 'vertical' ||
      this.view === 'list' ||
      (this.layout === 'auto' && narrow);
    this.axis = this.vertical ? undefined : this.layoutAxis(model, visible, width);
  }

  protected override updated(): void {
    const target = this.pendingFocus;
    if (target === undefined) return;
    this.pendingFocus = undefined;
    const root = this.renderRoot as ShadowRoot;
    const element =
      target === '#detail'
        ? root.getElementById('detail-title')
        : root.querySelector<HTMLElement>(`[data-id="${CSS.escape(target)}"]`);
    element?.focus();
  }

  /** The timeline's own checks, on top of the brief's validation. */
  protected override checkBrief(brief: Brief): BriefProblem[] | null {
    const { locale } = this;
    const nowIso = this.nowIso();
    if (!brief.timeline) {
      return [{ path: 'timeline', message: locale.t(timelineStrings, 'noTimeline', { brief: brief.id }) }];
    }
    if (Number.isNaN(toTime(nowIso))) {
      return [{ path: 'now', message: locale.t(timelineStrings, 'badNow', { value: nowIso }) }];
    }
    const known = brief.timeline.categories.map((category) => category.id);
    const wanted = parseIdList(this.categories);
    const unknown = wanted.find((id) => !known.includes(id));
    if (unknown !== undefined) {
      const message = locale.t(timelineStrings, 'unknownCategory', {
        id: unknown,
        known: known.join(', ') || '(none)',
      });
      return [{ path: 'categories', message }];
    }
    return null;
  }

  private buildModel(brief: Brief, nowIso: string): Model {
    const timeline = brief.timeline as Timeline;
    const now = toTime(nowIso);
    const categoryIds = timeline.categories.map((category) => category.id);
    const names = new Map(timeline.categories.map((category) => [category.id, category.name]));
    const make = (event: TimelineEvent, kind: Kind, path: PathView | undefined): Item => {
      const time = toTime(event.date);
      const index = categoryIds.indexOf(event.category);
      return {
        id: event.id,
        event,
        time,
        status: statusAt(time, event.precision, now),
        kind,
        path,
        colour: (index < 0 ? 0 : index) % COLOURS,
        categoryName: names.get(event.category) ?? event.category,
      };
    };
    // Stable sort: authors may list events in any order.
    const main = timeline.events.map((event) => make(event, 'main', undefined)).sort(byTime);
    const byId = new Map(main.map((item) => [item.id, item]));
    const paths: PathView[] = [];
    for (const scenario of timeline.scenarios) {
      const branch = byId.get(scenario.branchFrom);
      if (!branch) continue;
      const outcome: Outcome = now < branch.time ? 'open' : scenario.outcome;
      const path: PathView = {
        scenario,
        outcome,
        items: [],
        sources: sourcesOf(brief, scenario.outcomeSourceIds ?? []),
        branchId: branch.id,
        branchTime: branch.time,
      };
      path.items = scenario.events.map((event) => make(event, outcome, path)).sort(byTime);
      paths.push(path);
    }
    paths.sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
    const pathsByBranch = new Map<string, PathView[]>();
    for (const path of paths) {
      pathsByBranch.set(path.branchId, [...(pathsByBranch.get(path.branchId) ?? []), path]);
      for (const item of path.items) byId.set(item.id, item);
    }
    const times = [
      ...main.map((item) => item.time),
      ...paths.flatMap((path) => path.items.map((item) => item.time)),
      now,
    ];
    return {
      brief,
      timeline,
      main,
      paths,
      pathsByBranch,
      byId,
      categoryIds,
      limits: limitsFor(paddedExtent(times)),
      now,
      nowIso,
    };
  }

  private shownCategories(model: Model): ReadonlySet<string> {
    if (this.shown) return this.shown;
    const wanted = parseIdList(this.categories);
    return new Set(wanted.length > 0 ? wanted : model.categoryIds);
  }

  /** The milestones the filter leaves, in reading order: the main line by date, each path after its branch point. */
  private filter(model: Model): Visible {
    const shown = this.shownCategories(model);
    const keep = (item: Item) => shown.has(item.event.category);
    const main = model.main.filter(keep);
    const paths = model.paths.map((path) => {
      const items = path.items.filter(keep);
      return { path, items, times: items.map((item) => item.time) };
    });
    const sequence: Item[] = [];
    const rows: Row[] = [];
    let today = false;
    for (const item of model.main) {
      if (keep(item)) {
        if (!today && item.status === 'upcoming') {
          rows.push({ kind: 'today' });
          today = true;
        }
        sequence.push(item);
        rows.push({ kind: 'item', item });
      }
      const branching = model.pathsByBranch.get(item.id);
      if (branching) {
        rows.push({ kind: 'paths', branch: item, paths: branching });
        for (const path of branching) sequence.push(...path.items.filter(keep));
      }
    }
    if (!today) rows.push({ kind: 'today' });
    const position = new Map(sequence.map((item, index) => [item.id, index]));
    const total = model.main.length + model.paths.reduce((sum, path) => sum + path.items.length, 0);
    return { main, mainTimes: main.map((item) => item.time), paths, sequence, position, rows, total };
  }

  private currentDomain(model: Model): Domain {
    return this.domain ?? model.limits.extent;
  }

  /** Positions for the horizontal view: only the milestones inside the visible domain. */
  private layoutAxis(model: Model, visible: Visible, fullWidth: number): AxisView {
    const fs = this.fontSize;
    const width = Math.max(100, fullWidth - 2 * fs - 2);
    const domain = this.currentDomain(model);
    const scale = timeScale(domain, width);
    const x = (time: number) => scale(new Date(time));
    const laneHeight = Math.round(3.1 * fs);
    const chipHeight = Math.round(2.7 * fs);
    const gap = Math.round(0.4 * fs);
    const options = {
      compactWidth: Math.round(1.1 * fs),
      gap,
      clusterWidth: Math.round(2.8 * fs),
      bound: width,
    };
    const labelWidth = (item: Item) =>
      Math.round(Math.min(16 * fs, Math.max(7 * fs, (item.event.title.length * 0.5 + 2) * fs)));
    const inputs = (items: Item[], times: number[]): LaneInput[] => {
      const [from, to] = visibleRange(times, domain[0], domain[1]);
      const out: LaneInput[] = [];
      for (let i = from; i < to; i += 1) {
        const item = items[i];
        if (item) out.push({ index: i, x: x(item.time), width: labelWidth(item) });
      }
      return out;
    };
    const pinnedIn = (items: Item[]) => {
      const index = this.activeId === undefined ? -1 : items.findIndex((item) => item.id === this.activeId);
      return index < 0 ? undefined : index;
    };
    const top = Math.round(1.6 * fs);
    const mainLayout = assignLanes(inputs(visible.main, visible.mainTimes), {
      ...options,
      lanes: MAIN_LANES,
      pinned: this.activeId && visible.main.length < 50000 ? pinnedIn(visible.main) : undefined,
    });
    const lanes = Math.max(1, mainLayout.lanes);
    const chips: Chip[] = [];
    for (const placed of mainLayout.placed) {
      const item = visible.main[placed.index];
      if (!item) continue;
      chips.push({
        item,
        left: placed.left,
        top: top + (lanes - 1 - placed.lane) * laneHeight,
        width: placed.width,
        compact: placed.compact,
      });
    }
    const clusterTop = top + lanes * laneHeight;
    const clusterHeight = mainLayout.clusters.length > 0 ? Math.round(2 * fs) : 0;
    const clusters: ClusterBox[] = mainLayout.clusters.map((cluster) => ({
      items: cluster.indices.flatMap((index) => visible.main[index] ?? []),
      left: cluster.left,
      top: clusterTop,
      width: cluster.width,
    }));
    const axisY = clusterTop + clusterHeight + Math.round(0.3 * fs);
    let y = axisY + Math.round(2 * fs);
    const tracks: Track[] = [];
    const headerHeight = Math.round(2 * fs);
    for (const { path, items, times } of visible.paths) {
      const trackLayout = assignLanes(inputs(items, times), {
        ...options,
        lanes: PATH_LANES,
        pinned: pinnedIn(items),
      });
      const trackLanes = Math.max(1, trackLayout.lanes);
      const bodyTop = y + headerHeight;
      for (const placed of trackLayout.placed) {
        const item = items[placed.index];
        if (!item) continue;
        chips.push({
          item,
          left: placed.left,
          top: bodyTop + placed.lane * laneHeight,
          width: placed.width,
          compact: placed.compact,
        });
      }
      trackLayout.clusters.forEach((cluster) => {
        clusters.push({
          items: cluster.indices.flatMap((index) => items[index] ?? []),
          left: cluster.left,
          top: bodyTop + trackLanes * laneHeight,
          width: cluster.width,
        });
      });
      tracks.push({ path, top: y, line: y + headerHeight / 2, x: x(path.branchTime) });
      y = bodyTop + trackLanes * laneHeight + (trackLayout.clusters.length > 0 ? Math.round(2 * fs) : 0);
    }
    const inView = (time: number) => time >= domain[0] && time <= domain[1];
    const branchTimes = [...new Set(model.paths.map((path) => path.branchTime))];
    return {
      width,
      height: y + Math.round(0.4 * fs),
      axisY,
      ticks: axisTicks(scale, Math.max(70, 6 * fs)),
      chips,
      clusters,
      tracks,
      todayX: inView(model.now) ? x(model.now) : undefined,
      branchXs: branchTimes.filter(inView).map(x),
      laneHeight,
      chipHeight,
    };
  }

  /** A milestone's date at its precision, "about" where approximate; cached per language. */
  private dateText(item: Item): string {
    let text = this.dates.get(item.id);
    if (text === undefined) {
      const date = this.locale.date(item.event.date, item.event.precision);
      text = item.event.approximate ? this.locale.t(timelineStrings, 'about', { date }) : date;
      this.dates.set(item.id, text);
    }
    return text;
  }

  private statusText(item: Item): string {
    const { locale } = this;
    if (item.kind === 'not-realized') return locale.t(timelineStrings, 'notTaken');
    if (item.kind === 'open') return locale.t(timelineStrings, 'possible');
    return locale.t(timelineStrings, item.status === 'past' ? 'past' : 'scheduled');
  }

  private outcomeText(path: PathView): string {
    const { locale } = this;
    if (path.outcome === 'realized') return locale.t(timelineStrings, 'realized');
    if (path.outcome === 'not-realized') return locale.t(timelineStrings, 'notRealized');
    if (path.scenario.outcome !== 'open' && this.model) {
      return locale.t(timelineStrings, 'undecided', { date: locale.date(this.model.nowIso) });
    }
    return locale.t(timelineStrings, 'open');
  }

  /** What the reader's calendar gets: upcoming milestones of the main line and of a realized path. */
  private upcoming(): Item[] {
    return (this.visible?.sequence ?? []).filter(
      (item) => item.status === 'upcoming' && (item.kind === 'main' || item.kind === 'realized'),
    );
  }

  // ---- handlers ----

  /** @internal */
  private readonly onFilterChange = (event: Event): void => {
    const input = event.currentTarget as HTMLInputElement;
    const model = this.model;
    if (!model) return;
    const next = new Set(this.shownCategories(model));
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
    if (id !== undefined && id !== this.activeId) this.activeId = id;
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
    if (id === undefined || !visible || event.altKey || event.ctrlKey || event.metaKey) return;
    const at = visible.position.get(id) ?? 0;
    const last = visible.sequence.length - 1;
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(last, at + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, at - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case '+':
      case '=':
        if (this.vertical) return;
        event.preventDefault();
        this.zoomBy(ZOOM_STEP, visible.sequence[at]?.time);
        this.pendingFocus = id;
        return;
      case '-':
      case '_':
        if (this.vertical) return;
        event.preventDefault();
        this.zoomBy(1 / ZOOM_STEP, visible.sequence[at]?.time);
        this.pendingFocus = id;
        return;
      default:
        return;
    }
    event.preventDefault();
    const item = visible.sequence[next];
    if (item) this.moveTo(item, next);
  };

  /** @internal */
  private readonly onZoomIn = (): void => {
    this.zoomBy(ZOOM_STEP);
  };

  /** @internal */
  private readonly onZoomOut = (): void => {
    this.zoomBy(1 / ZOOM_STEP);
  };

  /** @internal */
  private readonly onShowAll = (): void => {
    this.domain = undefined;
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
    const model = this.model;
    const axis = this.axis;
    if (!model || !axis) return;
    const index = Number((event.currentTarget as HTMLElement).dataset['cluster']);
    const cluster = axis.clusters[index];
    const first = cluster?.items[0];
    const last = cluster?.items[cluster.items.length - 1];
    if (!first || !last) return;
    const pad = Math.max((last.time - first.time) * 0.15, model.limits.minSpan / 2);
    this.domain = clampDomain([first.time - pad, last.time + pad], model.limits);
  };

  /** @internal */
  private readonly onCloseClick = (): void => {
    this.closeDetail();
  };

  /** @internal */
  private readonly onCalendar = (): void => {
    const model = this.model;
    if (!model) return;
    const { locale } = this;
    const text = buildIcs({
      name: model.timeline.title,
      stamp: new Date(),
      events: this.upcoming().map((item) => ({
        uid: `${item.id}.${model.timeline.id}@briefing-widgets`,
        date: item.event.date,
        precision: item.event.precision,
        approximate: item.event.approximate ?? false,
        title: item.event.title,
        description: [
          item.event.description,
          locale.t(timelineStrings, 'calendarDate', { date: this.dateText(item) }),
          item.path ? locale.t(timelineStrings, 'path', { title: item.path.scenario.title }) : undefined,
          `${model.brief.publisher}: ${model.brief.title}`,
        ]
          .filter(Boolean)
          .join('\n'),
        ...(model.brief.url && isSafeUrl(model.brief.url) ? { url: model.brief.url } : {}),
      })),
    });
    downloadFile(`${model.timeline.id}.ics`, text, 'text/calendar');
  };

  /** @internal */
  private readonly onPointerDown = (event: PointerEvent): void => {
    const model = this.model;
    if (!model || !event.isPrimary || event.button !== 0) return;
    this.drag = {
      pointer: event.pointerId,
      x: event.clientX,
      domain: this.currentDomain(model),
      moved: false,
    };
  };

  /** @internal */
  private readonly onPointerMove = (event: PointerEvent): void => {
    const drag = this.drag;
    const model = this.model;
    const axis = this.axis;
    if (!drag || !model || !axis || event.pointerId !== drag.pointer) return;
    const dx = event.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      // Captured, the click after the drag goes to the plot, not to the milestone under it.
      (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    }
    this.domain = panDomain(drag.domain, -dx * msPerPixel(drag.domain, axis.width), model.limits);
  };

  /** @internal */
  private readonly onPointerUp = (): void => {
    this.drag = undefined;
  };

  /** @internal */
  private readonly onWheel = (event: WheelEvent): void => {
    const model = this.model;
    const axis = this.axis;
    if (!model || !axis) return;
    const domain = this.currentDomain(model);
    const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? axis.width : 1;
    if (event.ctrlKey || event.metaKey) {
      // Ctrl + wheel (and trackpad pinch) zooms; a plain wheel keeps scrolling the page.
      event.preventDefault();
      const plot = event.currentTarget as HTMLElement;
      const x = event.clientX - plot.getBoundingClientRect().left;
      const anchor = domain[0] + x * msPerPixel(domain, axis.width);
      this.domain = zoomDomain(domain, Math.exp(-event.deltaY * scale * 0.002), anchor, model.limits);
      return;
    }
    const delta = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
    if (Math.abs(delta) > 0 && (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY))) {
      event.preventDefault();
      this.domain = panDomain(domain, delta * scale * msPerPixel(domain, axis.width), model.limits);
    }
  };

  private zoomBy(factor: number, anchor?: number): void {
    const model = this.model;
    if (!model) return;
    const domain = this.currentDomain(model);
    const at =
      anchor !== undefined && anchor >= domain[0] && anchor <= domain[1]
        ? anchor
        : (domain[0] + domain[1]) / 2;
    this.domain = zoomDomain(domain, factor, at, model.limits);
  }

  private moveTo(item: Item, index: number): void {
    const model = this.model;
    if (!model) return;
    this.activeId = item.id;
    if (this.vertical) {
      if (index >= this.listLimit) this.listLimit = index + LIST_PAGE;
    } else {
      this.domain = revealTime(this.currentDomain(model), item.time, model.limits);
    }
    this.pendingFocus = item.id;
  }

  private openMilestone(id: string): void {
    const item = this.model?.byId.get(id);
    if (!item) return;
    this.activeId = id;
    this.openId = id;
    this.pendingFocus = '#detail';
    const selected = new BriefSelectEvent(item.event, item.path?.scenario.id ?? null);
    this.dispatchEvent(selected);
  }

  private closeDetail(): void {
    const id = this.openId;
    this.openId = undefined;
    if (id === undefined) return;
    this.activeId = id;
    this.pendingFocus = id;
  }

  // ---- rendering ----

  private renderSources(sources: readonly Source[]): TemplateResult | typeof nothing {
    return sources.length > 0 ? renderSourceList(sources, this.locale) : nothing;
  }

  private renderDetail(): TemplateResult | typeof nothing {
    const model = this.model;
    const item = this.openId === undefined ? undefined : model?.byId.get(this.openId);
    if (!model || !item) return nothing;
    const { locale } = this;
    const t = (key: keyof (typeof timelineStrings)['en']) => locale.t(timelineStrings, key);
    return html`
      <section class="detail detail--${item.kind}" part="detail" aria-labelledby="detail-title">
        <div class="detail__head">
          <div
            id="detail-title"
            class="detail__title"
            role="heading"
            aria-level=${this.headingLevelAt(1)}
            tabindex="-1"
          >
            ${item.event.title}
          </div>
          <button type="button" class="button" @click=${this.onCloseClick}>${t('close')}</button>
        </div>
        <dl class="detail__facts">
          <div>
            <dt>${t('date')}</dt>
            <dd><time datetime=${item.event.date}>${this.dateText(item)}</time></dd>
          </div>
          <div>
            <dt>${t('status')}</dt>
            <dd>${this.statusText(item)}</dd>
          </div>
          <div>
            <dt>${t('category')}</dt>
            <dd>${item.categoryName}</dd>
          </div>
          ${
            item.path
              ? html`<div>
                  <dt>${t('pathLabel')}</dt>
                  <dd>${item.path.scenario.title} (${this.outcomeText(item.path)})</dd>
                </div>`
              : nothing
          }
        </dl>
        ${item.event.description ? html`<p class="detail__description">${item.event.description}</p>` : nothing}
        ${
          item.event.sourceIds.length > 0
            ? html`<p class="detail__label">${locale.t(commonStrings, 'sources')}</p>
                ${this.renderSources(sourcesOf(model.brief, item.event.sourceIds))}`
            : nothing
        }
      </section>
    `;
  }

  private milestoneName(item: Item): string {
    const parts = [this.statusText(item), item.categoryName];
    if (item.path) parts.push(this.locale.t(timelineStrings, 'path', { title: item.path.scenario.title }));
    return `, ${parts.join(', ')}`;
  }

  private tabStop(candidates: readonly Item[]): string | undefined {
    const active = this.activeId;
    if (active !== undefined && candidates.some((item) => item.id === active)) return active;
    return candidates[0]?.id;
  }

  private renderAxis(axis: AxisView): TemplateResult {
    const model = this.model as Model;
    const { locale } = this;
    const domain = this.currentDomain(model);
    const tickFormat = this.tickFormat(axis.ticks[0]?.unit ?? 'year');
    const fs = this.fontSize;
    const axisLabel = [
      locale.t(timelineStrings, 'axisLabel', {
        start: locale.date(toIso(domain[0]), 'month'),
        end: locale.date(toIso(domain[1]), 'month'),
      }),
      axis.todayX === undefined
        ? ''
        : locale.t(timelineStrings, 'axisToday', { date: locale.date(model.nowIso) }),
    ]
      .join(' ')
      .trim();
    const stop = this.tabStop(axis.chips.map((chip) => chip.item));
    const anchor = (x: number) => (x < 2 * fs ? 'start' : x > axis.width - 2 * fs ? 'end' : 'middle');
    return html`
      <div
        class="plot"
        part="plot"
        style=${styleMap({ height: `${String(axis.height)}px` })}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @wheel=${this.onWheel}
      >
        <svg
          class="axis"
          part="axis"
          role="img"
          aria-label=${axisLabel}
          width=${axis.width}
          height=${axis.height}
          viewBox="0 0 ${axis.width} ${axis.height}"
        >
          ${axis.ticks.map(
            (tick) => svg`
              <line class="axis__grid" x1=${tick.x} x2=${tick.x} y1="0" y2=${axis.axisY}></line>
              <line class="axis__tick" x1=${tick.x} x2=${tick.x} y1=${axis.axisY} y2=${axis.axisY + 0.4 * fs}></line>
              <text class="axis__label" x=${tick.x} y=${axis.axisY + 1.45 * fs} text-anchor=${anchor(tick.x)}>${tickFormat.format(tick.time)}</text>`,
          )}
          <line class="axis__line" x1="0" x2=${axis.width} y1=${axis.axisY} y2=${axis.axisY}></line>
          ${axis.tracks
            .filter((track) => track.x <= axis.width)
            .map((track) => {
              const x = Math.max(0, track.x);
              const from = track.x < 0 ? track.line : axis.axisY;
              return svg`<path class="branch branch--${track.path.outcome}" d="M${x} ${from} V${track.line} H${axis.width}"></path>`;
            })}
          ${axis.branchXs.map(
            (x) =>
              svg`<path class="branch__point" d="M${x} ${axis.axisY - 0.45 * fs} l${0.45 * fs} ${0.45 * fs} l${-0.45 * fs} ${0.45 * fs} l${-0.45 * fs} ${-0.45 * fs} Z"></path>`,
          )}
          ${
            axis.todayX === undefined
              ? nothing
              : svg`<line class="today" x1=${axis.todayX} x2=${axis.todayX} y1=${1.1 * fs} y2=${axis.height}></line>
                <text class="today__label" x=${axis.todayX} y=${0.95 * fs} text-anchor=${anchor(axis.todayX)}>${locale.t(timelineStrings, 'today')}</text>`
          }
        </svg>
        ${axis.tracks
          .filter((track) => track.x <= axis.width)
          .map((track) => {
            const left = Math.max(0, Math.min(axis.width - 4 * fs, track.x)) + 0.5 * fs;
            return html`<div
              class="track__head track__head--${track.path.outcome}"
              style=${styleMap({
                left: `${String(left)}px`,
                top: `${String(track.top)}px`,
                maxWidth: `${String(axis.width - left)}px`,
              })}
            >
              <span class="badge badge--${track.path.outcome}">${this.outcomeText(track.path)}</span>
              ${track.path.scenario.title}${
                track.path.outcome === 'realized' && track.path.sources.length > 0
                  ? html` ·
                      <span class="muted"
                        >${locale.t(timelineStrings, 'sourceOf', {
                          sources: track.path.sources.map((source) => source.publisher).join('; '),
                        })}</span
                      >`
                  : nothing
              }
            </div>`;
          })}
        <div
          class="milestones"
          role="group"
          aria-label=${locale.t(timelineStrings, 'milestones')}
          aria-describedby="hint"
        >
          ${repeat(
            axis.chips,
            (chip) => chip.item.id,
            (chip) => this.renderChip(chip, axis, chip.item.id === stop),
          )}
          ${axis.clusters.map((cluster, index) => {
            const first = cluster.items[0];
            const last = cluster.items[cluster.items.length - 1];
            const label = locale.t(timelineStrings, 'moreLabel', {
              count: locale.number(cluster.items.length),
              start: first ? this.dateText(first) : '',
              end: last ? this.dateText(last) : '',
            });
            return html`<button
              type="button"
              class="cluster"
              tabindex="-1"
              data-cluster=${index}
              aria-label=${label}
              title=${label}
              style=${styleMap({
                left: `${String(cluster.left)}px`,
                top: `${String(cluster.top)}px`,
                width: `${String(cluster.width)}px`,
              })}
              @click=${this.onClusterClick}
            >
              +${locale.compact(cluster.items.length)}
            </button>`;
          })}
        </div>
      </div>
    `;
  }

  private tickFormat(unit: Tick['unit']): Intl.DateTimeFormat {
    const key = `${this.locale.lang}:${unit}`;
    const cached = this.tickFormats.get(key);
    if (cached) return cached;
    const options: Intl.DateTimeFormatOptions =
      unit === 'year'
        ? { year: 'numeric', timeZone: 'UTC' }
        : unit === 'month'
          ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
          : { month: 'short', day: 'numeric', timeZone: 'UTC' };
    const format = new Intl.DateTimeFormat(this.locale.lang, options);
    this.tickFormats.set(key, format);
    return format;
  }

  private renderChip(chip: Chip, axis: AxisView, tabbable: boolean): TemplateResult {
    const { item } = chip;
    const open = this.openId === item.id;
    const date = this.dateText(item);
    return html`<button
      type="button"
      class="chip chip--${item.status} chip--${item.kind} cat-${item.colour}${chip.compact ? ' chip--compact' : ''}"
      part="milestone"
      data-id=${item.id}
      tabindex=${tabbable ? 0 : -1}
      aria-expanded=${open ? 'true' : 'false'}
      title=${ifDefined(chip.compact ? `${item.event.title} — ${date}` : undefined)}
      style=${styleMap({
        left: `${String(chip.left)}px`,
        top: `${String(chip.top)}px`,
        width: `${String(chip.width)}px`,
        height: `${String(chip.compact ? Math.round(axis.chipHeight * 0.45) : axis.chipHeight)}px`,
      })}
      @click=${this.onMilestoneClick}
      @focus=${this.onMilestoneFocus}
    >
      <span class="chip__date">${date}</span>
      <span class="chip__title">${item.event.title}</span>
      <span class="visually-hidden">${this.milestoneName(item)}</span>
    </button>`;
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
        <span class="entry__date"><time datetime=${item.event.date}>${this.dateText(item)}</time></span>
        <span class="entry__title">${item.event.title}</span>
        <span class="entry__meta">
          <span
            class="badge badge--${item.kind === 'main' || item.kind === 'realized' ? item.status : item.kind}"
            >${this.statusText(item)}</span
          >
          ${item.categoryName}
          ${
            branching > 0
              ? html` · ${this.locale.t(timelineStrings, 'branchPoint', { count: branching })}`
              : nothing
          }
        </span>
        ${
          item.path
            ? html`<span class="visually-hidden"
                >, ${this.locale.t(timelineStrings, 'path', { title: item.path.scenario.title })}</span
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
        <span class="badge badge--${path.outcome}">${this.outcomeText(path)}</span>
        ${path.scenario.title}
      </div>
      <p class="path__condition">
        <strong>${locale.t(timelineStrings, 'condition')}:</strong> ${path.scenario.condition}
      </p>
      ${
        path.scenario.outcomeNote && path.outcome === path.scenario.outcome
          ? html`<p class="path__note">
              <strong>${locale.t(timelineStrings, 'record')}:</strong> ${path.scenario.outcomeNote}
            </p>`
          : nothing
      }
      ${path.sources.length > 0 && path.outcome === path.scenario.outcome ? this.renderSources(path.sources) : nothing}
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
        ${this.locale.t(timelineStrings, 'pathsHeading', { title: branch.event.title, date: this.dateText(branch) })}
      </div>
      <div class="paths__grid">
        ${paths.map((path) => {
          const items = withItems
            ? (visible.paths.find((entry) => entry.path === path)?.items ?? []).filter(
                (item) => (visible.position.get(item.id) ?? Infinity) < limit,
              )
            : undefined;
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
    const stop = this.tabStop(shown);
    const rows: { key: string; template: TemplateResult }[] = [];
    for (const row of visible.rows) {
      if (row.kind === 'today') {
        rows.push({
          key: '#today',
          template: html`<li class="today-row" part="today">
            <span class="today-row__label"
              >${locale.t(timelineStrings, 'todayIs', { date: locale.date(model.nowIso) })}</span
            >
          </li>`,
        });
        continue;
      }
      if (row.kind === 'paths') {
        rows.push({
          key: `#paths-${row.branch.id}`,
          template: html`<li class="entry entry--paths">
            ${this.renderPathsSection(row.branch, row.paths, true, stop)}
          </li>`,
        });
        continue;
      }
      if ((visible.position.get(row.item.id) ?? 0) >= limit) break;
      const branching = model.pathsByBranch.get(row.item.id)?.length ?? 0;
      rows.push({
        key: row.item.id,
        template: this.renderListItem(row.item, row.item.id === stop, branching),
      });
    }
    const rest = visible.sequence.length - Math.min(limit, visible.sequence.length);
    return html`
      <ol
        class="list"
        part="list"
        aria-label=${locale.t(timelineStrings, 'milestones')}
        aria-describedby="hint"
      >
        ${repeat(
          rows,
          (row) => row.key,
          (row) => row.template,
        )}
      </ol>
      ${
        rest > 0
          ? html`<button type="button" class="button more" @click=${this.onShowMore}>
              ${locale.t(timelineStrings, 'showMore', { count: locale.number(Math.min(rest, LIST_PAGE * 5)) })}
            </button>`
          : nothing
      }
    `;
  }

  private renderFilter(model: Model): TemplateResult | typeof nothing {
    const { timeline } = model;
    if (timeline.categories.length < 2) return nothing;
    const shown = this.shownCategories(model);
    const counts = new Map<string, number>();
    const count = (event: TimelineEvent) => counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
    timeline.events.forEach(count);
    timeline.scenarios.forEach((scenario) => {
      scenario.events.forEach(count);
    });
    return html`<fieldset class="filter" part="filter">
      <legend>${this.locale.t(timelineStrings, 'categories')}</legend>
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
    const upcoming = this.upcoming().length;
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
                aria-label=${locale.t(timelineStrings, 'zoomIn')}
                title=${locale.t(timelineStrings, 'zoomIn')}
                @click=${this.onZoomIn}
              >
                +
              </button>
              <button
                type="button"
                class="button"
                aria-label=${locale.t(timelineStrings, 'zoomOut')}
                title=${locale.t(timelineStrings, 'zoomOut')}
                @click=${this.onZoomOut}
              >
                −
              </button>
              <button type="button" class="button" @click=${this.onShowAll}>
                ${locale.t(timelineStrings, 'showAll')}
              </button>
            </div>`
      }
      ${
        canToggle
          ? html`<button type="button" class="button" @click=${this.onToggleView}>
              ${locale.t(timelineStrings, this.view === 'list' ? 'axisView' : 'listView')}
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
              ${locale.t(timelineStrings, 'calendar', { count: locale.number(upcoming) })}
            </button>`
          : html`<span class="muted">${locale.t(timelineStrings, 'noUpcoming')}</span>`
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
        <div
          id="title"
          class="timeline__title"
          part="title"
          role="heading"
          aria-level=${this.headingLevelAt()}
        >
          ${model.timeline.title}
        </div>
        ${this.renderFilter(model)} ${this.renderToolbar()}
        <p class="status" role="status">
          ${locale.t(timelineStrings, 'showing', { shown: locale.number(shownCount), total: locale.number(visible.total) })}
        </p>
        <p id="hint" class="hint">${locale.t(timelineStrings, axis ? 'hintAxis' : 'hintList')}</p>
        ${shownCount === 0 ? html`<p class="empty">${locale.t(timelineStrings, 'none')}</p>` : nothing}
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
