import { expect } from '@open-wc/testing';
import {
  buildModel,
  filterModel,
  upcomingItems,
  shownCategories,
  categoryCounts,
  type Model,
} from '../../src/components/brief-timeline/brief-timeline.model.js';
import { usMexico2022 } from '../../src/data/index.js';
import { toTime } from '../../src/internal/dates.js';
import { briefWith } from '../helpers/fixtures.js';
import '../helpers/console.js';

/*
 * Expectations are written down from the bundled brief (src/data/briefs/us-mexico-2022.ts):
 * 33 main-line milestones from NAFTA (1994-01-01) to the joint review (2026-07-01), and two
 * scenarios that branch from the review: "all-confirm" (next review 2032, term to 2042;
 * not-realized) and "annual-reviews" (first annual review 2027, expiry 2036; realized).
 */

/** The main line in date order, as the data lists it. */
const MAIN = [
  'nafta-in-force',
  'us-mexico-preliminary-agreement',
  'notice-of-intent-to-sign',
  'usmca-agreement-in-principle',
  'usmca-signed',
  'protocol-of-amendment',
  'implementation-act',
  'usmca-in-force',
  'rrm-gm-silao',
  'rrm-tridonex',
  'auto-roo-consultations',
  'auto-roo-panel-request',
  'rrm-panasonic',
  'rrm-teksid',
  'energy-consultations',
  'auto-roo-final-report',
  'auto-roo-report-public',
  'gm-corn-technical-consultations',
  'gm-corn-consultations',
  'gm-corn-panel',
  'rrm-first-panel',
  'gm-corn-panel-report',
  'gm-corn-measures-ineffective',
  'review-notice-public-inspection',
  'review-notice-published',
  'review-notice-statutory-date',
  'review-comments-deadline',
  'review-public-hearing',
  'ustr-report-to-congress',
  'report-statutory-deadline',
  'first-bilateral-round-announced',
  'recommendations-deadline-2026',
  'joint-review-2026',
];
const REALIZED = ['first-annual-review-2027', 'usmca-expiry-2036'];
const NOT_REALIZED = ['next-joint-review-2032', 'term-to-2042'];
const ALL_CATEGORIES = new Set(['agreement', 'dispute', 'labor', 'review']);

