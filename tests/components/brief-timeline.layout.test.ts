import { expect } from '@open-wc/testing';
import type { Domain } from '../../src/components/brief-timeline/brief-timeline.geometry.js';
import {
  coverage,
  edgeAnchor,
  layoutAxis,
  plotWidth,
  type AxisOptions,
  type AxisView,
  type Label,
} from '../../src/components/brief-timeline/brief-timeline.layout.js';
import { homeDomain, phaseWindow } from '../../src/components/brief-timeline/brief-timeline.range.js';
import { buildModel, filterModel } from '../../src/components/brief-timeline/brief-timeline.model.js';
import { groupPhases } from '../../src/components/brief-timeline/brief-timeline.phases.js';
import { usMexico2022 } from '../../src/data/index.js';
import { DAY, toTime } from '../../src/internal/dates.js';
import { briefWith } from '../helpers/fixtures.js';
import { axisOptions, HOME_MILESTONES } from '../helpers/timeline.js';
import '../helpers/console.js';

/*
 * Sizes at a 16 px font with the layout's own estimate of text widths (no canvas). The
 * plot is the container less 2 em of padding and 2 px of border: 650 → 616 px. The
 * bundled brief's phase that holds November 28, 2026 is "After the review": the paths'
 * four milestones (2027 to 2042), read from the branch node, the July 1, 2026 review.
 */
const FS = 16;
const JULY_1 = toTime('2026-07-01');
const ALL = new Set(['agreement', 'dispute', 'labor', 'review']);

const model = buildModel(usMexico2022, '2026-11-28');
const visible = filterModel(model, ALL);
const phases = groupPhases(model, visible);

function options(overrides: Partial<AxisOptions> = {}): AxisOptions {
  return axisOptions(phases, overrides);
}

/** The axis for `overrides`; without a domain, the home range (as the element shows it first). */
const layout = (overrides: Partial<AxisOptions> = {}): AxisView => {
  const chosen = options(overrides);
  return layoutAxis(model, visible, {
    ...chosen,
    domain: chosen.domain ?? homeDomain(model, visible, chosen),
  });
};
const labelIds = (axis: AxisView) => axis.labels.map((label) => label.item.id).sort();

/** The first two labels whose boxes intersect, if any. */
function overlap(labels: readonly Label[]): [string, string] | null {
  for (let i = 0; i < labels.length; i += 1) {
    for (let j = i + 1; j < labels.length; j += 1) {
      const [a, b] = [labels[i]!, labels[j]!];
      const apart =
        a.left + a.width <= b.left ||
        b.left + b.width <= a.left ||
        a.top + a.height <= b.top ||
        b.top + b.height <= a.top;
      if (!apart) return [a.item.id, b.item.id];
    }
  }
  return null;
}

