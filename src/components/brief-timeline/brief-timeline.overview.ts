/**
 * The overview strip of `<brief-timeline>` as pure layout: the whole timeline at once, a
 * band per phase (titled where its title fits; the band's button names it anyway), a dot per milestone on
 * the main line and on each path after its branch point (one per pixel where they crowd), decade ticks,
 * today, and in the axis view the range the axis shows. No DOM.
 * @internal
 */
import { utcYears } from './brief-timeline.calendar.js';
import { timeScale, type Domain } from './brief-timeline.geometry.js';
import { estimateWidth, plotWidth, type Measure } from './brief-timeline.layout.js';
import type { Item, Model, Outcome, Visible } from './brief-timeline.model.js';
import type { Phase } from './brief-timeline.phases.js';

/** Heights (em): the band row, the main line's y, the space between path lines, the tick baseline. */
const BAND_EM = 1.35;
const LINE_EM = 1.85;
const PATH_STEP_EM = 0.32;
const TICK_LABEL_EM = 3.35;
const HEIGHT_EM = 3.6;
/** Room a band title needs around its text (em). */
const TITLE_PAD_EM = 0.6;
/** Decade ticks at least this far apart (px); else every 20 years, and so on. */
const TICK_MIN_PX = 44;

/** A phase as a band of the strip: its span, and its title when it fits. */
export interface OverviewBand {
  phase: Phase;
  index: number;
  x0: number;
  x1: number;
  text: string | undefined;
}

export interface OverviewView {
  width: number;
  height: number;
  bandHeight: number;
  lineY: number;
  /** The bottom of the drawing above the decade labels (today's line, the window). */
  ruleY: number;
  bands: OverviewBand[];
  dots: { item: Item; x: number; y: number }[];
  /** The paths after each branch point: a line from the branch node, one step lower per path. */
  paths: { outcome: Outcome; d: string }[];
  ticks: { x: number; year: number }[];
  tickLabelY: number;
  today: number | undefined;
  /** The part the axis shows, in the axis view. */
  window: [number, number] | undefined;
}

export interface OverviewOptions {
  /** The container's width (px). */
  width: number;
  fontSize: number;
  phases: readonly Phase[];
  /** The range the axis shows, when the axis is drawn. */
  domain: Domain | undefined;
  measure?: Measure;
}

type Dot = OverviewView['dots'][number];

/**
 * The dots of a crowded strip (more dots than pixels across), one per pixel for each line,
 * status and kind: dots five pixels wide that stand a pixel apart already hide each other.
 * The last of a pixel's dots stays, as the one drawn on top.
 */
function thinned(dots: readonly Dot[]): Dot[] {
  const last = new Map<string, Dot>();
  for (const dot of dots) {
    const key = `${String(Math.round(dot.x))}|${String(dot.y)}|${dot.item.status}|${dot.item.kind}`;
    last.delete(key);
    last.set(key, dot);
  }
  return [...last.values()];
}

/** Positions for the overview strip over the timeline's whole extent. */
export function layoutOverview(model: Model, visible: Visible, options: OverviewOptions): OverviewView {
  const fs = options.fontSize;
  const width = plotWidth(options.width, fs);
  const measure = options.measure ?? ((text: string) => estimateWidth(text, 'small', fs));
  const extent = model.limits.extent;
  const scale = timeScale(extent, width);
  const x = (time: number) => scale(time);
  const clampX = (value: number) => Math.max(0, Math.min(width, value));
  const lineY = Math.round(LINE_EM * fs);
  const step = Math.round(PATH_STEP_EM * fs);

  const bands: OverviewBand[] = options.phases.map((phase, index) => {
    const x0 = clampX(x(phase.start));
    const x1 = clampX(phase.end === undefined ? extent[1] : x(phase.end));
    const room = x1 - x0 - TITLE_PAD_EM * fs;
    const text = measure(phase.title, 'small') <= room ? phase.title : undefined;
    return {
      phase,
      index,
      x0: index === 0 ? 0 : x0,
      x1: index === options.phases.length - 1 ? width : x1,
      text,
    };
  });

  const dots = visible.main.map((item) => ({ item, x: x(item.time), y: lineY }));
  const paths: OverviewView['paths'] = [];
  const offsets = new Map<string, number>();
  for (const { path, items } of visible.paths) {
    const offset = (offsets.get(path.branchId) ?? 0) + 1;
    offsets.set(path.branchId, offset);
    const y = lineY + offset * step;
    const bx = x(path.branchTime);
    paths.push({
      outcome: path.outcome,
      d: `M${String(bx)} ${String(lineY)} L${String(bx + step)} ${String(y)} H${String(width)}`,
    });
    for (const item of items) dots.push({ item, x: x(item.time), y });
  }

  const drawn = dots.length > width ? thinned(dots) : dots;

  const years = (extent[1] - extent[0]) / (365.25 * 86_400_000);
  let every = 10;
  while ((width / years) * every < TICK_MIN_PX) every *= 2;
  const ticks = utcYears(every)
    .range(new Date(extent[0]), new Date(extent[1]))
    .map((date) => ({ x: x(+date), year: date.getUTCFullYear() }))
    .filter((tick) => tick.x >= fs && tick.x <= width - fs);

  const domain = options.domain;
  return {
    width,
    height: Math.round(HEIGHT_EM * fs),
    bandHeight: Math.round(BAND_EM * fs),
    lineY,
    ruleY: lineY + 3 * step,
    bands,
    dots: drawn,
    paths,
    ticks,
    tickLabelY: Math.round(TICK_LABEL_EM * fs),
    today: model.now >= extent[0] && model.now <= extent[1] ? x(model.now) : undefined,
    window: domain ? [clampX(x(domain[0])), clampX(x(domain[1]))] : undefined,
  };
}
