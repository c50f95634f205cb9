/**
 * The horizontal view of `<brief-timeline>` as pure layout. For a width, a font size and
 * a visible time range it places, in pixels: the phases as bands, the main line (the
 * trunk) with each milestone's label in a lane above it, anchored at its date, "+N ·
 * years" clusters for what finds no lane, and after a branch point the paths as lanes
 * that diverge from the branch node, each headed by its outcome and title (wrapped, never
 * cut) with its milestones labelled below it; then ticks and today. Which range to show
 * is `brief-timeline.range.ts`; `coverage` tells it how many milestones keep a label.
 *
 * Text is sized with a `Measure` (the element measures with its font on a canvas; without
 * one, a generous estimate), so labels wrap where the browser will wrap them. No DOM.
 * @internal
 */
import {
  axisTicks,
  gatherClusters,
  placeLabels,
  timeScale,
  type LabelInput,
  visibleRange,
  wrapLines,
  type Domain,
  type Tick,
} from './brief-timeline.geometry.js';
import type { Item, Model, PathView, Visible } from './brief-timeline.model.js';
import type { Phase } from './brief-timeline.phases.js';

/** The fonts the layout sizes text in: a milestone's label, a path's header, small print. */
export type TextRole = 'label' | 'head' | 'small';
/** The width (px) of `text` in a role's font. */
export type Measure = (text: string, role: TextRole) => number;

/** Font size of each role, in em of the element's font; the styles use the same sizes. */
export const ROLE_EM: Record<TextRole, number> = { label: 0.8, head: 0.8, small: 0.75 };
/** An average character's width as a share of its font size, for the estimate (generous, so text fits). */
const CHAR_SHARE = 0.6;

/** A width estimate for `text` when nothing can measure it (tests, server rendering). */
export function estimateWidth(text: string, role: TextRole, fontSize: number): number {
  return text.length * CHAR_SHARE * ROLE_EM[role] * fontSize;
}

/** Lanes of labels above the main line, and under each path. */
export const MAIN_LANES = 5;
export const PATH_LANES = 2;

/** Horizontal padding of the timeline box, both sides (em), and its borders (px), off the plot's width. */
const INSET_EM = 2;
const BORDER_PX = 2;
/** The narrowest plot drawn (px). */
const MIN_WIDTH_PX = 100;
/** A label's marker bar (px) and padding (em). */
const BAR_PX = 3;
const LABEL_PAD_X_EM = 0.35;
const LABEL_PAD_Y_EM = 0.15;
/** One line of a label (em: 0.8em text at line height 1.25). */
const LABEL_LINE_EM = 1;
/** A label takes the fewest lines (up to three) that fit this width (em); a long title may widen it to the maximum. */
const LABEL_TARGET_EM = 9;
const LABEL_MAX_EM = 12;
const LABEL_LINES = 3;
/** Safety (px) added to a measured text so that it wraps no earlier than measured. */
const SLACK_PX = 2;
/** Space between two lanes of labels (em); a lane is as tall as its tallest label. */
const LANE_GAP_LABEL_EM = 0.45;
/** Space between the lowest label and its line, bridged by the stem (em). */
const STEM_EM = 0.65;
/** The row of phase titles at the top (em). */
const BAND_ROW_EM = 1.5;
/** The row of "+N" clusters under a line (em), and a cluster's padding (em). */
const CLUSTER_ROW_EM = 1.9;
const CLUSTER_PAD_EM = 1;
/** Space between the main line (or its clusters) and the first path's header (em). */
const FORK_GAP_EM = 0.5;
/** A path header's line (em), the space under it (em), and the least room it is drawn in (em). */
const HEAD_LINE_EM = 1.1;
const HEAD_GAP_EM = 0.35;
const HEAD_MIN_EM = 12;
/** A badge's padding and border around its text (em). */
const BADGE_PAD_EM = 1;
/** How far right of the branch node a path reaches its own lane (em), and its header's inset (em). */
const CURVE_EM = 1.6;
const HEAD_INSET_EM = 0.35;
/** Space under a path's last row (em). */
const LANE_GAP_EM = 0.5;
/** The axis under everything: its gap, tick length and label baseline (em). */
const AXIS_GAP_EM = 0.4;
const TICK_EM = 0.4;
const TICK_LABEL_EM = 1.4;
const AXIS_ROW_EM = 1.9;
/** About one tick per this many em, never closer than this many px. */
const TICK_SPACING_EM = 6;
const TICK_SPACING_MIN_PX = 70;
/** Radius of a milestone's dot, and half the diagonal of a branch point's diamond (em). */
const DOT_EM = 0.3;
const DIAMOND_EM = 0.5;

