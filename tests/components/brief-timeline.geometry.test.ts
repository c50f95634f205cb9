import { expect } from '@open-wc/testing';
import {
  axisTicks,
  gatherClusters,
  limitsFor,
  paddedExtent,
  panDomain,
  placeLabels,
  revealTime,
  statusAt,
  timeScale,
  visibleRange,
  wrapLines,
  zoomDomain,
  type Cluster,
  type LabelInput,
  type LabelLayout,
} from '../../src/components/brief-timeline/brief-timeline.geometry.js';
import { usMexico2022 } from '../../src/data/index.js';
import { DAY, toTime } from '../../src/internal/dates.js';
import '../helpers/console.js';

const timeline = usMexico2022.timeline!;
const event = (id: string) => timeline.events.find((item) => item.id === id)!;

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fails when two labels in one lane overlap (with `gap` between), or one leaves [0, bound]. */
function expectNoOverlap(layout: LabelLayout, gap: number, bound = Infinity): void {
  const byLane = new Map<number, { left: number; right: number }[]>();
  for (const box of layout.placed) {
    expect(box.left, `label ${String(box.index)} starts inside`).to.be.at.least(0);
    expect(box.left + box.width, `label ${String(box.index)} ends inside`).to.be.at.most(bound + 1e-9);
    const boxes = byLane.get(box.lane) ?? [];
    boxes.push({ left: box.left, right: box.left + box.width });
    byLane.set(box.lane, boxes);
  }
  for (const [lane, boxes] of byLane) {
    boxes.sort((a, b) => a.left - b.left);
    for (let i = 1; i < boxes.length; i += 1) {
      const previous = boxes[i - 1]!;
      const box = boxes[i]!;
      expect(previous.right + gap, `lane ${String(lane)}, box ${String(i)}`).to.be.at.most(box.left + 1e-9);
    }
  }
}

/** Fails when two clusters overlap (with `gap` between). */
function expectApart(clusters: readonly Cluster[], gap: number): void {
  for (let i = 1; i < clusters.length; i += 1) {
    const previous = clusters[i - 1]!;
    expect(previous.left + previous.width + gap).to.be.at.most(clusters[i]!.left + 1e-9);
  }
}

