import { expect } from '@open-wc/testing';
import { buildModel, filterModel } from '../../src/components/brief-timeline/brief-timeline.model.js';
import { layoutOverview } from '../../src/components/brief-timeline/brief-timeline.overview.js';
import { groupPhases } from '../../src/components/brief-timeline/brief-timeline.phases.js';
import { usMexico2022 } from '../../src/data/index.js';
import { toTime } from '../../src/internal/dates.js';
import '../helpers/console.js';

/*
 * The strip spans the model's extent (1994-01-01 to 2042-07-01, padded by 4% each side)
 * across the plot's width (650 px container → 616 px), at a 16 px font, text widths estimated.
 */
const model = buildModel(usMexico2022, '2026-11-28');
const visible = filterModel(model, new Set(['agreement', 'dispute', 'labor', 'review']));
const phases = groupPhases(model, visible);
const [start, end] = model.limits.extent;
const x = (iso: string) => ((toTime(iso) - start) / (end - start)) * 616;

describe('brief-timeline overview', () => {
  it('draws a band per phase across the whole plot, titled only where the title fits', () => {
    const overview = layoutOverview(model, visible, { width: 650, fontSize: 16, phases, domain: undefined });
    expect(overview.bands.map((band) => band.phase.id)).to.deep.equal([
      'nafta',
      'renegotiation',
      'in-force',
      'joint-review',
      'after-review',
    ]);
    expect(overview.bands[0]!.x0).to.equal(0);
    expect(overview.bands[4]!.x1).to.equal(616);
    expect(overview.bands[2]!.x0).to.be.closeTo(x('2020-07-01'), 1e-6);
    expect(overview.bands.map((band) => band.text)).to.deep.equal([
      'NAFTA',
      undefined,
      undefined,
      undefined,
      'After the review',
    ]);
  });

  it('puts a dot per milestone, the paths one step below the main line each, and today', () => {
    const overview = layoutOverview(model, visible, { width: 650, fontSize: 16, phases, domain: undefined });
    expect(overview.dots).to.have.length(37);
    const y = (id: string) => overview.dots.find((dot) => dot.item.id === id)!.y;
    expect(y('nafta-in-force')).to.equal(overview.lineY);
    // One step of round(0.32 em) = 5 px per path.
    expect(y('usmca-expiry-2036')).to.equal(overview.lineY + 5);
    expect(y('term-to-2042')).to.equal(overview.lineY + 10);
    expect(overview.paths.map((path) => path.outcome)).to.deep.equal(['realized', 'not-realized']);
    expect(overview.today).to.be.closeTo(x('2026-11-28'), 1e-6);
    expect(overview.ticks.map((tick) => tick.year)).to.deep.equal([2000, 2010, 2020, 2030, 2040]);
    expect(overview.window).to.equal(undefined);
  });

  it('frames the range the axis shows', () => {
    const domain = [toTime('2026-01-01'), toTime('2036-01-01')] as const;
    const overview = layoutOverview(model, visible, { width: 650, fontSize: 16, phases, domain });
    expect(overview.window![0]).to.be.closeTo(x('2026-01-01'), 1e-6);
    expect(overview.window![1]).to.be.closeTo(x('2036-01-01'), 1e-6);
  });
});
