/** The checklist's pure helpers for the record and its words, without a DOM. */
import { expect } from '@open-wc/testing';
import { countStatuses } from '../../src/components/brief-recommendation-checklist/brief-recommendation-checklist.model.js';
import { toggled } from '../../src/components/brief-recommendation-checklist/brief-recommendation-checklist.state.js';
import { around } from '../../src/components/brief-recommendation-checklist/brief-recommendation-checklist.text.js';
import type { Action } from '../../src/data/index.js';
import '../helpers/console.js';

function action(id: string, state?: NonNullable<Action['status']>['state']): Action {
  return {
    id,
    text: id,
    actors: ['congress'],
    ...(state ? { status: { state, date: '2024-01-01', sourceIds: ['s'] } } : {}),
  };
}

describe('brief-recommendation-checklist text and counts', () => {
  it('counts statuses in the fixed order adopted, in progress, proposed, not adopted, no record, leaving out empty states', () => {
    const actions = [
      action('a', 'not-adopted'),
      action('b'),
      action('c', 'proposed'),
      action('d', 'adopted'),
      action('e', 'in-progress'),
      action('f', 'adopted'),
      action('g'),
    ];
    expect(countStatuses(actions)).to.deep.equal([
      { key: 'adopted', count: 2 },
      { key: 'in-progress', count: 1 },
      { key: 'proposed', count: 1 },
      { key: 'not-adopted', count: 1 },
      { key: 'none', count: 2 },
    ]);
    expect(countStatuses([action('a'), action('b', 'in-progress')])).to.deep.equal([
      { key: 'in-progress', count: 1 },
      { key: 'none', count: 1 },
    ]);
    expect(countStatuses([])).to.deep.equal([]);
  });

  it('splits a string around one placeholder, to put markup in its place', () => {
    expect(around('Addressed to {names}', 'names')).to.deep.equal(['Addressed to ', '']);
    expect(around('{state} · {date}', 'state')).to.deep.equal(['', ' · {date}']);
    expect(around('no placeholder', 'names')).to.deep.equal(['no placeholder', '']);
  });

  it('toggles an id in a copy of a set, leaving the set alone', () => {
    const set = new Set(['a']);
    expect([...toggled(set, 'b')]).to.deep.equal(['a', 'b']);
    expect([...toggled(set, 'a')]).to.deep.equal([]);
    expect([...set]).to.deep.equal(['a']);
  });
});