describe('brief-timeline geometry', () => {
  describe('dates', () => {
    it('splits past and upcoming at a pinned today, by the whole period of the date', () => {
      const now = toTime('2026-11-28');
      const review = event('joint-review-2026');
      expect(statusAt(toTime(review.date), review.precision, now)).to.equal('past');
      expect(statusAt(toTime(review.date), review.precision, toTime('2026-06-30'))).to.equal('upcoming');
      // A milestone dated today is still upcoming; a year-precision one stays upcoming all year.
      expect(statusAt(now, 'day', now)).to.equal('upcoming');
      expect(statusAt(toTime('2027-07-01'), 'year', toTime('2027-12-31'))).to.equal('upcoming');
      expect(statusAt(toTime('2027-07-01'), 'year', toTime('2028-01-01'))).to.equal('past');
      expect(statusAt(toTime('2025-02-01'), 'month', toTime('2025-02-28'))).to.equal('upcoming');
    });
  });

  describe('scale and ticks', () => {
    it('places the brief’s milestones in date order, NAFTA at the start and the review near the end', () => {
      const times = timeline.events.map((item) => toTime(item.date));
      const extent = paddedExtent(times);
      const scale = timeScale(extent, 1000);
      const x = (id: string) => scale(new Date(toTime(event(id).date)));
      expect(x('nafta-in-force')).to.be.within(0, 100);
      expect(x('joint-review-2026')).to.be.within(900, 1000);
      expect(x('usmca-signed')).to.be.below(x('usmca-in-force'));
      // Proportional: 1994 → 2020 covers 26.5 of the 32.5 years between NAFTA and the review.
      const ratio =
        (x('usmca-in-force') - x('nafta-in-force')) / (x('joint-review-2026') - x('nafta-in-force'));
      expect(ratio).to.be.closeTo(26.5 / 32.5, 0.01);
    });

    it('gives year ticks over decades and month ticks over a few months', () => {
      const wide = axisTicks(timeScale([toTime('1994-01-01'), toTime('2042-07-01')], 900));
      expect(wide.length).to.be.within(4, 12);
      expect(wide.every((tick) => tick.unit === 'year')).to.equal(true);
      expect(wide.every((tick, i) => i === 0 || tick.x > wide[i - 1]!.x)).to.equal(true);
      const narrow = axisTicks(timeScale([toTime('2026-01-01'), toTime('2026-07-01')], 900));
      expect(narrow[0]!.unit).to.equal('month');
    });

    it('steps years by 1, 2, 5 or 10, quarters, months, weeks and days, never inside a day', () => {
      const iso = (ticks: { time: number }[]) =>
        ticks.map((tick) => new Date(tick.time).toISOString().slice(0, 10));
      // 48 years over 900 px (10 ticks wanted): every five years.
      expect(iso(axisTicks(timeScale([toTime('1994-01-01'), toTime('2042-07-01')], 900)))).to.deep.equal([
        '1995-01-01',
        '2000-01-01',
        '2005-01-01',
        '2010-01-01',
        '2015-01-01',
        '2020-01-01',
        '2025-01-01',
        '2030-01-01',
        '2035-01-01',
        '2040-01-01',
      ]);
      // Two years: quarters.
      const quarters = axisTicks(timeScale([toTime('2026-01-01'), toTime('2027-12-31')], 900));
      expect(iso(quarters).slice(0, 3)).to.deep.equal(['2026-01-01', '2026-04-01', '2026-07-01']);
      expect(quarters[0]!.unit).to.equal('month');
      // Two months: Sundays.
      expect(
        iso(axisTicks(timeScale([toTime('2026-03-01'), toTime('2026-04-30')], 900))).slice(0, 3),
      ).to.deep.equal(['2026-03-01', '2026-03-08', '2026-03-15']);
      // Two weeks on a wide screen, where d3's utcTicks would tick every 12 hours: days.
      const days = axisTicks(timeScale([toTime('2026-06-01'), toTime('2026-06-15')], 2000));
      expect(iso(days)).to.have.length(15);
      expect(days.every((tick) => tick.time % DAY === 0 && tick.unit === 'day')).to.equal(true);
    });

    it('finds the milestones inside a domain by binary search', () => {
      const times = [1, 5, 5, 9, 12].map((day) => day * DAY);
      expect(visibleRange(times, 5 * DAY, 9 * DAY)).to.deep.equal([1, 4]);
      expect(visibleRange(times, 13 * DAY, 20 * DAY)).to.deep.equal([5, 5]);
    });
  });

  describe('zoom and pan', () => {
    const extent = [toTime('1994-01-01'), toTime('2042-01-01')] as const;
    const limits = limitsFor(extent);

    it('zooms around an anchor that stays where it was on screen', () => {
      const anchor = toTime('2020-01-01');
      const ratio = (anchor - extent[0]) / (extent[1] - extent[0]);
      const zoomed = zoomDomain(extent, 4, anchor, limits);
      expect(zoomed[1] - zoomed[0]).to.be.closeTo((extent[1] - extent[0]) / 4, DAY);
      expect((anchor - zoomed[0]) / (zoomed[1] - zoomed[0])).to.be.closeTo(ratio, 1e-9);
    });

    it('never zooms past two weeks or beyond the whole extent', () => {
      let domain = zoomDomain(extent, 1e9, toTime('2026-07-01'), limits);
      expect(domain[1] - domain[0]).to.equal(14 * DAY);
      domain = zoomDomain(domain, 1e-9, toTime('2026-07-01'), limits);
      expect(domain).to.deep.equal(extent);
    });

    it('pans by a time delta and stops at the edges', () => {
      const view = zoomDomain(extent, 4, toTime('2020-01-01'), limits);
      const later = panDomain(view, 365 * DAY, limits);
      expect(later[0] - view[0]).to.equal(365 * DAY);
      const end = panDomain(view, 1e15, limits);
      expect(end[1]).to.equal(extent[1]);
      expect(end[1] - end[0]).to.be.closeTo(view[1] - view[0], 1);
    });

    it('reveals a time outside the view by centring on it, and leaves a visible one alone', () => {
      const view = zoomDomain(extent, 8, toTime('2000-01-01'), limits);
      expect(revealTime(view, toTime('2000-01-01'), limits)).to.equal(view);
      const moved = revealTime(view, toTime('2030-01-01'), limits);
      expect((moved[0] + moved[1]) / 2).to.be.closeTo(toTime('2030-01-01'), DAY);
    });
  });

  describe('labels in lanes', () => {
    const options = { lanes: 4, gap: 4, bound: 1000, inset: 1.5 };

    it('puts labels far apart in one lane, each starting at its marker', () => {
      const items: LabelInput[] = [0, 300, 600].map((x, index) => ({ index, x: x + 10, width: 200 }));
      const layout = placeLabels(items, options);
      expect(layout.lanes).to.equal(1);
      expect(layout.placed.map((box) => box.left)).to.deep.equal([8.5, 308.5, 608.5]);
      expect(layout.placed.every((box) => box.anchor === 'start')).to.equal(true);
      expectNoOverlap(layout, options.gap, options.bound);
    });

    it('stacks close labels in lanes, and leaves the rest over once the lanes are full', () => {
      const items: LabelInput[] = [0, 20, 40, 60, 80].map((x, index) => ({ index, x: x + 10, width: 200 }));
      const layout = placeLabels(items, options);
      expect(layout.lanes).to.equal(4);
      expect(layout.placed.map((box) => box.lane)).to.deep.equal([0, 1, 2, 3]);
      expect(layout.overflow).to.deep.equal([4]);
      expectNoOverlap(layout, options.gap, options.bound);
    });

    it('ends a label at its marker where it would cross the right edge', () => {
      const layout = placeLabels([{ index: 0, x: 950, width: 200 }], options);
      const box = layout.placed[0]!;
      expect(box.anchor).to.equal('end');
      expect(box.left + box.width).to.equal(951.5);
    });

    it('never overlaps on random inputs, stays inside, and accounts for every milestone', () => {
      for (const seed of [1, 2, 3, 4, 5]) {
        const next = random(seed);
        const xs = Array.from({ length: 2000 }, () => next() * 1000).sort((a, b) => a - b);
        const items = xs.map((x, index) => ({ index, x, width: 60 + next() * 200, pinned: next() < 0.01 }));
        const layout = placeLabels(items, options);
        expectNoOverlap(layout, options.gap, options.bound);
        expect(layout.placed.length + layout.overflow.length).to.equal(items.length);
        expect(layout.lanes).to.be.at.most(options.lanes);
      }
    });

    it('places a pinned label (the focused milestone, a branch point) before the others', () => {
      const items = Array.from({ length: 50 }, (_, index) => ({ index, x: 100 + index, width: 150 }));
      expect(placeLabels(items, options).overflow).to.include(45);
      const pinned = placeLabels(
        items.map((item) => (item.index === 45 ? { ...item, pinned: true } : item)),
        options,
      );
      expect(pinned.overflow).not.to.include(45);
      expectNoOverlap(pinned, options.gap, options.bound);
    });

    it('lays out 10,000 milestones (the schema’s maximum) without overlap', () => {
      const next = random(42);
      const xs = Array.from({ length: 10000 }, () => next() * 1000).sort((a, b) => a - b);
      const layout = placeLabels(
        xs.map((x, index) => ({ index, x, width: 180 })),
        { ...options, lanes: 6 },
      );
      expectNoOverlap(layout, options.gap, options.bound);
      expect(layout.overflow.length).to.be.greaterThan(9000);
    });
  });

  describe('clusters', () => {
    const options = { gap: 4, bound: 1000, inset: 1.5 };
    const width = (indices: readonly number[]) => 40 + 10 * String(indices.length).length;

    it('gathers milestones under one label while they fall under it, and starts a new one after', () => {
      const items = [10, 20, 45, 300, 310].map((x, index) => ({ index, x }));
      const clusters = gatherClusters(items, width, options);
      expect(clusters.map((cluster) => cluster.indices)).to.deep.equal([
        [0, 1, 2],
        [3, 4],
      ]);
      expect(clusters[0]).to.include({ left: 8.5, width: 50, from: 10, to: 45 });
      expectApart(clusters, options.gap);
    });

    it('keeps a cluster inside the right edge, merging with the one before when it reaches it', () => {
      const clusters = gatherClusters(
        [940, 990, 999].map((x, index) => ({ index, x })),
        width,
        options,
      );
      expect(clusters).to.have.length(1);
      expect(clusters[0]!.left + clusters[0]!.width).to.be.at.most(1000);
    });

    it('never overlaps on random inputs', () => {
      const next = random(7);
      const items = Array.from({ length: 5000 }, () => next() * 1000)
        .sort((a, b) => a - b)
        .map((x, index) => ({ index, x }));
      const clusters = gatherClusters(items, width, options);
      expectApart(clusters, options.gap);
      expect(clusters.reduce((sum, cluster) => sum + cluster.indices.length, 0)).to.equal(5000);
    });
  });

  describe('wrapping', () => {
    it('counts the lines words take when wrapped greedily', () => {
      // Words 30, 40, 50 px wide with 5 px spaces: 30 + 5 + 40 = 75 fits 80, the 50 does not.
      expect(wrapLines([30, 40, 50], 5, 80)).to.equal(2);
      expect(wrapLines([30, 40, 50], 5, 130)).to.equal(1);
      expect(wrapLines([30, 40, 50], 5, 40)).to.equal(3);
      // A word wider than the line takes a line of its own.
      expect(wrapLines([120], 5, 80)).to.equal(1);
    });
  });
});
