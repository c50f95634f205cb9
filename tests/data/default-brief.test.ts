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

/** A reader-visible string of the bundled brief, with where it stands. */
interface ReaderText {
  at: string;
  text: string;
  /** `note`: a note (≤ 60 words); `status`: a status note (≤ 40 words); `text`: any other copy. */
  kind: 'note' | 'status' | 'text';
}

/**
 * Every string of the brief a reader sees, except the brief's own words (claims,
 * recommendation titles, action texts, headline labels), which quote it.
 */
function readerTexts(): ReaderText[] {
  const out: ReaderText[] = [];
  const add = (at: string, text: string | undefined, kind: ReaderText['kind'] = 'text') => {
    if (text !== undefined) out.push({ at, text, kind });
  };
  add('summary', brief.summary);
  add('record.note', brief.record?.note, 'note');
  brief.indicators.forEach((indicator, i) => {
    const at = `indicators[${String(i)}]`;
    add(`${at}.note`, indicator.note, 'note');
    add(`${at}.headline.description`, indicator.headline?.description);
    indicator.context.forEach((item, c) => add(`${at}.context[${String(c)}].text`, item.text));
    add(`${at}.series.label`, indicator.series?.label);
    indicator.series?.points.forEach((point, p) =>
      add(`${at}.series.points[${String(p)}].note`, point.note, 'note'),
    );
  });
  brief.recommendations.forEach((recommendation, r) => {
    const at = `recommendations[${String(r)}]`;
    add(`${at}.summary`, recommendation.summary);
    recommendation.actions.forEach((action, a) =>
      add(`${at}.actions[${String(a)}].status.note`, action.status?.note, 'status'),
    );
  });
  const timeline = brief.timeline;
  timeline?.phases?.forEach((phase, p) => {
    add(`timeline.phases[${String(p)}].title`, phase.title);
    add(`timeline.phases[${String(p)}].summary`, phase.summary);
  });
  timeline?.events.forEach((event, e) => {
    add(`timeline.events[${String(e)}].title`, event.title);
    add(`timeline.events[${String(e)}].description`, event.description);
  });
  timeline?.scenarios.forEach((scenario, s) => {
    const at = `timeline.scenarios[${String(s)}]`;
    add(`${at}.title`, scenario.title);
    add(`${at}.condition`, scenario.condition);
    add(`${at}.outcomeNote`, scenario.outcomeNote, 'note');
    scenario.events.forEach((event, e) => {
      add(`${at}.events[${String(e)}].title`, event.title);
      add(`${at}.events[${String(e)}].description`, event.description);
    });
  });
  brief.sources.forEach((source, s) => add(`sources[${String(s)}].note`, source.note, 'note'));
  return out;
}

/**
 * Research-log words and confidence prose that must never reach a reader (DESIGN.md,
 * "Reader copy, not a research log"). Single words match whole words only, so "foreign
 * agents" (Mexico's 2020 law) is reader copy while "agent" (a research agent) is not.
 */
const BANNED: [string, RegExp][] = [
  ['not found', /\bnot found\b/i],
  ['not verified', /\bnot verified\b/i],
  ['unverified', /\bunverified\b/i],
  ['verified / verify', /\bverif(?:y|ied|ication)\b/i],
  ['was not seen', /\bwas not seen\b/i],
  ['not seen', /\bnot seen\b/i],
  ['corpora', /\bcorpora\b/i],
  ['corpus', /\bcorpus\b/i],
  ['we', /\bwe\b/i],
  ['our research', /\bour research\b/i],
  ['searched', /\bsearched\b/i],
  ['secondary summary', /\bsecondary summary\b/i],
  ['the file', /\bthe file\b/i],
  ['agent', /\bagent\b/i],
  ['TODO', /\btodo\b/i],
  ['best matches', /\bbest match(?:es)?\b/i],
  ['which release FAL used', /\bwhich release\b/i],
  ['medium confidence', /\bmedium[- ]confidence\b/i],
  ['high confidence', /\bhigh[- ]confidence\b/i],
  ['low-quality source', /\blow[- ]quality\b/i],
];

const words = (text: string) => text.trim().split(/\s+/).length;

const actions = () => brief.recommendations.flatMap((recommendation) => recommendation.actions);

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

  it('bumps its version for the changed content (the checklist keys saved ticks by id and version)', () => {
    expect(brief.version).to.equal('1.1.0');
  });
});