/** A milestone's label on the axis: its box in pixels, anchored at `x`, its date. */
export interface Label {
  item: Item;
  x: number;
  left: number;
  top: number;
  width: number;
  height: number;
  anchor: 'start' | 'end';
  /** True when the text did not fit in two lines: it is shortened, the full title in its tooltip and name. */
  clamped: boolean;
  /** The stem from the label to the dot on its line. */
  stem: { y1: number; y2: number };
  /** The line the milestone sits on (its dot). */
  lineY: number;
}

/** Milestones that found no lane, under one "+N · years" button that zooms in on them. */
export interface ClusterBox {
  items: Item[];
  left: number;
  top: number;
  width: number;
  /** The span of the members' dates on their line, drawn as a bar. */
  from: number;
  to: number;
  lineY: number;
}

/** A path after a branch point: its lane, the curve from the branch node, and its header. */
export interface LaneView {
  path: PathView;
  /** The lane's line. */
  y: number;
  /** SVG path data: from the branch node, curving to the lane, then to the right edge. */
  d: string;
  /** Its header's box; none when the lane starts too close to the right edge to hold one. */
  head: { left: number; top: number; width: number; height: number } | undefined;
}

/** A phase as a band across the plot; `titled` when its title fits the part in view. */
export interface Band {
  phase: Phase;
  index: number;
  x0: number;
  x1: number;
  titled: boolean;
}

/** The horizontal view: positions in pixels for the current domain and width. */
export interface AxisView {
  domain: Domain;
  /** The plot's width (px), inside the timeline's padding. */
  width: number;
  height: number;
  bands: Band[];
  bandTitleY: number;
  trunk: { y: number; x1: number };
  branches: { x: number; y: number }[];
  diamond: number;
  dot: number;
  labels: Label[];
  clusters: ClusterBox[];
  lanes: LaneView[];
  /** The axis line at the bottom, its ticks (label anchors decided) and their baseline. */
  axisY: number;
  ticks: (Tick & { anchor: 'start' | 'middle' | 'end'; labelled: boolean })[];
  tickEnd: number;
  tickLabelY: number;
  today: { x: number; anchor: 'start' | 'middle' | 'end' } | undefined;
  /** Milestones in view, and how many of them carry their own label. */
  inView: number;
  labelled: number;
}

/** What the layout depends on besides the data. */
export interface AxisOptions {
  /** The container's width (px). */
  width: number;
  /** The element's font size (px): one em. */
  fontSize: number;
  /** The visible time range; `undefined` shows everything (the element passes its home range). */
  domain: Domain | undefined;
  /** The milestone holding the keyboard focus stop: it gets a label whenever a lane is free at its date. */
  activeId: string | undefined;
  phases: readonly Phase[];
  /** A label's text: its short date and title. */
  labelText: (item: Item) => string;
  /** A cluster's text ("+3 · 2021–2022"). */
  clusterText: (items: readonly Item[]) => string;
  /** A path's badge, title and source line, as its header shows them. */
  headText: (path: PathView) => { badge: string; text: string };
  /** The text of a tick at a time, and of the today label. */
  tickText: (tick: Tick) => string;
  todayText: string;
  measure?: Measure;
}

/** The plot's width for a container: less the timeline's padding and borders, at least 100 px. */
export function plotWidth(containerWidth: number, fontSize: number): number {
  return Math.max(MIN_WIDTH_PX, containerWidth - INSET_EM * fontSize - BORDER_PX);
}

/** How a label at `x` is anchored in a plot `width` wide: to the edge it is within `edge` of, else on its middle. */
export function edgeAnchor(x: number, width: number, edge: number): 'start' | 'middle' | 'end' {
  return x < edge ? 'start' : x > width - edge ? 'end' : 'middle';
}

