import { expect } from '@open-wc/testing';
import { buildModel, filterModel } from '../../src/components/brief-timeline/brief-timeline.model.js';
import {
  groupPhases,
  listSequence,
  phaseOfItems,
  phaseRows,
  yearSpan,
  type Phase,
  type PhaseRow,
} from '../../src/components/brief-timeline/brief-timeline.phases.js';
import { usMexico2022 } from '../../src/data/index.js';
import { briefWith } from '../helpers/fixtures.js';
import '../helpers/console.js';

/*
 * Written down from the bundled brief (src/data/briefs/us-mexico-2022.ts): five phases —
 * NAFTA (from 1994-01-01), Renegotiation (2018-08-01), USMCA in force (2020-07-01), the
 * 2026 joint review (2025-09-01), After the review (2026-07-02) — holding 1, 6, 16, 10 and
 * 4 of the 37 milestones; the four are the two paths' (2027, 2032, 2036, 2042).
 */
const ALL = new Set(['agreement', 'dispute', 'labor', 'review']);

const phasesAt = (nowIso: string, shown: ReadonlySet<string> = ALL, brief = usMexico2022) => {
  const model = buildModel(brief, nowIso);
  return groupPhases(model, filterModel(model, shown));
};
const byId = (phases: readonly Phase[], id: string) => phases.find((phase) => phase.id === id)!;
const describeRow = (row: PhaseRow) =>
  row.kind === 'item' ? row.item.id : row.kind === 'today' ? 'TODAY' : `FORK(${row.fork.branch.id})`;

describe('brief-timeline phases', () => {
  it('groups the milestones in the data’s phases, with their years and counts', () => {
    const phases = phasesAt('2026-11-28');
    expect(
      phases.map((phase) => [phase.title, yearSpan(phase.firstYear, phase.lastYear), phase.count]),
    ).to.deep.equal([
      ['NAFTA', '1994–2018', 1],
      ['Renegotiation', '2018–2020', 6],
      ['USMCA in force: labor cases and disputes', '2020–2025', 16],
      ['The 2026 joint review', '2025–2026', 10],
      ['After the review', '2026–2042', 4],
    ]);
    expect(phases.every((phase) => !phase.derived)).to.equal(true);
    expect(byId(phases, 'nafta').summary).to.match(/^NAFTA joins the United States/);
  });

  it('puts a milestone in the last phase that starts on or before its date', () => {
    const phases = phasesAt('2026-11-28');
    const of = phaseOfItems(phases);
    expect(of.get('usmca-in-force')).to.equal('in-force'); // 2020-07-01, the phase's first day
    expect(of.get('implementation-act')).to.equal('renegotiation'); // 2020-01-29
    expect(of.get('joint-review-2026')).to.equal('joint-review'); // 2026-07-01, the day before "after"
    expect(of.get('first-annual-review-2027')).to.equal('after-review');
    expect(of.get('term-to-2042')).to.equal('after-review');
    expect(of.size).to.equal(37);
  });

  it('gives the paths to the phase their dates fall in, as one fork from the review', () => {
    const after = byId(phasesAt('2026-11-28'), 'after-review');
    expect(after.items).to.deep.equal([]);
    expect(after.forks).to.have.length(1);
    const fork = after.forks[0]!;
    expect(fork.branch.id).to.equal('joint-review-2026');
    expect(
      fork.lanes.map((lane) => [lane.path.scenario.id, lane.items.map((item) => item.id)]),
    ).to.deep.equal([
      ['annual-reviews', ['first-annual-review-2027', 'usmca-expiry-2036']],
      ['all-confirm', ['next-joint-review-2032', 'term-to-2042']],
    ]);
  });

  it('marks the phase that holds today, and puts today where it falls among its rows', () => {
    // November 28, 2026: after the review, before the first path milestone.
    const after = phasesAt('2026-11-28');
    expect(after.filter((phase) => phase.holdsToday).map((phase) => phase.id)).to.deep.equal([
      'after-review',
    ]);
    expect(phaseRows(byId(after, 'after-review')).map(describeRow)).to.deep.equal([
      'TODAY',
      'FORK(joint-review-2026)',
    ]);
    // March 1, 2026: between the statutory deadline (Jan 2) and the first formal round (Mar 5).
    const march = phasesAt('2026-03-01');
    const review = byId(march, 'joint-review');
    expect(review.holdsToday).to.equal(true);
    const rows = phaseRows(review).map(describeRow);
    expect(rows.slice(6, 9)).to.deep.equal([
      'report-statutory-deadline',
      'TODAY',
      'first-bilateral-round-announced',
    ]);
    expect(phaseRows(byId(march, 'after-review')).map(describeRow)).to.deep.equal([
      'FORK(joint-review-2026)',
    ]);
  });

  it('puts a fork right after its branch point when both are in one phase, today between them', () => {
    const brief = briefWith((draft) => {
      draft.timeline!.phases = draft.timeline!.phases!.filter((phase) => phase.id !== 'after-review');
    });
    const review = byId(phasesAt('2026-11-28', ALL, brief), 'joint-review');
    const rows = phaseRows(review).map(describeRow);
    expect(rows.slice(-3)).to.deep.equal(['joint-review-2026', 'TODAY', 'FORK(joint-review-2026)']);
  });

  it('reads the list in its rows’ order: each phase, each fork’s lanes realized first', () => {
    const sequence = listSequence(phasesAt('2026-11-28')).map((item) => item.id);
    expect(sequence).to.have.length(37);
    expect(sequence.slice(0, 2)).to.deep.equal(['nafta-in-force', 'us-mexico-preliminary-agreement']);
    expect(sequence.slice(-5)).to.deep.equal([
      'joint-review-2026',
      'first-annual-review-2027',
      'usmca-expiry-2036',
      'next-joint-review-2032',
      'term-to-2042',
    ]);
  });

  it('leaves out a phase the filter empties, but keeps the one that holds today', () => {
    const labor = phasesAt('2026-11-28', new Set(['labor']));
    expect(labor.map((phase) => [phase.id, phase.count])).to.deep.equal([
      ['in-force', 5],
      ['after-review', 0],
    ]);
    expect(phaseRows(byId(labor, 'after-review')).map(describeRow)).to.deep.equal(['TODAY']);
  });

  it('without phases in the data, groups by the shortest calendar span that makes at most seven groups', () => {
    const brief = briefWith((draft) => {
      delete draft.timeline!.phases;
    });
    const phases = phasesAt('2026-11-28', ALL, brief);
    // Years with milestones: 1994, 2018–2027, 2032, 2036, 2042. Two-year spans make 9 groups;
    // five-year spans make 7: 1990–94, 2015–19, 2020–24, 2025–29, 2030–34, 2035–39, 2040–44.
    expect(phases.map((phase) => [phase.title, phase.count])).to.deep.equal([
      ['1994', 1],
      ['2018–2019', 5],
      ['2020–2024', 16],
      ['2025–2027', 12],
      ['2032', 1],
      ['2036', 1],
      ['2042', 1],
    ]);
    expect(phases.every((phase) => phase.derived)).to.equal(true);
    expect(phases.filter((phase) => phase.holdsToday).map((phase) => phase.title)).to.deep.equal([
      '2025–2027',
    ]);
  });
});