describe('the bundled brief’s reader copy', () => {
  it('walks every reader-visible field', () => {
    // 8 indicator notes, 16 status notes, the record note and the brief summary at least.
    const texts = readerTexts();
    expect(texts.filter((item) => item.kind === 'status')).to.have.length(16);
    expect(texts.filter((item) => /^indicators\[\d\]\.note$/.test(item.at))).to.have.length(8);
    expect(texts.some((item) => item.at === 'record.note')).to.equal(true);
    expect(texts.some((item) => item.at === 'summary')).to.equal(true);
  });

  it('has no research-process words and no confidence in prose', () => {
    const offenders = readerTexts().flatMap(({ at, text }) =>
      BANNED.filter(([, pattern]) => pattern.test(text)).map(([label]) => `${at}: "${label}"`),
    );
    expect(offenders, `reader copy with research-log words:\n${offenders.join('\n')}`).to.deep.equal([]);
  });

  it('keeps every note to 60 words and every status note to 40', () => {
    const long = readerTexts()
      .filter(
        ({ kind, text }) => (kind === 'note' && words(text) > 60) || (kind === 'status' && words(text) > 40),
      )
      .map(({ at, text }) => `${at} (${String(words(text))} words)`);
    expect(long, `notes too long:\n${long.join('\n')}`).to.deep.equal([]);
  });
});

describe('the bundled brief’s record since June 2022', () => {
  it('is compiled from public sources as of December 1, 2026', () => {
    expect(brief.record?.asOf).to.equal('2026-12-01');
    expect(brief.record?.by).to.equal('public-sources');
    expect(brief.record?.note?.trim()).to.not.equal('');
  });

  it('gives a status to all 16 actions', () => {
    expect(actions()).to.have.length(16);
    expect(actions().filter((action) => action.status)).to.have.length(16);
  });

  it('dates and sources every status, within the brief’s life and the record', () => {
    for (const action of actions()) {
      const status = action.status;
      if (!status) continue;
      expect(status.date, action.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(status.date >= brief.published, `${action.id} dated before the brief`).to.equal(true);
      expect(status.date <= brief.record!.asOf, `${action.id} dated after the record`).to.equal(true);
      expect(status.sourceIds, action.id).to.not.be.empty;
      for (const id of status.sourceIds) expect(sourceIds.has(id), `${action.id} cites ${id}`).to.equal(true);
      expect(status.note?.trim(), action.id).to.not.equal('');
    }
  });

  it('records what happened to six actions, with state and date', () => {
    const status = (id: string) => {
      const found = actions().find((action) => action.id === id)?.status;
      return found && { state: found.state, date: found.date };
    };
    // The July 12, 2022 White House meeting the brief asked to postpone went ahead.
    expect(status('rec-6-a')).to.deep.equal({ state: 'not-adopted', date: '2022-07-12' });
    // Remain in Mexico ordered resumed (January 20, 2025); wall funded by the law of July 4, 2025.
    expect(status('rec-1-a')).to.deep.equal({ state: 'adopted', date: '2025-07-04' });
    // Ukraine aid tied to border changes (December 2023), then passed without them on April 20, 2024.
    expect(status('rec-1-b')).to.deep.equal({ state: 'in-progress', date: '2024-04-20' });
    // Congress signalled the review would be hard; on July 1, 2026 the U.S. declined to renew unchanged.
    expect(status('rec-2-b')).to.deep.equal({ state: 'adopted', date: '2026-07-01' });
    // A House aid condition on fentanyl, not on democratic backsliding (September 28, 2023).
    expect(status('rec-3-b')).to.deep.equal({ state: 'proposed', date: '2023-09-28' });
    // Mexico transferred 37 cartel figures to the U.S. on January 20, 2026.
    expect(status('rec-4-c')).to.deep.equal({ state: 'in-progress', date: '2026-01-20' });
  });
});

describe('the bundled brief’s series', () => {
  const indicator = (id: string) => brief.indicators.find((item) => item.id === id)!;

  it('measures the headline’s unit, unless the series says it is related', () => {
    for (const { id, headline, series } of brief.indicators) {
      if (!headline || !series || series.related) continue;
      expect(series.unit, id).to.equal(headline.unit);
    }
    expect(indicator('cartel-territory').series!.related).to.equal(true);
  });

  it('counts all CBP Southwest border encounters per fiscal year, FY2014 to FY2025, with FY2018 a gap', () => {
    const series = indicator('border-encounters').series!;
    expect(series.unit).to.equal('encounters');
    expect(series.frequency).to.equal('fiscal-year');
    expect(series.related ?? false).to.equal(false);
    const points = series.points;
    expect(points).to.have.length(12);
    expect({ date: points[0]!.date, value: points[0]!.value }).to.deep.equal({
      date: '2014-09-30',
      value: 569972,
    });
    expect({ date: points.at(-1)!.date, value: points.at(-1)!.value }).to.deep.equal({
      date: '2025-09-30',
      value: 443671,
    });
    expect(points.find((point) => point.date === '2018-09-30')!.value).to.equal(null);
  });

  it('plots INEGI’s definitive 2024 homicide count beside the 35 percent headline', () => {
    const points = indicator('cartel-territory').series!.points;
    expect(points.at(-1)).to.include({ date: '2024-12-31', value: 33550 });
    expect(points.find((point) => point.date === '2016-12-31')!.value).to.equal(null);
    expect(points.find((point) => point.date === '2017-12-31')!.value).to.equal(null);
  });
});