interface Sized {
  width: number;
  lines: number;
  clamped: boolean;
}

/**
 * Sizes labels: the fewest lines (up to three) that fit the text in 9 em, at the narrowest
 * width that keeps that many lines; a title too long for that gets three lines up to
 * 12 em, and only beyond that is it shortened. Each text is measured once.
 */
class Sizer {
  private readonly words = new Map<string, { one: number; widths: number[]; longest: number }>();
  private readonly space: number;

  constructor(
    readonly measure: Measure,
    private readonly fs: number,
  ) {
    this.space = measure(' ', 'label');
  }

  label(text: string, room: number): Sized {
    const pad = 2 * LABEL_PAD_X_EM * this.fs + BAR_PX + SLACK_PX;
    let entry = this.words.get(text);
    if (!entry) {
      const widths = text.split(/\s+/).map((word) => this.measure(word, 'label'));
      entry = { one: this.measure(text, 'label'), widths, longest: Math.max(...widths) };
      this.words.set(text, entry);
    }
    const { one, widths, longest } = entry;
    /** The narrowest width up to `max` that keeps the text within `lines`, if there is one. */
    const narrowest = (lines: number, max: number): number | undefined => {
      let lo = Math.ceil(Math.max(one / lines, longest) + pad);
      let hi = Math.floor(max);
      if (lo > hi || wrapLines(widths, this.space, hi - pad) > lines) return undefined;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (wrapLines(widths, this.space, mid - pad) <= lines) hi = mid;
        else lo = mid + 1;
      }
      return hi;
    };
    const target = Math.min(LABEL_TARGET_EM * this.fs, room);
    const max = Math.min(LABEL_MAX_EM * this.fs, room);
    for (let lines = 1; lines <= LABEL_LINES; lines += 1) {
      const width =
        lines === 1
          ? Math.ceil(one + pad) <= target
            ? Math.ceil(one + pad)
            : undefined
          : narrowest(lines, target);
      if (width !== undefined) return { width, lines, clamped: false };
    }
    const wide = narrowest(LABEL_LINES, max);
    if (wide !== undefined) return { width: wide, lines: LABEL_LINES, clamped: false };
    return { width: Math.floor(max), lines: LABEL_LINES, clamped: true };
  }
}

interface Group {
  labels: (Omit<Label, 'top' | 'stem' | 'lineY'> & { lane: number })[];
  lanes: number;
  /** The distance between two lanes' tops: the tallest label and the gap. */
  pitch: number;
  clusters: Omit<ClusterBox, 'top' | 'lineY'>[];
  inView: number;
}

interface Context {
  options: AxisOptions;
  fs: number;
  width: number;
  domain: Domain;
  x: (time: number) => number;
  measure: Measure;
  sizer: Sizer;
}

/** One sizer per measure and font size (the element's measure is new whenever its widths are, e.g. once fonts load). */
const sizers = new WeakMap<Measure, Map<number, Sizer>>();

function sizerFor(measure: Measure | undefined, fs: number): Sizer {
  if (!measure) return new Sizer((text, role) => estimateWidth(text, role, fs), fs);
  let byFont = sizers.get(measure);
  if (!byFont) {
    byFont = new Map();
    sizers.set(measure, byFont);
  }
  let sizer = byFont.get(fs);
  if (!sizer) {
    sizer = new Sizer(measure, fs);
    byFont.set(fs, sizer);
  }
  return sizer;
}

function contextFor(options: AxisOptions, domain: Domain): Context {
  const fs = options.fontSize;
  const width = plotWidth(options.width, fs);
  const scale = timeScale(domain, width);
  const sizer = sizerFor(options.measure, fs);
  return {
    options,
    fs,
    width,
    domain,
    x: (time) => scale(time),
    measure: sizer.measure,
    sizer,
  };
}

