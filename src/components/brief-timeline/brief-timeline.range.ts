/**
 * Which range the axis of `<brief-timeline>` shows, as pure functions of the data, the
 * width and the labels' sizes: the range a phase is read in, the range shown first (the
 * phase that holds today, widened by neighbouring phases while at least 80% of the
 * milestones in view keep their own label), and the range a reader gets for a phase they
 * ask for (narrowed, if need be, so that panning through it keeps 80% labelled). No DOM.
 * @internal
 */
import { clampDomain, visibleRange, type Domain } from './brief-timeline.geometry.js';
import { covers, type AxisOptions } from './brief-timeline.layout.js';
import type { Model, Visible } from './brief-timeline.model.js';
import type { Phase } from './brief-timeline.phases.js';

/** Share of the milestones in view that must keep a label in the ranges chosen here. */
export const MIN_COVERAGE = 0.8;
/** A phase's window is padded by this share of its span on each side (at least 15 days). */
const WINDOW_PAD = 0.015;
const DAY_MS = 86_400_000;

/**
 * The range a phase is read in: from its first to its last milestone (main line and paths,
 * and the branch node its paths leave from), padded by 1.5% of that span each side.
 */
export function phaseWindow(phase: Phase): Domain {
  const times = phase.items.map((item) => item.time);
  for (const fork of phase.forks) {
    times.push(fork.branch.time);
    for (const lane of fork.lanes) times.push(...lane.items.map((item) => item.time));
  }
  if (times.length === 0) return [phase.start, phase.end ?? phase.start + 365 * DAY_MS];
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const pad = Math.max((hi - lo) * WINDOW_PAD, 15 * DAY_MS);
  return [lo - pad, hi + pad];
}

/** Beyond this many milestones in a range, `fitDomain` checks only the stretch it shows first. */
const SLIDE_LIMIT = 400;
/** `fitDomain` checks windows this many times per window span as it slides them across. */
const SLIDE_STEPS = 8;

/**
 * A range to show a reader who asked for `domain` (a phase): the range itself when at
 * least 80% of its milestones keep a label; else, from its start, the longest span at
 * which 80% keep a label in every window of that span across the range (checked in
 * eighths of the span), so the reader can pan on through the rest and stay labelled.
 * Found by halving, to a day.
 */
export function fitDomain(model: Model, visible: Visible, options: AxisOptions, domain: Domain): Domain {
  const ok = (from: number, to: number) => covers(visible, options, [from, to], MIN_COVERAGE);
  if (ok(domain[0], domain[1])) return domain;
  const [a, b] = visibleRange(visible.mainTimes, domain[0], domain[1]);
  const slide = b - a <= SLIDE_LIMIT;
  const fits = (span: number) => {
    if (!slide) return ok(domain[0], domain[0] + span);
    const step = span / SLIDE_STEPS;
    for (let from = domain[0]; from < domain[1] - span + step; from += step) {
      if (!ok(from, from + span)) return false;
    }
    return true;
  };
  let lo = model.limits.minSpan;
  let hi = domain[1] - domain[0];
  if (!fits(lo)) return [domain[0], domain[0] + lo];
  while (hi - lo > DAY_MS) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return [domain[0], domain[0] + lo];
}

/**
 * The range shown until the reader zooms or pans: the window of the phase that holds
 * today, widened phase by phase (earlier first) while at least 80% of the milestones in
 * view keep a label; when even that phase is too crowded, a narrower range around today
 * (halving until it fits, down to the zoom limit).
 */
export function homeDomain(model: Model, visible: Visible, options: AxisOptions): Domain {
  const { phases } = options;
  const fits = (domain: Domain) => covers(visible, options, domain, MIN_COVERAGE);
  const clamp = (domain: Domain) => clampDomain(domain, model.limits);
  const windowOf = (lo: number, hi: number): Domain => {
    let start = Infinity;
    let end = -Infinity;
    for (const phase of phases.slice(lo, hi + 1)) {
      const [a, b] = phaseWindow(phase);
      start = Math.min(start, a);
      end = Math.max(end, b);
    }
    return clamp([start, end]);
  };
  if (phases.length === 0) return model.limits.extent;
  const today = Math.max(
    0,
    phases.findIndex((phase) => phase.holdsToday),
  );
  let lo = today;
  let hi = today;
  const home = windowOf(lo, hi);
  if (!fits(home)) {
    const centre = Math.min(Math.max(model.now, home[0]), home[1]);
    let span = home[1] - home[0];
    let domain = home;
    while (span / 2 >= model.limits.minSpan) {
      span /= 2;
      domain = clamp([centre - span / 2, centre + span / 2]);
      if (fits(domain)) break;
    }
    return domain;
  }
  for (;;) {
    if (lo > 0 && fits(windowOf(lo - 1, hi))) lo -= 1;
    else if (hi < phases.length - 1 && fits(windowOf(lo, hi + 1))) hi += 1;
    else break;
  }
  return windowOf(lo, hi);
}
