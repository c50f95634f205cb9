import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/brief-indicator-card/brief-indicator-card.js';
import '../../src/components/brief-indicator-grid/brief-indicator-grid.js';
import '../../src/components/brief-recommendation-checklist/brief-recommendation-checklist.js';
import '../../src/components/brief-timeline/brief-timeline.js';
import { starterBrief } from '../../src/cli/starter.js';
import { validateBrief } from '../../src/data/index.js';
import type { BriefElement } from '../../src/internal/brief-element.js';
import { textOf } from '../helpers/fixtures.js';

/** The starter brief `npx briefing-widgets new` writes, as each widget shows it. */
describe('the starter brief', () => {
  it('is valid', () => {
    const result = validateBrief(starterBrief());
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
  });

  const cases: [string, ReturnType<typeof html>, string][] = [
    [
      'brief-indicator-card',
      html`<brief-indicator-card
        indicator="example-indicator"
        .brief=${starterBrief()}
      ></brief-indicator-card>`,
      'Example indicator: replace with a short title',
    ],
    [
      'brief-indicator-grid',
      html`<brief-indicator-grid .brief=${starterBrief()}></brief-indicator-grid>`,
      'Example indicator: replace with a short title',
    ],
    [
      'brief-recommendation-checklist',
      html`<brief-recommendation-checklist .brief=${starterBrief()}></brief-recommendation-checklist>`,
      'Replace with the recommendation, in the brief’s words',
    ],
    [
      'brief-timeline',
      html`<brief-timeline now="2026-03-01" .brief=${starterBrief()}></brief-timeline>`,
      'Replace with the timeline’s title',
    ],
  ];
  for (const [tag, template, expected] of cases) {
    it(`renders in <${tag}> with no error panel`, async () => {
      const el = await fixture<BriefElement>(template);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'an error panel').to.equal(true);
      // A grid's cards are elements of their own inside it.
      const card = el.shadowRoot!.querySelector<BriefElement>('brief-indicator-card');
      if (card) await card.updateComplete;
      expect(textOf(card ?? el)).to.contain(expected);
    });
  }
});