/** Labels one group of milestones (the main line, or one path) in up to `lanes` lanes; clusters the rest. */
function layoutGroup(ctx: Context, items: readonly Item[], times: readonly number[], lanes: number): Group {
  const [from, to] = visibleRange(times, ctx.domain[0], ctx.domain[1]);
  const inset = BAR_PX / 2;
  const sized: Sized[] = [];
  const inputs: LabelInput[] = [];
  for (let i = from; i < to; i += 1) {
    const item = items[i];
    if (!item) continue;
    const x = ctx.x(item.time);
    const pinned = item.id === ctx.options.activeId || item.branching;
    // Sized when placing reads its width: of thousands in view, most find no lane and are never sized.
    inputs.push({
      index: i,
      x,
      pinned,
      get width() {
        const room = Math.max(ctx.width - x + inset, x + inset);
        const size = (sized[i] ??= ctx.sizer.label(ctx.options.labelText(item), Math.min(room, ctx.width)));
        return size.width;
      },
    });
  }
  const layout = placeLabels(inputs, {
    lanes,
    gap: Math.round(0.4 * ctx.fs),
    bound: ctx.width,
    inset,
    minWidth: narrowestLabel(ctx.fs, ctx.width),
  });
  const labels = layout.placed.flatMap((placed) => {
    const item = items[placed.index];
    const size = sized[placed.index];
    if (!item || !size) return [];
    return [
      {
        item,
        x: ctx.x(item.time),
        left: placed.left,
        width: placed.width,
        height: Math.round((size.lines * LABEL_LINE_EM + 2 * LABEL_PAD_Y_EM) * ctx.fs),
        anchor: placed.anchor,
        clamped: size.clamped,
        lane: placed.lane,
      },
    ];
  });
  const overflow = layout.overflow.map((index) => ({ index, x: ctx.x(items[index]?.time ?? 0) }));
  // A cluster's indices only grow (at their end) while clusters gather: its members too,
  // so sizing a cluster as it grows costs no more than its growth.
  const gathered = new WeakMap<readonly number[], { seen: number; items: Item[] }>();
  const members = (indices: readonly number[]) => {
    let entry = gathered.get(indices);
    if (!entry) {
      entry = { seen: 0, items: [] };
      gathered.set(indices, entry);
    }
    for (; entry.seen < indices.length; entry.seen += 1) {
      const item = items[indices[entry.seen] ?? -1];
      if (item) entry.items.push(item);
    }
    return entry.items;
  };
  const clusters = gatherClusters(
    overflow,
    (indices) =>
      Math.ceil(ctx.measure(ctx.options.clusterText(members(indices)), 'small') + CLUSTER_PAD_EM * ctx.fs),
    { gap: Math.round(0.3 * ctx.fs), bound: ctx.width, inset },
  ).map((cluster) => ({
    items: members(cluster.indices),
    left: cluster.left,
    width: cluster.width,
    from: cluster.from,
    to: cluster.to,
  }));
  const tallest = labels.reduce((most, label) => Math.max(most, label.height), 0);
  const pitch = tallest + Math.round(LANE_GAP_LABEL_EM * ctx.fs);
  return { labels, lanes: layout.lanes, pitch, clusters, inView: to - from };
}

/** The paths (with their milestones in view) that branch at or before the domain's end. */
function pathsInView(visible: Visible, domain: Domain) {
  return visible.paths.filter(({ path }) => path.branchTime <= domain[1]);
}

/** Share of the milestones in a domain that keep their own label (1 when none is in view). */
export function coverage(visible: Visible, options: AxisOptions, domain: Domain): number {
  const ctx = contextFor(options, domain);
  const groups = [
    layoutGroup(ctx, visible.main, visible.mainTimes, MAIN_LANES),
    ...pathsInView(visible, domain).map(({ items, times }) => layoutGroup(ctx, items, times, PATH_LANES)),
  ];
  const inView = groups.reduce((sum, group) => sum + group.inView, 0);
  const labelled = groups.reduce((sum, group) => sum + group.labels.length, 0);
  return inView === 0 ? 1 : labelled / inView;
}

/** The narrowest a label gets (px): its padding and bar, or a shortened one's half plot (its room on one side). */
function narrowestLabel(fs: number, width: number): number {
  const pad = 2 * LABEL_PAD_X_EM * fs + BAR_PX + SLACK_PX;
  return Math.max(1, Math.min(pad, Math.floor(Math.min(LABEL_MAX_EM * fs, width / 2))));
}

