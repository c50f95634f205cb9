import { expect } from '@open-wc/testing';
import { placeLabels, type LabelInput } from '../../src/components/brief-timeline/brief-timeline.geometry.js';
import {
  coverage,
  covers,
  estimateWidth,
  layoutAxis,
  type AxisOptions,
  type Measure,
} from '../../src/components/brief-timeline/brief-timeline.layout.js';
import { buildModel, filterModel } from '../../src/components/brief-timeline/brief-timeline.model.js';
import { groupPhases } from '../../src/components/brief-timeline/brief-timeline.phases.js';
import '../helpers/console.js';
import { briefWithMilestones } from '../helpers/large-briefs.js';
import { axisOptions } from '../helpers/timeline.js';

/*
 * The axis's layout with thousands of milestones in view: it sizes only the labels that
 * can find a lane (sizing is text measuring), lays out the same as when it sized them all,
 * and turns down a range of thousands for the home range without laying it out; a range
 * with no more milestones on a line than it has lanes it takes without laying it out.
 */

const FS = 16;
const ALL = new Set(['agreement', 'dispute', 'labor', 'review']);
const model = buildModel(briefWithMilestones(10000), '2026-11-28');
const visible = filterModel(model, ALL);
const phases = groupPhases(model, visible);

/** A measure that counts the texts it is asked for (the layout's estimate of their widths). */
function counting(): { measure: Measure; texts: Set<string> } {
  const texts = new Set<string>();
  return {
    texts,
    measure: (text, role) => {
      texts.add(`${role}|${text}`);
      return estimateWidth(text, role, FS);
    },
  };
}

/** The whole timeline in view, 1,100 px wide, measured with `measure`. */
const options = (measure: Measure): AxisOptions =>
  axisOptions(phases, { width: 1100, domain: model.limits.extent, measure });

describe('brief-timeline layout with 10,000 milestones', () => {
  it('places the same labels whether it reads every width or only those that may fit', () => {
    const xs = Array.from({ length: 2000 }, (_, i) => (i * 997) % 1000).sort((a, b) => a - b);
    let reads = 0;
    const items = (): LabelInput[] =>
      xs.map((x, index) => ({
        index,
        x,
        get width() {
          reads += 1;
          return 80 + (index % 5) * 10;
        },
      }));
    const base = { lanes: 3, gap: 4, bound: 1000, inset: 1.5 };
    const all = placeLabels(items(), base);
    const readAll = reads;
    reads = 0;
    const pruned = placeLabels(items(), { ...base, minWidth: 80 });
    expect(pruned).to.deep.equal(all);
    expect(readAll).to.be.at.least(2000);
    // Three lanes of labels 80 px wide or more hold at most 36 in 1,000 px.
    expect(reads).to.be.below(200);
  });

  it('sizes only the labels that can find a lane when all 10,000 are in view', () => {
    const { measure, texts } = counting();
    const axis = layoutAxis(model, visible, options(measure));
    expect(axis.inView).to.equal(10000);
    const labels = [...texts].filter((text) => text.startsWith('label|Mmm 2000 '));
    expect(labels.length).to.be.below(1000);
    expect(axis.labelled).to.be.below(labels.length + 1);
    // What is not labelled is gathered in clusters: every milestone in view is one or the other.
    const clustered = axis.clusters.reduce((sum, cluster) => sum + cluster.items.length, 0);
    expect(axis.labelled + clustered).to.equal(10000);
  });

  it('turns down a range of thousands for being too crowded, as its coverage says, without laying it out', () => {
    const { measure, texts } = counting();
    const crowded = options(measure);
    expect(covers(visible, crowded, model.limits.extent, 0.8)).to.equal(false);
    expect(texts.size, 'nothing measured').to.equal(0);
    expect(coverage(visible, crowded, model.limits.extent)).to.be.below(0.8);
    // A narrow range is laid out and decided by its coverage, whichever way it goes.
    const day = 86_400_000;
    for (const days of [20, 60, 400]) {
      const domain: [number, number] = [model.now, model.now + days * day];
      expect(covers(visible, crowded, domain, 0.8), `${String(days)} days`).to.equal(
        coverage(visible, crowded, domain) >= 0.8,
      );
    }
  });

  it('takes a range with no more milestones on a line than lanes without laying it out, as its coverage says', () => {
    const day = 86_400_000;
    // Five days after the review (July 1, 2026): the review alone on the main line, nothing on the paths.
    const review = model.byId.get('joint-review-2026')!.time;
    const quiet: [number, number] = [review - 2 * day, review + 3 * day];
    const { measure, texts } = counting();
    const few = options(measure);
    expect(covers(visible, few, quiet, 0.8)).to.equal(true);
    expect(texts.size, 'nothing measured').to.equal(0);
    expect(coverage(visible, few, quiet)).to.equal(1);
  });
});
