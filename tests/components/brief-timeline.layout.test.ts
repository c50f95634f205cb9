import { expect } from '@open-wc/testing';
import type { Domain } from '../../src/components/brief-timeline/brief-timeline.geometry.js';
import {
  labelAnchor,
  labelWidth,
  layoutAxis,
  type AxisOptions,
  type AxisView,
  type Chip,
} from '../../src/components/brief-timeline/brief-timeline.layout.js';
import { buildModel, filterModel } from '../../src/components/brief-timeline/brief-timeline.model.js';
import { usMexico2022 } from '../../src/data/index.js';
import { DAY, toTime } from '../../src/internal/dates.js';
import '../helpers/console.js';

/*
 * Sizes at a 16 px font, by hand: the plot is the container less 2 em of padding and 2 px
 * of border; a lane is round(3.1 em) = 50 px, a chip round(2.7 em) = 43 px, a marker-only
 * chip round(43 × 0.45) = 19 px; the top lane starts at round(1.6 em) = 26 px.
 */
const FS = 16;
const JULY_1 = toTime('2026-07-01');
/** 200 days either side of the joint review: 2025-12-13 to 2027-01-17. */
const AROUND_REVIEW: Domain = [JULY_1 - 200 * DAY, JULY_1 + 200 * DAY];
const ALL = new Set(['agreement', 'dispute', 'labor', 'review']);

const model = buildModel(usMexico2022, '2026-11-28');
const visible = filterModel(model, ALL);

function layout(options: Partial<AxisOptions> = {}): AxisView {
  return layoutAxis(model, visible, {
    width: 1034,
    fontSize: FS,
    domain: undefined,
    activeId: undefined,
    ...options,
  });
}

const chipIds = (axis: AxisView) => axis.chips.map((chip) => chip.item.id);

/** The first pair of chips that share a lane (a top) and overlap, if any. */
function overlap(chips: readonly Chip[]): [string, string] | null {
  const lanes = new Map<number, Chip[]>();
  for (const chip of chips) lanes.set(chip.top, [...(lanes.get(chip.top) ?? []), chip]);
  for (const lane of lanes.values()) {
    lane.sort((a, b) => a.left - b.left);
    for (let i = 1; i < lane.length; i += 1) {
      const [a, b] = [lane[i - 1]!, lane[i]!];
      if (a.left + a.width > b.left) return [a.item.id, b.item.id];
    }
  }
  return null;
}