/**
 * Whether at least `share` of the milestones in `domain` keep their own label (`coverage`
 * of at least `share`), answered without laying them out when more are in view than the
 * lanes could ever hold (a lane holds no more labels than fit its width at the narrowest
 * a label gets, so a range of thousands is turned down at once), or when no group has
 * more milestones in view than lanes (each then takes a lane of its own: all labelled).
 */
export function covers(visible: Visible, options: AxisOptions, domain: Domain, share: number): boolean {
  const fs = options.fontSize;
  const width = plotWidth(options.width, fs);
  const narrowest = narrowestLabel(fs, width);
  const gap = Math.round(0.4 * fs);
  const perLane = Math.floor((width + gap) / (narrowest + gap));
  const groups = [
    { times: visible.mainTimes, lanes: MAIN_LANES },
    ...pathsInView(visible, domain).map(({ times }) => ({ times, lanes: PATH_LANES })),
  ];
  let inView = 0;
  let room = 0;
  let crowded = false;
  for (const { times, lanes } of groups) {
    const [from, to] = visibleRange(times, domain[0], domain[1]);
    inView += to - from;
    room += Math.min(to - from, lanes * perLane);
    if (to - from > lanes) crowded = true;
  }
  if (inView > 0 && room < share * inView) return false;
  return !crowded || coverage(visible, options, domain) >= share;
}

/** A path header's height: its badge and text wrapped in `width`. */
function headHeight(ctx: Context, path: PathView, width: number): number {
  const { badge, text } = ctx.options.headText(path);
  const widths = [
    ctx.measure(badge, 'small') + BADGE_PAD_EM * ctx.fs,
    ...text.split(/\s+/).map((word) => ctx.measure(word, 'head')),
  ];
  const lines = wrapLines(widths, ctx.measure(' ', 'head'), width - SLACK_PX - 2 * HEAD_INSET_EM * ctx.fs);
  return Math.round(lines * HEAD_LINE_EM * ctx.fs);
}

