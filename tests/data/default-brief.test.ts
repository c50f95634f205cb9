import { expect } from '@open-wc/testing';
import { checkReferences, usMexico2022, validateBrief } from '../../src/data/index.js';
import '../helpers/console.js';

const brief = usMexico2022;
const sourceIds = new Set(brief.sources.map((source) => source.id));

/** Every list of source ids in the brief, with where it stands. */
function citations(): { at: string; ids: string[] }[] {
  const out: { at: string; ids: string[] }[] = [];
  brief.indicators.forEach((indicator) => {
    out.push({ at: indicator.id, ids: indicator.sourceIds });
    if (indicator.headline) out.push({ at: `${indicator.id}.headline`, ids: indicator.headline.sourceIds });
    indicator.series?.points.forEach((point) =>
      out.push({ at: `${indicator.id}@${point.date}`, ids: point.sourceIds }),
    );
    indicator.context.forEach((item) =>
      out.push({ at: `${indicator.id} context ${item.date}`, ids: item.sourceIds }),
    );
  });
  brief.recommendations.forEach((recommendation) =>
    recommendation.actions.forEach((action) => {
      if (action.status) out.push({ at: `${action.id}.status`, ids: action.status.sourceIds });
    }),
  );
  brief.timeline?.events.forEach((event) => out.push({ at: event.id, ids: event.sourceIds }));
  brief.timeline?.scenarios.forEach((scenario) => {
    out.push({ at: `${scenario.id}.outcome`, ids: scenario.outcomeSourceIds ?? [] });
    scenario.events.forEach((event) => out.push({ at: event.id, ids: event.sourceIds }));
  });
  return out;
}

describe('the bundled brief us-mexico-2022', () => {
  it('validates against the schema and its references', () => {
    const result = validateBrief(structuredClone(brief));
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
    expect(checkReferences(brief)).to.deep.equal([]);
  });

  it('has the eight indicators and six recommendations the design names, in order', () => {
    expect(brief.indicators.map((indicator) => indicator.id)).to.deep.equal([
      'overdose-deaths',
      'security-cooperation',
      'border-encounters',
      'trade-tensions',
      'democratic-institutions',
      'human-rights',
      'cartel-territory',
      'foreign-policy',
    ]);
    expect(brief.recommendations.map((item) => item.id)).to.deep.equal([
      'rec-1',
      'rec-2',
      'rec-3',
      'rec-4',
      'rec-5',
      'rec-6',
    ]);
    expect(brief.recommendations.map((item) => item.number)).to.deep.equal([1, 2, 3, 4, 5, 6]);
  });

  it('cites only sources that exist, and every source is cited', () => {
    const cited = new Set<string>();
    for (const { at, ids } of citations()) {
      for (const id of ids) {
        expect(sourceIds.has(id), `${at} cites unknown source ${id}`).to.equal(true);
        cited.add(id);
      }
    }
    const uncited = [...sourceIds].filter((id) => !cited.has(id));
    expect(uncited, 'sources never cited').to.deep.equal([]);
  });

  it('ships no value without a source', () => {
    for (const indicator of brief.indicators) {
      if (indicator.headline) expect(indicator.headline.sourceIds, indicator.id).to.not.be.empty;
      for (const point of indicator.series?.points ?? []) {
        if (point.value !== null) expect(point.sourceIds, `${indicator.id} ${point.date}`).to.not.be.empty;
      }
      for (const item of indicator.context)
        expect(item.sourceIds, `${indicator.id} ${item.date}`).to.not.be.empty;
    }
    for (const event of brief.timeline?.events ?? []) expect(event.sourceIds, event.id).to.not.be.empty;
    for (const scenario of brief.timeline?.scenarios ?? []) {
      for (const event of scenario.events) expect(event.sourceIds, event.id).to.not.be.empty;
      if (scenario.outcome !== 'open') expect(scenario.outcomeSourceIds, scenario.id).to.not.be.empty;
    }
  });

  it('gives every source a title, publisher, web address and confidence', () => {
    for (const source of brief.sources) {
      expect(source.url, source.id).to.match(/^https?:\/\//);
      expect(['high', 'medium'], source.id).to.include(source.confidence);
      expect(source.title.trim(), source.id).to.not.equal('');
      expect(source.publisher.trim(), source.id).to.not.equal('');
    }
  });

  it('marks the July 12, 2022 meeting the brief asked to postpone as not adopted', () => {
    const rec6 = brief.recommendations.find((item) => item.id === 'rec-6')!;
    const status = rec6.actions.find((action) => action.status)?.status;
    expect(status?.state).to.equal('not-adopted');
    expect(status?.date).to.equal('2022-07-12');
  });

  it('branches Article 34.7’s two futures from the July 1, 2026 joint review, with the annual-review path realized', () => {
    const timeline = brief.timeline!;
    const review = timeline.events.find((event) => event.date === '2026-07-01')!;
    expect(timeline.scenarios).to.have.length(2);
    for (const scenario of timeline.scenarios) expect(scenario.branchFrom).to.equal(review.id);
    const realized = timeline.scenarios.filter((scenario) => scenario.outcome === 'realized');
    expect(realized).to.have.length(1);
    expect(realized[0]!.events.some((event) => event.date === '2036-07-01')).to.equal(true);
    const other = timeline.scenarios.find((scenario) => scenario !== realized[0])!;
    expect(other.events.some((event) => event.date.startsWith('2042'))).to.equal(true);
  });

  it('keeps timeline events in date order', () => {
    const dates = brief.timeline!.events.map((event) => event.date);
    expect(dates).to.deep.equal([...dates].sort());
  });
});
