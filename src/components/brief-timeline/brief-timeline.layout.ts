/**
 * The horizontal view of `<brief-timeline>` as pure layout: for a width, a font size and a
 * visible time range, where each milestone chip, "+N" cluster, path track, tick, the today
 * marker and the branch points go, in pixels. Sizes are set in em (multiples of the font
 * size) so the axis scales with the page's text. No DOM: the element draws what this returns.
 * @internal
 */
import {
  assignLanes,
  axisTicks,
  timeScale,
  visibleRange,
  type Domain,
  type LaneInput,
  type Tick,
} from './brief-timeline.geometry.js';
import type { Item, Model, PathView, Visible } from './brief-timeline.model.js';

/** Rows of milestones above the axis before the rest gather into "+N" clusters. */
export const MAIN_LANES = 6;
/** Rows of milestones in each path's track. */
export const PATH_LANES = 2;

/** Horizontal padding of the timeline box, both sides (em), taken off the plot's width. */
const INSET_EM = 2;
/** The timeline box's borders, both sides (px), taken off the plot's width. */
const BORDER_PX = 2;
/** The narrowest plot drawn (px). */
const MIN_WIDTH_PX = 100;
/** Height of one lane: a chip and the space under it (em). */
const LANE_EM = 3.1;
/** Height of a chip with its date and title lines (em). */
const CHIP_EM = 2.7;
/** A marker-only (compact) chip's height, as a share of a full chip's. */
const COMPACT_HEIGHT = 0.45;
/** Space kept free between two boxes in a lane (em). */
const GAP_EM = 0.4;
/** Width of a marker-only (compact) chip (em). */
const COMPACT_EM = 1.1;
/** Width of a "+N" cluster box (em). */
const CLUSTER_EM = 2.8;
/** Height of the row of "+N" clusters under a group of lanes, when there are any (em). */
const CLUSTER_ROW_EM = 2;
/** Space above the top lane, where the "Today" label sits (em). */
const TOP_EM = 1.6;
/** Space between the cluster row and the axis line (em). */
const AXIS_GAP_EM = 0.3;
/** Space from the axis line to the first path track, for the tick labels (em). */
const BELOW_AXIS_EM = 2;
/** Height of a path track's header, the line that leaves the branch point (em). */
const TRACK_HEAD_EM = 2;
/** Space under the last track (em). */
const BOTTOM_EM = 0.4;
/** A chip label's width per character of its title (em). */
const CHAR_EM = 0.5;
/** A chip label's padding and borders, added to its text (em). */
const LABEL_PAD_EM = 2;
/** The narrowest chip label (em). */
const LABEL_MIN_EM = 7;
/** The widest chip label; longer titles are cut with an ellipsis (em). */
const LABEL_MAX_EM = 16;
/** About one tick per this many em… */
const TICK_SPACING_EM = 6;
/** …and never more than one per this many pixels. */
const TICK_SPACING_MIN_PX = 70;
/** Length of a tick below the axis line (em). */
const TICK_EM = 0.4;
/** Baseline of a tick label below the axis line (em). */
const TICK_LABEL_EM = 1.45;
/** Half the diagonal of a branch point's diamond (em). */
const DIAMOND_EM = 0.45;
/** Top of the today line (em). */
const TODAY_TOP_EM = 1.1;
/** Baseline of the "Today" label (em). */
const TODAY_LABEL_EM = 0.95;
/** A label this close to an edge is anchored to its start or end instead of its middle (em). */
const EDGE_EM = 2;
/** Room a path track's header keeps for itself before the right edge (em). */
const TRACK_HEAD_ROOM_EM = 4;
/** A track header's offset to the right of its branch line (em). */
const TRACK_HEAD_INSET_EM = 0.5;
/** Beyond this many main-line milestones, the focused one is not searched for to be pinned. */
const PIN_SEARCH_LIMIT = 50_000;

/** A milestone drawn on the axis: its box in pixels; a compact one shows only a marker. */
export interface Chip {
  item: Item;
  left: number;
  top: number;
  width: number;
  height: number;
  compact: boolean;
}

/** A "+N" box for milestones that found no lane; it zooms in on them. */
export interface ClusterBox {
  items: Item[];
  left: number;
  top: number;
  width: number;
}

/** A path's track under the axis: its top, the y of its line, where it branches off and its header's left. */
export interface Track {
  path: PathView;
  top: number;
  line: number;
  x: number;
  headLeft: number;
}

/** The horizontal view: positions in pixels for the current domain and width. */
export interface AxisView {
  /** The visible time range. */
  domain: Domain;
  /** The plot's width (px), inside the timeline's padding. */
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
  /** The bottom of a tick, and the baseline of its label. */
  tickEnd: number;
  tickLabelY: number;
  /** Half the diagonal of a branch point's diamond. */
  diamond: number;
  /** The top of the today line, and the baseline of its label. */
  todayTop: number;
  todayLabelY: number;
  /** A label closer than this to an edge is anchored to that edge. */
  edge: number;
}

/** What the layout depends on besides the data. */
export interface AxisOptions {
  /** The container's width (px). */
  width: number;
  /** The element's font size (px): one em. */
  fontSize: number;
  /** The visible time range; `undefined` shows everything. */
  domain: Domain | undefined;
  /** The milestone holding the keyboard focus stop: it always gets a chip when in view. */
  activeId: string | undefined;
}

/** The width of a milestone's label: about its title's length, within 7–16 em, whole pixels. */
export function labelWidth(title: string, fontSize: number): number {
  const em = Math.min(LABEL_MAX_EM, Math.max(LABEL_MIN_EM, title.length * CHAR_EM + LABEL_PAD_EM));
  return Math.round(em * fontSize);
}