describe('brief-timeline layout', () => {
  it('takes the timeline’s padding and borders off the container, down to 100 px', () => {
    expect(layout().width).to.equal(1000);
    expect(layout({ width: 734 }).width).to.equal(700);
    expect(layout({ width: 50 }).width).to.equal(100);
  });

  it('shows the whole extent until a domain is given', () => {
    expect(layout().domain).to.equal(model.limits.extent);
    expect(layout({ domain: AROUND_REVIEW }).domain).to.equal(AROUND_REVIEW);
  });

  it('puts today and the branch point where the scale puts their dates', () => {
    // 1000 px for 400 days: 2.5 px a day; the review is day 200, November 28 day 350.
    const axis = layout({ domain: AROUND_REVIEW });
    expect(axis.branchXs).to.deep.equal([500]);
    expect(axis.todayX).to.equal(875);
    expect(axis.tracks.map((track) => track.x)).to.deep.equal([500, 500]);
    // Ending 100 days after the review: today (day 350 of 300) is out of view.
    const earlier = layout({ domain: [JULY_1 - 200 * DAY, JULY_1 + 100 * DAY] });
    expect(earlier.todayX).to.equal(undefined);
    expect(earlier.branchXs[0]).to.be.closeTo(2000 / 3, 1e-9);
  });

  it('draws only the milestones inside the domain, and no branch point outside it', () => {
    const axis = layout({ domain: AROUND_REVIEW });
    expect(chipIds(axis).sort()).to.deep.equal(
      [
        'ustr-report-to-congress',
        'report-statutory-deadline',
        'first-bilateral-round-announced',
        'recommendations-deadline-2026',
        'joint-review-2026',
      ].sort(),
    );
    expect(axis.clusters).to.deep.equal([]);
    expect(layout({ domain: [toTime('1994-01-01'), toTime('2018-01-01')] }).branchXs).to.deep.equal([]);
  });

  it('stacks the main line above the axis and each path in a track below it', () => {
    const axis = layout({ domain: AROUND_REVIEW });
    const lanes = new Set(axis.chips.map((chip) => chip.top)).size;
    expect(axis.axisY).to.equal(26 + lanes * 50 + 5);
    expect(axis.chips.every((chip) => chip.top >= 26 && chip.top + 50 <= axis.axisY)).to.equal(true);
    // No path milestone is in view: each track is its 32 px header and one empty 50 px lane.
    expect(axis.tracks.map((track) => track.path.scenario.id)).to.deep.equal([
      'annual-reviews',
      'all-confirm',
    ]);
    expect(axis.tracks.map((track) => track.top)).to.deep.equal([axis.axisY + 32, axis.axisY + 114]);
    expect(axis.tracks.map((track) => track.line)).to.deep.equal([axis.axisY + 48, axis.axisY + 130]);
    expect(axis.height).to.equal(axis.axisY + 32 + 82 + 82 + 6);
    // A track's header starts half an em right of its branch line.
    expect(axis.tracks[0]!.headLeft).to.equal(508);
  });

  it('never overlaps two chips in a lane, at any width and zoom', () => {
    const domains: (Domain | undefined)[] = [undefined, AROUND_REVIEW];
    for (let years = 1; years <= 16; years *= 2) {
      domains.push([JULY_1 - years * 365 * DAY, JULY_1 + (years * 365 * DAY) / 4]);
    }
    for (const width of [420, 734, 1034, 1600]) {
      for (const domain of domains) {
        const axis = layout({ width, domain });
        expect(overlap(axis.chips), `${String(width)} px, ${String(domain)}`).to.equal(null);
      }
    }
  });

  it('keeps every chip inside the plot at the full extent', () => {
    for (const width of [420, 734, 1034]) {
      const axis = layout({ width });
      for (const chip of axis.chips) {
        expect(chip.left, chip.item.id).to.be.at.least(0);
        expect(chip.left + chip.width, chip.item.id).to.be.at.most(axis.width);
      }
    }
  });

  it('always gives the active milestone a chip, even where the crowd gathers into clusters', () => {
    const crowded = layout({ width: 420 });
    expect(crowded.clusters.length).to.be.greaterThan(0);
    for (const item of visible.sequence) {
      expect(chipIds(layout({ width: 420, activeId: item.id })), item.id).to.include(item.id);
    }
  });

  it('sizes chips, lanes and marks in em', () => {
    const axis = layout({ width: 420 });
    expect(axis.laneHeight).to.equal(50);
    expect(axis.chipHeight).to.equal(43);
    expect(axis.chips.some((chip) => chip.compact)).to.equal(true);
    for (const chip of axis.chips) expect(chip.height).to.equal(chip.compact ? 19 : 43);
    expect(axis).to.include({ diamond: 7.2, todayTop: 17.6, todayLabelY: 15.2, edge: 32 });
    expect(axis.tickEnd).to.be.closeTo(axis.axisY + 6.4, 1e-9);
    expect(axis.tickLabelY).to.be.closeTo(axis.axisY + 23.2, 1e-9);
    const larger = layout({ fontSize: 20 });
    expect(larger.laneHeight).to.equal(62);
    expect(larger.chipHeight).to.equal(54);
  });

  it('sizes a label by its title, within 7 and 16 em', () => {
    expect(labelWidth('USMCA joint review', FS)).to.equal(176);
    expect(labelWidth('USMCA expires', FS)).to.equal(136);
    expect(labelWidth('NAFTA', FS)).to.equal(112);
    expect(labelWidth('U.S. requests consultations on Mexico’s energy policies', FS)).to.equal(256);
    expect(labelWidth('USMCA expires', 10)).to.equal(85);
  });

  it('anchors a label near an edge to that edge', () => {
    const axis = layout();
    expect(labelAnchor(10, axis)).to.equal('start');
    expect(labelAnchor(500, axis)).to.equal('middle');
    expect(labelAnchor(990, axis)).to.equal('end');
  });
});
