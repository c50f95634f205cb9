import { expect } from '@open-wc/testing';
import { formatPath, validateBrief } from '../../src/data/index.js';
import type { Brief } from '../../src/data/index.js';
import '../helpers/console.js';
import { briefCopy, briefWith } from '../helpers/fixtures.js';

type Draft = Brief & Record<string, unknown>;

/** Broken briefs and the field path each must be reported at. */
const corpus: { name: string; change: (brief: Draft) => void; path: string; message?: RegExp }[] = [
  {
    name: 'missing title',
    change: (b) => delete (b as Partial<Brief>).title,
    path: 'title',
    message: /missing/,
  },
  { name: 'empty title', change: (b) => (b.title = ''), path: 'title', message: /empty/ },
  {
    name: 'impossible date',
    change: (b) => (b.published = '2022-02-30'),
    path: 'published',
    message: /calendar date/,
  },
  { name: 'date in another format', change: (b) => (b.published = '06/12/2022'), path: 'published' },
  { name: 'id with capitals', change: (b) => (b.id = 'US Mexico'), path: 'id', message: /id/ },
  {
    name: 'unknown direction',
    change: (b) => ((b.indicators[1] as { direction: string }).direction = 'sideways'),
    path: 'indicators[1].direction',
    message: /one of "worsening"/,
  },
  {
    name: 'a value that is text',
    change: (b) => ((b.indicators[0]!.series!.points[2] as { value: unknown }).value = '70,000'),
    path: 'indicators[0].series.points[2].value',
  },
  {
    name: 'a non-finite value',
    change: (b) => (b.indicators[0]!.series!.points[0]!.value = Number.POSITIVE_INFINITY),
    path: 'indicators[0].series.points[0].value',
    message: /finite/,
  },
  {
    name: 'a value with no source',
    change: (b) => (b.indicators[0]!.series!.points[0]!.sourceIds = []),
    path: 'indicators[0].series.points[0].sourceIds',
    message: /source/,
  },
  {
    name: 'a one-point series',
    change: (b) => (b.indicators[0]!.series!.points = b.indicators[0]!.series!.points.slice(0, 1)),
    path: 'indicators[0].series.points',
    message: /two points/,
  },
  {
    name: 'dates out of order',
    change: (b) => b.indicators[0]!.series!.points.reverse(),
    path: 'indicators[0].series.points[1].date',
    message: /in order/,
  },
  {
    name: 'timeline phases out of order',
    change: (b) => b.timeline!.phases!.reverse(),
    path: 'timeline.phases[1].start',
    message: /phases must run in order/,
  },
  {
    name: 'a record kept by someone unknown',
    change: (b) => (b.record = { asOf: '2026-12-01', by: 'somebody' as 'publisher' }),
    path: 'record.by',
    message: /publisher|public-sources/,
  },
  {
    name: 'two points on one date',
    change: (b) => (b.indicators[0]!.series!.points[1]!.date = b.indicators[0]!.series!.points[0]!.date),
    path: 'indicators[0].series.points[1].date',
    message: /in order/,
  },
  {
    name: 'a source id that does not exist',
    change: (b) => (b.indicators[2]!.sourceIds = ['no-such-source']),
    path: 'indicators[2].sourceIds[0]',
    message: /no source with id "no-such-source"/,
  },
  {
    name: 'a duplicate indicator id',
    change: (b) => (b.indicators[1]!.id = b.indicators[0]!.id),
    path: 'indicators[1].id',
    message: /duplicate/,
  },
  {
    name: 'a duplicate action id across recommendations',
    change: (b) => (b.recommendations[1]!.actions[0]!.id = b.recommendations[0]!.actions[0]!.id),
    path: 'recommendations[1].actions[0].id',
    message: /duplicate/,
  },
  {
    name: 'an action with no actor',
    change: (b) => (b.recommendations[0]!.actions[0]!.actors = []),
    path: 'recommendations[0].actions[0].actors',
    message: /actor/,
  },
  {
    name: 'an unknown actor',
    change: (b) => (b.recommendations[0]!.actions[0]!.actors = ['nobody']),
    path: 'recommendations[0].actions[0].actors[0]',
    message: /no actor/,
  },
  {
    name: 'an unknown status',
    change: (b) => {
      const status = { state: 'maybe', date: '2022-07-12', sourceIds: [b.sources[0]!.id] };
      b.recommendations[0]!.actions[0]!.status = status as never;
    },
    path: 'recommendations[0].actions[0].status.state',
  },
  {
    name: 'a scenario branching from a missing event',
    change: (b) => (b.timeline!.scenarios[0]!.branchFrom = 'no-such-event'),
    path: 'timeline.scenarios[0].branchFrom',
    message: /no event/,
  },
  {
    name: 'an unknown timeline category',
    change: (b) => (b.timeline!.events[0]!.category = 'weather'),
    path: 'timeline.events[0].category',
  },
  {
    name: 'a 10,000-character string',
    change: (b) => (b.summary = 'x'.repeat(10000)),
    path: 'summary',
    message: /at most 5000/,
  },
  {
    name: 'indicators that are not a list',
    change: (b) => ((b as Record<string, unknown>).indicators = { a: 1 }),
    path: 'indicators',
  },
];

