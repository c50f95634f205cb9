import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { BriefSchema, formatPath, usMexico2022, validateBrief } from '../../src/data/index.js';
import type { Brief, BriefValidation } from '../../src/data/index.js';
import { validateBriefInSlices } from '../../src/data/validate.js';
import '../helpers/console.js';
import { briefWithActions, briefWithIndicators, briefWithMilestones } from '../helpers/large-briefs.js';

/*
 * Validating a brief of thousands of items in slices: the same result as one pass, the
 * main thread given back between slices (counted here with a budget of 0 ms: a pause
 * after every item), at once for a brief of ordinary size.
 */

/** Validates in slices, pausing after every step; resolves with the result and how many pauses there were. */
async function sliced(input: unknown): Promise<{ result: BriefValidation; pauses: number }> {
  let pauses = 0;
  const pause = () => {
    pauses += 1;
    return Promise.resolve();
  };
  const result = await validateBriefInSlices(input, { budget: 0, pause });
  return { result, pauses };
}

/** The paths of the shape problems one pass of the schema over the whole brief finds, in its order. */
function onePass(input: Brief): string[] {
  const result = v.safeParse(BriefSchema, input);
  if (result.success) return [];
  return result.issues.map((issue) =>
    formatPath(
      (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key))),
    ),
  );
}

function broken(change: (brief: Brief & Record<string, unknown>) => void, brief: Brief): Brief {
  change(brief);
  return brief;
}

describe('validateBriefInSlices', () => {
  it('validates a brief of ordinary size at once, with validateBrief’s result', () => {
    const result = validateBriefInSlices(structuredClone(usMexico2022));
    expect(result instanceof Promise).to.equal(false);
    expect(result).to.deep.equal(validateBrief(structuredClone(usMexico2022)));
  });

  it('gives the main thread back between the items of 10,000 milestones, with the same brief in the end', async () => {
    const input = briefWithMilestones(10000);
    const pending = validateBriefInSlices(input, { budget: 0, pause: () => Promise.resolve() });
    expect(pending instanceof Promise).to.equal(true);
    const { result, pauses } = await sliced(input);
    // A pause between any two of the lists' items at the least: 10,000 milestones, 215 sources…
    expect(pauses).to.be.greaterThan(10000);
    expect(result).to.deep.equal(validateBrief(input));
    expect(result.ok).to.equal(true);
  });

  it('takes one recommendation of 5,000 actions action by action', async () => {
    const input = briefWithActions(5000);
    const { result, pauses } = await sliced(input);
    expect(pauses).to.be.greaterThan(5000);
    expect(result).to.deep.equal(validateBrief(input));
  });

  it('reports what one pass reports, in its order, for briefs of thousands with problems', async () => {
    const cases: Brief[] = [
      broken((b) => {
        delete (b as Partial<Brief>).title;
        (b.indicators[5000] as { direction: string }).direction = 'sideways';
        b.sources[3]!.url = '';
      }, briefWithIndicators(10000)),
      broken((b) => {
        b.recommendations[0]!.actions[2999]!.actors = [];
        b.recommendations[0]!.actions[3]!.id = 'Bad Id';
        b.version = '';
      }, briefWithActions(3000)),
      broken((b) => {
        b.timeline!.events[9000]!.category = 'nothing-of-the-sort';
        b.timeline!.events[12]!.date = '2022-02-30';
        b.timeline!.scenarios[0]!.title = '';
      }, briefWithMilestones(10000)),
      // Past the schema's 10,000 events on the main line.
      briefWithMilestones(10100),
      // A reference problem only: an unknown source.
      broken((b) => {
        b.indicators[9999]!.sourceIds = ['no-such-source'];
      }, briefWithIndicators(10000)),
    ];
    const problems: string[][] = [];
    for (const input of cases) {
      const { result } = await sliced(input);
      expect(result).to.deep.equal(validateBrief(input));
      const paths = result.ok ? [] : result.problems.map((problem) => problem.path);
      const shape = onePass(input);
      if (shape.length > 0) expect(paths, 'as one pass of the schema').to.deep.equal(shape);
      problems.push(paths);
    }
    expect(problems).to.deep.equal([
      ['title', 'indicators[5000].direction', 'sources[3].url'],
      ['version', 'recommendations[0].actions[3].id', 'recommendations[0].actions[2999].actors'],
      ['timeline.events[12].date', 'timeline.scenarios[0].title'],
      ['timeline.events'],
      ['indicators[9999].sourceIds[0]'],
    ]);
  });

  it('stops when its signal is aborted', async () => {
    const abort = new AbortController();
    const pending = validateBriefInSlices(briefWithMilestones(10000), {
      budget: 0,
      pause: () => Promise.resolve(),
      signal: abort.signal,
    });
    abort.abort(new Error('left the page'));
    let reason: unknown;
    try {
      await pending;
    } catch (error) {
      reason = error;
    }
    expect((reason as Error | undefined)?.message).to.equal('left the page');
  });
});