/** How a label at `x` is anchored: to the edge it is near, else on its middle. */
export function labelAnchor(x: number, axis: AxisView): 'start' | 'middle' | 'end' {
  return x < axis.edge ? 'start' : x > axis.width - axis.edge ? 'end' : 'middle';
}

/**
 * Positions for the horizontal view: only the milestones inside the visible domain, the
 * main line in up to six lanes above the axis, each path in a two-lane track below it,
 * what does not fit gathered into "+N" clusters. No two boxes in a lane overlap.
 */
export function layoutAxis(model: Model, visible: Visible, options: AxisOptions): AxisView {
  const fs = options.fontSize;
  const em = (value: number) => Math.round(value * fs);
  const width = Math.max(MIN_WIDTH_PX, options.width - INSET_EM * fs - BORDER_PX);
  const domain = options.domain ?? model.limits.extent;
  const activeId = options.activeId;
  const scale = timeScale(domain, width);
  const x = (time: number) => scale(new Date(time));
  const laneHeight = em(LANE_EM);
  const chipHeight = em(CHIP_EM);
  const compactHeight = Math.round(chipHeight * COMPACT_HEIGHT);
  const clusterRow = em(CLUSTER_ROW_EM);
  const lanes = { compactWidth: em(COMPACT_EM), gap: em(GAP_EM), clusterWidth: em(CLUSTER_EM), bound: width };
  const inputs = (items: Item[], times: number[]): LaneInput[] => {
    const [from, to] = visibleRange(times, domain[0], domain[1]);
    const out: LaneInput[] = [];
    for (let i = from; i < to; i += 1) {
      const item = items[i];
      if (item) out.push({ index: i, x: x(item.time), width: labelWidth(item.event.title, fs) });
    }
    return out;
  };
  const pinnedIn = (items: Item[]) => {
    const index = activeId === undefined ? -1 : items.findIndex((item) => item.id === activeId);
    return index < 0 ? undefined : index;
  };
  const chips: Chip[] = [];
  const clusters: ClusterBox[] = [];
  /** Places one group's milestones; `laneTop` gives a lane's top, `clusterTop` the cluster row's. */
  const placeGroup = (
    items: Item[],
    layout: ReturnType<typeof assignLanes>,
    laneTop: (lane: number) => number,
    clusterTop: number,
  ) => {
    for (const placed of layout.placed) {
      const item = items[placed.index];
      if (!item) continue;
      const { left, width: boxWidth, compact } = placed;
      chips.push({
        item,
        left,
        top: laneTop(placed.lane),
        width: boxWidth,
        height: compact ? compactHeight : chipHeight,
        compact,
      });
    }
    for (const cluster of layout.clusters) {
      clusters.push({
        items: cluster.indices.flatMap((index) => items[index] ?? []),
        left: cluster.left,
        top: clusterTop,
        width: cluster.width,
      });
    }
  };

  const top = em(TOP_EM);
  const mainLayout = assignLanes(inputs(visible.main, visible.mainTimes), {
    ...lanes,
    lanes: MAIN_LANES,
    pinned: activeId && visible.main.length < PIN_SEARCH_LIMIT ? pinnedIn(visible.main) : undefined,
  });
  const mainLanes = Math.max(1, mainLayout.lanes);
  const clusterTop = top + mainLanes * laneHeight;
  // The main line fills its lanes from the axis up: lane 0 sits lowest.
  placeGroup(visible.main, mainLayout, (lane) => top + (mainLanes - 1 - lane) * laneHeight, clusterTop);
  const axisY = clusterTop + (mainLayout.clusters.length > 0 ? clusterRow : 0) + em(AXIS_GAP_EM);

  let y = axisY + em(BELOW_AXIS_EM);
  const tracks: Track[] = [];
  const headerHeight = em(TRACK_HEAD_EM);
  for (const { path, items, times } of visible.paths) {
    const trackLayout = assignLanes(inputs(items, times), {
      ...lanes,
      lanes: PATH_LANES,
      pinned: pinnedIn(items),
    });
    const trackLanes = Math.max(1, trackLayout.lanes);
    const bodyTop = y + headerHeight;
    placeGroup(items, trackLayout, (lane) => bodyTop + lane * laneHeight, bodyTop + trackLanes * laneHeight);
    const branchX = x(path.branchTime);
    tracks.push({
      path,
      top: y,
      line: y + headerHeight / 2,
      x: branchX,
      headLeft: Math.max(0, Math.min(width - TRACK_HEAD_ROOM_EM * fs, branchX)) + TRACK_HEAD_INSET_EM * fs,
    });
    y = bodyTop + trackLanes * laneHeight + (trackLayout.clusters.length > 0 ? clusterRow : 0);
  }

  const inView = (time: number) => time >= domain[0] && time <= domain[1];
  const branchTimes = [...new Set(model.paths.map((path) => path.branchTime))];
  return {
    domain,
    width,
    height: y + em(BOTTOM_EM),
    axisY,
    ticks: axisTicks(scale, Math.max(TICK_SPACING_MIN_PX, TICK_SPACING_EM * fs)),
    chips,
    clusters,
    tracks,
    todayX: inView(model.now) ? x(model.now) : undefined,
    branchXs: branchTimes.filter(inView).map(x),
    laneHeight,
    chipHeight,
    tickEnd: axisY + TICK_EM * fs,
    tickLabelY: axisY + TICK_LABEL_EM * fs,
    diamond: DIAMOND_EM * fs,
    todayTop: TODAY_TOP_EM * fs,
    todayLabelY: TODAY_LABEL_EM * fs,
    edge: EDGE_EM * fs,
  };
}