/** Positions for the horizontal view of the milestones in `domain`. */
export function layoutAxis(model: Model, visible: Visible, options: AxisOptions): AxisView {
  const domain = options.domain ?? model.limits.extent;
  const ctx = contextFor(options, domain);
  const { fs, width, x } = ctx;
  const em = (value: number) => Math.round(value * fs);
  const dot = DOT_EM * fs;
  const labels: Label[] = [];
  const clusters: ClusterBox[] = [];
  let inView = 0;

  // Phase bands, titled where the title fits the part in view.
  const bands: Band[] = [];
  options.phases.forEach((phase, index) => {
    const x0 = Math.max(0, x(phase.start));
    const x1 = Math.min(width, phase.end === undefined ? width : x(phase.end));
    if (x1 <= x0) return;
    const titleWidth = ctx.measure(phase.title, 'small') + 0.8 * fs;
    bands.push({ phase, index, x0, x1, titled: titleWidth <= x1 - x0 });
  });

  // The main line: labels in lanes above the trunk (lane 0 lowest), clusters under it.
  const main = layoutGroup(ctx, visible.main, visible.mainTimes, MAIN_LANES);
  inView += main.inView;
  const trunkY = em(BAND_ROW_EM) + main.lanes * main.pitch + em(STEM_EM);
  for (const label of main.labels) {
    const { lane, ...box } = label;
    const bottom = trunkY - em(STEM_EM) - lane * main.pitch;
    labels.push({
      ...box,
      top: bottom - label.height,
      stem: { y1: bottom, y2: trunkY - dot },
      lineY: trunkY,
    });
  }
  const clusterTop = trunkY + em(0.4);
  for (const cluster of main.clusters) clusters.push({ ...cluster, top: clusterTop, lineY: trunkY });
  let y = trunkY + (main.clusters.length > 0 ? em(CLUSTER_ROW_EM) : em(0.4));

  // The paths after each branch point in view: lanes diverging from the branch node.
  const lanes: LaneView[] = [];
  const branches: { x: number; y: number }[] = [];
  const forked = pathsInView(visible, domain);
  const branchTimes = [...new Set(forked.map(({ path }) => path.branchTime))];
  for (const time of branchTimes) {
    const bx = x(time);
    if (bx >= -dot && bx <= width + dot) branches.push({ x: bx, y: trunkY });
  }
  if (forked.length > 0) y += em(FORK_GAP_EM);
  for (const { path, items, times } of forked) {
    const bx = x(path.branchTime);
    const curve = em(CURVE_EM);
    // The header starts where the lane does; with too little room before the right edge
    // (the branch node near it) the lane goes unheaded until the reader pans.
    const headLeft = Math.max(0, bx + curve + em(HEAD_INSET_EM));
    const headWidth = width - headLeft;
    const headed = headWidth >= em(HEAD_MIN_EM);
    const height = headed ? headHeight(ctx, path, headWidth) : 0;
    const lineY = y + height + em(HEAD_GAP_EM);
    const d =
      bx + curve <= 0
        ? `M0 ${String(lineY)} H${String(width)}`
        : `M${String(bx)} ${String(trunkY)} C${String(bx + curve / 2)} ${String(trunkY)} ${String(bx + curve / 2)} ${String(lineY)} ${String(bx + curve)} ${String(lineY)} H${String(Math.max(width, bx + curve))}`;
    const head = headed ? { left: headLeft, top: y, width: headWidth, height } : undefined;
    lanes.push({ path, y: lineY, d, head });
    const group = layoutGroup(ctx, items, times, PATH_LANES);
    inView += group.inView;
    for (const label of group.labels) {
      const { lane, ...box } = label;
      const top = lineY + em(STEM_EM) + lane * group.pitch;
      labels.push({ ...box, top, stem: { y1: lineY + dot, y2: top }, lineY });
    }
    const rows = group.lanes > 0 ? em(STEM_EM) + group.lanes * group.pitch : em(0.6);
    for (const cluster of group.clusters) clusters.push({ ...cluster, top: lineY + rows, lineY });
    y = lineY + rows + (group.clusters.length > 0 ? em(CLUSTER_ROW_EM) : 0) + em(LANE_GAP_EM);
  }

  // The trunk ends at the branch node when nothing on the main line comes after it.
  const lastMain = visible.main[visible.main.length - 1];
  const firstBranch = branchTimes.length > 0 ? Math.min(...branchTimes) : undefined;
  const trunkEnd =
    firstBranch !== undefined && (!lastMain || lastMain.time <= firstBranch)
      ? Math.max(0, Math.min(width, x(firstBranch)))
      : width;

  // The axis, its ticks and today.
  const axisY = y + em(AXIS_GAP_EM);
  const edge = 2 * fs;
  const nowX = model.now >= domain[0] && model.now <= domain[1] ? x(model.now) : undefined;
  const today = nowX === undefined ? undefined : { x: nowX, anchor: edgeAnchor(nowX, width, edge) };
  const todayBox = today && spanOf(today.x, ctx.measure(options.todayText, 'small') + 0.4 * fs, today.anchor);
  // A tick keeps its label where it clears today's and the last labelled tick's.
  let lastRight = -Infinity;
  const ticks = axisTicks(timeScale(domain, width), Math.max(TICK_SPACING_MIN_PX, TICK_SPACING_EM * fs)).map(
    (tick) => {
      const anchor = edgeAnchor(tick.x, width, edge);
      const box = spanOf(tick.x, ctx.measure(options.tickText(tick), 'small') + 0.6 * fs, anchor);
      const clash =
        box.left < lastRight ||
        (todayBox !== undefined && box.left < todayBox.right && todayBox.left < box.right);
      if (!clash) lastRight = box.right;
      return { ...tick, anchor, labelled: !clash };
    },
  );
  return {
    domain,
    width,
    height: axisY + em(AXIS_ROW_EM),
    bands,
    bandTitleY: em(BAND_ROW_EM * 0.7),
    trunk: { y: trunkY, x1: trunkEnd },
    branches,
    diamond: DIAMOND_EM * fs,
    dot,
    labels,
    clusters,
    lanes,
    axisY,
    ticks,
    tickEnd: axisY + TICK_EM * fs,
    tickLabelY: axisY + TICK_LABEL_EM * fs,
    today,
    inView,
    labelled: labels.length,
  };
}

/** The horizontal span of a text `width` wide anchored at `x`. */
function spanOf(
  x: number,
  width: number,
  anchor: 'start' | 'middle' | 'end',
): { left: number; right: number } {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, right: left + width };
}