const modelAt = (nowIso: string) => buildModel(usMexico2022, nowIso);
const visibleAt = (nowIso: string, shown: ReadonlySet<string> = ALL_CATEGORIES) =>
  filterModel(modelAt(nowIso), shown);
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const item = (model: Model, id: string) => {
  const found = model.byId.get(id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('brief-timeline model', () => {
  describe('buildModel', () => {
    it('has the brief’s 33 main-line milestones in date order and 4 on the two paths', () => {
      const model = modelAt('2026-11-28');
      expect(ids(model.main)).to.deep.equal(MAIN);
      expect(
        [...model.byId.values()].filter((entry) => entry.branching).map((entry) => entry.id),
      ).to.deep.equal(['joint-review-2026']);
      expect(model.paths.map((path) => path.items.length)).to.deep.equal([2, 2]);
      expect(model.byId.size).to.equal(37);
      expect(model.categoryIds).to.deep.equal(['agreement', 'dispute', 'labor', 'review']);
    });

    it('after the review: the realized path first, its outcome and sources from the data', () => {
      const model = modelAt('2026-11-28');
      expect(model.paths.map((path) => path.scenario.id)).to.deep.equal(['annual-reviews', 'all-confirm']);
      expect(model.paths.map((path) => path.outcome)).to.deep.equal(['realized', 'not-realized']);
      expect(model.paths.map((path) => path.sources.map((source) => source.id))).to.deep.equal([
        ['hk-2026-07-02', 'boursel-usmca-2026-07-02'],
        ['hk-2026-07-02', 'boursel-usmca-2026-07-02', 'ielp-article-34-7'],
      ]);
      expect(model.paths.every((path) => path.branchId === 'joint-review-2026')).to.equal(true);
      expect(model.paths[0]!.branchTime).to.equal(Date.UTC(2026, 6, 1));
      expect([...model.pathsByBranch.keys()]).to.deep.equal(['joint-review-2026']);
      expect(ids(model.paths[0]!.items)).to.deep.equal(REALIZED);
      expect(item(model, 'usmca-expiry-2036').kind).to.equal('realized');
      expect(item(model, 'term-to-2042').kind).to.equal('not-realized');
    });

    it('before the review: both paths open, in the data’s order', () => {
      const model = modelAt('2026-06-30');
      expect(model.paths.map((path) => path.scenario.id)).to.deep.equal(['all-confirm', 'annual-reviews']);
      expect(model.paths.map((path) => path.outcome)).to.deep.equal(['open', 'open']);
      expect(item(model, 'usmca-expiry-2036').kind).to.equal('open');
      expect(item(model, 'joint-review-2026').status).to.equal('upcoming');
    });

    it('on the review day itself: the outcome is decided, the review still upcoming', () => {
      const model = modelAt('2026-07-01');
      expect(model.paths.map((path) => path.outcome)).to.deep.equal(['realized', 'not-realized']);
      expect(item(model, 'joint-review-2026').status).to.equal('upcoming');
      expect(modelAt('2026-07-02').byId.get('joint-review-2026')?.status).to.equal('past');
    });

    it('splits past and upcoming by the whole period a date stands for', () => {
      // "February 2025" (month precision) is upcoming all through February.
      expect(item(modelAt('2025-02-28'), 'gm-corn-measures-ineffective').status).to.equal('upcoming');
      expect(item(modelAt('2025-03-01'), 'gm-corn-measures-ineffective').status).to.equal('past');
      // "2027" (year precision) stays upcoming throughout 2027.
      expect(item(modelAt('2027-12-31'), 'first-annual-review-2027').status).to.equal('upcoming');
      expect(item(modelAt('2028-01-01'), 'first-annual-review-2027').status).to.equal('past');
    });

    it('gives each milestone its category’s name and colour', () => {
      const model = modelAt('2026-11-28');
      expect(item(model, 'nafta-in-force')).to.include({ categoryName: 'Agreement', colour: 0 });
      expect(item(model, 'energy-consultations')).to.include({ categoryName: 'Disputes', colour: 1 });
      expect(item(model, 'rrm-teksid')).to.include({ categoryName: 'Labor cases', colour: 2 });
      expect(item(model, 'joint-review-2026')).to.include({ categoryName: 'Review process', colour: 3 });
    });

    it('pads the zoom extent by 4% of the span on each side, today included', () => {
      const start = toTime('1994-01-01');
      const end = toTime('2042-07-01');
      const pad = (end - start) * 0.04;
      const model = modelAt('2026-11-28');
      expect(model.limits.extent).to.deep.equal([start - pad, end + pad]);
      expect(model.now).to.equal(Date.UTC(2026, 10, 28));
      expect(model.nowIso).to.equal('2026-11-28');
      // Pinned after the last milestone, today stretches the extent.
      const later = toTime('2050-01-01');
      const laterPad = (later - start) * 0.04;
      expect(modelAt('2050-01-01').limits.extent).to.deep.equal([start - laterPad, later + laterPad]);
    });

    it('sorts events listed out of order, and leaves out a scenario without its branch point', () => {
      const brief = briefWith((draft) => {
        draft.timeline!.events.reverse();
        draft.timeline!.scenarios[0]!.branchFrom = 'no-such-event';
      });
      const model = buildModel(brief, '2026-11-28');
      expect(ids(model.main)).to.deep.equal(MAIN);
      expect(model.paths.map((path) => path.scenario.id)).to.deep.equal(['annual-reviews']);
    });
  });

  describe('filterModel', () => {
    it('reads the main line, then each path after its branch point, realized first', () => {
      const visible = visibleAt('2026-11-28');
      expect(ids(visible.sequence)).to.deep.equal([...MAIN, ...REALIZED, ...NOT_REALIZED]);
      expect(visible.position.get('joint-review-2026')).to.equal(32);
      expect(visible.position.get('first-annual-review-2027')).to.equal(33);
      expect(visible.position.get('term-to-2042')).to.equal(36);
      expect(visible.total).to.equal(37);
    });

    it('reads the open paths in the data’s order before the review', () => {
      expect(ids(visibleAt('2026-06-30').sequence).slice(33)).to.deep.equal([...NOT_REALIZED, ...REALIZED]);
    });

    it('keeps only the shown categories, and the paths without their branch point', () => {
      const labor = visibleAt('2026-11-28', new Set(['labor']));
      expect(ids(labor.sequence)).to.deep.equal([
        'rrm-gm-silao',
        'rrm-tridonex',
        'rrm-panasonic',
        'rrm-teksid',
        'rrm-first-panel',
      ]);
      expect(labor.paths.map((path) => path.items.length)).to.deep.equal([0, 0]);
      expect(labor.total).to.equal(37);
      const agreement = visibleAt('2026-11-28', new Set(['agreement']));
      expect(ids(agreement.sequence).slice(8)).to.deep.equal(['usmca-expiry-2036', 'term-to-2042']);
      expect(agreement.mainTimes).to.have.length(8);
      expect(agreement.mainTimes[0]).to.equal(Date.UTC(1994, 0, 1));
    });
  });

  describe('selections', () => {
    it('offers the calendar the upcoming milestones of the main line and the realized path only', () => {
      expect(ids(upcomingItems(visibleAt('2026-11-28')))).to.deep.equal(REALIZED);
      // Before the review both paths are only possible: just the main line's two.
      expect(ids(upcomingItems(visibleAt('2026-05-01')))).to.deep.equal([
        'recommendations-deadline-2026',
        'joint-review-2026',
      ]);
      expect(ids(upcomingItems(visibleAt('2026-07-01')))).to.deep.equal(['joint-review-2026', ...REALIZED]);
      expect(ids(upcomingItems(visibleAt('2026-11-28', new Set(['agreement']))))).to.deep.equal([
        'usmca-expiry-2036',
      ]);
      expect(upcomingItems(undefined)).to.deep.equal([]);
    });

    it('shows the reader’s choice, else the attribute’s categories, else all', () => {
      const model = modelAt('2026-11-28');
      const chosen = new Set(['labor']);
      expect(shownCategories(model, chosen, 'review')).to.equal(chosen);
      expect([...shownCategories(model, undefined, 'review, dispute')]).to.deep.equal(['review', 'dispute']);
      expect([...shownCategories(model, undefined, '')]).to.deep.equal([
        'agreement',
        'dispute',
        'labor',
        'review',
      ]);
    });

    it('counts every milestone of a category, main line and paths', () => {
      const counts = categoryCounts(usMexico2022.timeline!);
      expect(Object.fromEntries(counts)).to.deep.equal({ agreement: 10, dispute: 10, labor: 5, review: 12 });
    });
  });
});