describe('validateBrief', () => {
  it('accepts the bundled brief', () => {
    const result = validateBrief(briefCopy());
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
  });

  for (const { name, change, path, message } of corpus) {
    it(`rejects ${name}, naming ${path}`, () => {
      const result = validateBrief(briefWith(change));
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      const problem = result.problems.find((item) => item.path === path);
      expect(problem, `problems: ${JSON.stringify(result.problems)}`).to.not.equal(undefined);
      if (message) expect(problem!.message).to.match(message);
    });
  }

  /** The one problem a change to the bundled brief gives, as `path: message`. */
  const only = (change: (brief: Draft) => void): string[] => {
    const result = validateBrief(briefWith(change));
    return result.ok ? [] : result.problems.map((problem) => `${problem.path}: ${problem.message}`);
  };

  it('rejects a misspelled field with its path and the field it is a slip for', () => {
    expect(
      only((b) => {
        const indicator = b.indicators[0] as unknown as Record<string, unknown>;
        indicator['notes'] = indicator['note'];
        delete indicator['note'];
      }),
    ).to.deep.equal(['indicators[0].notes: unknown field "notes"; did you mean "note"?']);
    expect(
      only((b) => {
        const action = b.recommendations[1]!.actions[0] as unknown as Record<string, unknown>;
        action['Text'] = action['text'];
        delete action['text'];
      }),
    ).to.deep.equal([
      'recommendations[1].actions[0].text: is missing',
      'recommendations[1].actions[0].Text: unknown field "Text"; did you mean "text"?',
    ]);
    expect(
      only((b) => {
        (b.sources[2] as unknown as Record<string, unknown>)['confidnece'] = 'high';
      }),
    ).to.deep.equal(['sources[2].confidnece: unknown field "confidnece"; did you mean "confidence"?']);
  });

  it('rejects an unknown field that is no near miss without a guess', () => {
    expect(
      only((b) => {
        b['colour'] = 'blue';
      }),
    ).to.deep.equal(['colour: unknown field "colour"']);
  });

  it('accepts a "$schema" line, as a JSON file carries', () => {
    const result = validateBrief(
      briefWith((b) => {
        b['$schema'] = 'https://unpkg.com/briefing-widgets/dist/brief.schema.json';
      }),
    );
    expect(result.ok).to.equal(true);
  });

  it('accepts only full http(s) addresses', () => {
    const message = 'must be a full http(s) address, e.g. "https://example.org/report"';
    expect(only((b) => (b.sources[0]!.url = 'javascript:alert(1)'))).to.deep.equal([
      `sources[0].url: ${message} (got "javascript:alert(1)")`,
    ]);
    expect(only((b) => (b.url = '/briefs/mexico.html'))).to.deep.equal([
      `url: ${message} (got "/briefs/mexico.html")`,
    ]);
    expect(only((b) => (b.sources[0]!.url = 'http://example.org/a'))).to.deep.equal([]);
  });

  it('rejects values that are not a brief at all, without throwing', () => {
    for (const input of [null, undefined, 42, 'brief', [], () => 1]) {
      const result = validateBrief(input);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.problems[0]!.path).to.equal('(brief)');
    }
  });

  it('caps the number of problems it reports', () => {
    // Both passes stop at 20 (validate.ts): 120 wrong confidences in the schema pass…
    const shapes = validateBrief(
      briefWith((draft) => {
        for (const source of draft.sources) (source as { confidence: string }).confidence = 'none';
      }),
    );
    expect(shapes.ok).to.equal(false);
    if (!shapes.ok) expect(shapes.problems).to.have.length(20);
    // …and, with no sources at all, every citation of the brief in the references pass.
    const references = validateBrief(
      briefWith((draft) => {
        draft.sources = [];
      }),
    );
    expect(references.ok).to.equal(false);
    if (!references.ok) {
      expect(references.problems).to.have.length(20);
      expect(references.problems[0]!.message).to.contain('no source with id');
    }
  });

  it('formats paths with dots and brackets', () => {
    expect(formatPath(['indicators', 2, 'series', 'points', 0, 'value'])).to.equal(
      'indicators[2].series.points[0].value',
    );
  });
});