describe('brief-timeline layout and range', () => {
  it('takes the timeline’s padding and borders off the container, down to 100 px', () => {
    expect(plotWidth(650, FS)).to.equal(616);
    expect(plotWidth(1034, FS)).to.equal(1000);
    expect(plotWidth(50, FS)).to.equal(100);
    expect(layout().width).to.equal(616);
  });

  it('opens on the phase that holds today, from the branch node to the last path milestone', () => {
    // 2026-07-01 to 2042-07-01 is 5,844 days; 1.5% of it pads each side (87.66 days).
    const home = homeDomain(model, visible, options());
    expect(home[0]).to.be.closeTo(JULY_1 - 87.66 * DAY, DAY);
    expect(home[1]).to.be.closeTo(toTime('2042-07-01') + 87.66 * DAY, DAY);
    expect(layout().domain).to.deep.equal(home);
    // The same range at 320 px and at 1,200 px: widening to the review phase would crowd it.
    for (const width of [320, 1200])
      expect(homeDomain(model, visible, options({ width }))).to.deep.equal(home);
  });

  it('labels every milestone of the home range, the review and the last deadline before it included', () => {
    for (const width of [320, 650, 1000]) {
      const axis = layout({ width });
      expect(labelIds(axis), `${String(width)} px`).to.deep.equal([...HOME_MILESTONES].sort());
      expect(axis.clusters).to.deep.equal([]);
      expect(axis).to.include({ inView: 6, labelled: 6 });
    }
  });

  it('anchors each label at its date: starting at its marker, or ending at it by the right edge', () => {
    for (const width of [320, 650, 1000]) {
      for (const domain of [undefined, model.limits.extent, phaseWindow(phases[2]!)] as (
        Domain | undefined
      )[]) {
        const axis = layout({ width, domain });
        for (const label of axis.labels) {
          const edge = label.anchor === 'start' ? label.left : label.left + label.width;
          const expected =
            label.anchor === 'start' ? Math.max(0, label.x - 1.5) : Math.min(axis.width, label.x + 1.5);
          expect(edge, `${label.item.id} at ${String(width)} px`).to.be.closeTo(expected, 1e-6);
          expect(label.left).to.be.at.least(0);
          expect(label.left + label.width).to.be.at.most(axis.width + 1e-6);
        }
      }
    }
  });

  it('never overlaps two labels, at any width and zoom', () => {
    const domains: (Domain | undefined)[] = [undefined, model.limits.extent, ...phases.map(phaseWindow)];
    for (let years = 1; years <= 16; years *= 2) {
      domains.push([JULY_1 - years * 365 * DAY, JULY_1 + (years * 365 * DAY) / 4]);
    }
    for (const width of [320, 650, 1034, 1600]) {
      for (const domain of domains) {
        expect(overlap(layout({ width, domain }).labels), `${String(width)} px, ${String(domain)}`).to.equal(
          null,
        );
      }
    }
  });

  it('accounts for every milestone in view: labelled, or counted in a cluster', () => {
    const axis = layout({ domain: model.limits.extent });
    const clustered = axis.clusters.reduce((sum, cluster) => sum + cluster.items.length, 0);
    expect(axis.inView).to.equal(37);
    expect(axis.labelled + clustered).to.equal(37);
    expect(axis.clusters.length).to.be.greaterThan(0);
  });

  it('draws the fork as two lanes leaving the branch node, realized first, the trunk ending there', () => {
    const axis = layout();
    const branchX = axis.branches[0]!.x;
    expect(axis.branches).to.have.length(1);
    expect(axis.trunk.x1).to.be.closeTo(branchX, 1e-6);
    expect(axis.lanes.map((lane) => lane.path.scenario.id)).to.deep.equal(['annual-reviews', 'all-confirm']);
    for (const lane of axis.lanes) {
      expect(lane.d.startsWith(`M${String(branchX)} ${String(axis.trunk.y)} C`), lane.d).to.equal(true);
      expect(lane.y).to.be.greaterThan(axis.trunk.y);
    }
    expect(axis.lanes[1]!.y).to.be.greaterThan(axis.lanes[0]!.y);
    // Each path's milestones sit on its own lane.
    const lineOf = (id: string) => axis.labels.find((label) => label.item.id === id)!.lineY;
    expect(lineOf('usmca-expiry-2036')).to.equal(axis.lanes[0]!.y);
    expect(lineOf('term-to-2042')).to.equal(axis.lanes[1]!.y);
  });

  it('wraps a path’s header in the room it has, never cutting it', () => {
    const wide = layout({ width: 1034 }).lanes[0]!.head!;
    const narrow = layout({ width: 320 }).lanes[0]!.head!;
    expect(wide.height).to.equal(18); // one line of round(1.1 em)
    expect(narrow.height).to.be.at.least(35); // two lines or more
    expect(narrow.left + narrow.width).to.equal(plotWidth(320, FS));
  });

  it('heads a lane only where it has room before the right edge', () => {
    // The 2026 joint review's range ends a few days after the branch node.
    const axis = layout({ domain: phaseWindow(phases[3]!) });
    expect(axis.lanes).to.have.length(2);
    expect(axis.lanes.map((lane) => lane.head)).to.deep.equal([undefined, undefined]);
  });

  it('leaves no empty band: before the branch point, no lanes and no room for them', () => {
    const before = layout({ domain: [toTime('2018-06-01'), toTime('2020-09-01')] });
    expect(before.lanes).to.deep.equal([]);
    expect(before.branches).to.deep.equal([]);
    expect(before.trunk.x1).to.equal(before.width);
    const lowest = Math.max(...before.labels.map((label) => label.top + label.height));
    expect(lowest).to.be.below(before.trunk.y);
    // Seven milestones, all labelled in five lanes: under the trunk only two gaps of 6 px.
    expect(before).to.include({ inView: 7, labelled: 7 });
    expect(before.axisY - before.trunk.y).to.equal(6 + 6);
  });

  it('keeps the branch node’s label even where its neighbours crowd into clusters', () => {
    const axis = layout({ width: 320, domain: phaseWindow(phases[3]!) });
    expect(labelIds(axis)).to.include('joint-review-2026');
    expect(axis.clusters.length).to.be.greaterThan(0);
  });

  it('gives the focused milestone a label wherever a lane is free at its date', () => {
    const domain = model.limits.extent;
    const crowded = layout({ width: 650, domain });
    expect(labelIds(crowded)).not.to.include('rrm-teksid');
    expect(labelIds(layout({ width: 650, domain, activeId: 'rrm-teksid' }))).to.include('rrm-teksid');
  });

  it('keeps 80% of a crowded timeline labelled by opening on a narrower range around today', () => {
    const brief = briefWith((draft) => {
      delete draft.timeline!.phases;
      const start = toTime('2020-01-01');
      draft.timeline!.events = Array.from({ length: 2000 }, (_, i) => ({
        id: `event-${String(i)}`,
        date: new Date(start + Math.floor(i * 3.3) * DAY).toISOString().slice(0, 10),
        precision: 'day' as const,
        title: `Milestone ${String(i)}`,
        category: 'review',
        sourceIds: [],
      }));
      draft.timeline!.scenarios = [];
    });
    const crowdedModel = buildModel(brief, '2024-06-01');
    const crowdedVisible = filterModel(crowdedModel, ALL);
    const crowdedOptions = options({ phases: groupPhases(crowdedModel, crowdedVisible) });
    const home = homeDomain(crowdedModel, crowdedVisible, crowdedOptions);
    expect(coverage(crowdedVisible, crowdedOptions, home)).to.be.at.least(0.8);
    expect(home[0]).to.be.at.most(toTime('2024-06-01'));
    expect(home[1]).to.be.at.least(toTime('2024-06-01'));
  });

  it('puts today on the axis, and drops a tick label it would cover', () => {
    const axis = layout({ domain: [toTime('2026-01-01'), toTime('2027-12-31')] });
    expect(axis.today!.x).to.be.closeTo((331 / 730) * 616, 1);
    const covered = axis.ticks.filter((tick) => Math.abs(tick.x - axis.today!.x) < 20);
    expect(covered.every((tick) => !tick.labelled)).to.equal(true);
    expect(layout({ domain: [toTime('2018-01-01'), toTime('2020-01-01')] }).today).to.equal(undefined);
  });

  it('anchors an edge label to that edge', () => {
    expect(edgeAnchor(10, 1000, 32)).to.equal('start');
    expect(edgeAnchor(500, 1000, 32)).to.equal('middle');
    expect(edgeAnchor(990, 1000, 32)).to.equal('end');
  });
});
