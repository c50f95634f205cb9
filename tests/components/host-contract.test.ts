/**
 * The host contract (tests/helpers/host-contract.ts), run for every widget. A new widget
 * adds its spec here. Expected strings are the widgets' own words and the bundled brief's
 * (`src/data/briefs/us-mexico-2022.ts`), copied by hand.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { hostContract } from '../helpers/host-contract.js';
import '../helpers/console.js';
import { textOf } from '../helpers/fixtures.js';

function shadow(element: HTMLElement): ShadowRoot {
  return element.shadowRoot!;
}

function shown(element: Element | null): boolean {
  return element !== null && getComputedStyle(element).display !== 'none';
}

hostContract({
  tag: 'brief-indicator-card',
  attributes: { indicator: 'overdose-deaths' },
  defaultText: 'Forum for American Leadership',
  english: 'Brief, June 2022:',
  spanish: 'Informe, junio de 2022:',
  print: {
    shows: 'the card’s figure, the record since and its source lines with their URLs, not what stays folded',
    check(element) {
      const root = shadow(element);
      expect(shown(root.querySelector('[part~="headline"]'))).to.equal(true);
      expect(textOf(root.querySelector('[part~="trend"]')!)).to.equal(
        'Since then: down 26% from the 2022 peak',
      );
      const urls = root.querySelector('.source-line__urls');
      expect(shown(urls)).to.equal(true);
      expect(textOf(urls!)).to.match(/^https?:\/\//);
      expect(shown(root.querySelector('[part~="sources"]'))).to.equal(false);
      expect([...root.querySelectorAll('button')].some(shown)).to.equal(false);
    },
  },
});

hostContract({
  tag: 'brief-indicator-grid',
  defaultText: 'Forum for American Leadership',
  english: 'indicators worsening',
  spanish: 'indicadores',
  print: {
    shows: 'its summary and all eight cards, each with the brief’s assessment and no controls',
    check(element) {
      expect(shown(shadow(element).querySelector('[part~="summary"]'))).to.equal(true);
      const cards = [...shadow(element).querySelectorAll('brief-indicator-card')];
      expect(cards).to.have.length(8);
      for (const card of cards) {
        expect(textOf(shadow(card).querySelector('[part~="direction"]')!)).to.equal(
          'Brief, June 2022: worsening',
        );
        expect([...shadow(card).querySelectorAll('button')].some(shown)).to.equal(false);
      }
    },
  },
});

hostContract({
  tag: 'brief-recommendation-checklist',
  defaultText: 'Forum for American Leadership',
  english: 'What the brief recommends',
  spanish: 'Lo que recomienda el informe',
  print: {
    shows:
      'all 16 actions, folded on screen, each with the reader’s tick as ☐ (a printed box comes out empty), without the buttons and filters',
    async before(element) {
      await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(shadow(element).querySelectorAll('[part~="action"]'), 'folded on screen').to.have.length(0);
    },
    check(element) {
      const root = shadow(element);
      const actions = [...root.querySelectorAll('[part~="action"]')].filter(shown);
      expect(actions).to.have.length(16);
      const marks = [...root.querySelectorAll('.action__mark')].filter(shown).map((mark) => textOf(mark));
      expect(marks.join('')).to.equal('☐☐☐☐☐☐☐☐☐☐☐☐☐☐☐☐');
      expect(shown(root.querySelector('input[type="checkbox"]')), 'no empty box on paper').to.equal(false);
      expect(shown(root.querySelector('[part~="tools"]'))).to.equal(false);
      expect(shown(root.querySelector('[part~="filters"]'))).to.equal(false);
    },
  },
});

hostContract({
  tag: 'brief-timeline',
  attributes: { now: '2026-12-01' },
  defaultText: 'USMCA: from NAFTA to the 2026 joint review',
  english: 'Categories',
  spanish: 'Categorías',
  print: {
    shows: 'its five phase headings and one line for each of the 37 milestones, without the controls',
    check(element) {
      const root = shadow(element);
      expect(root.querySelector('[part~="plot"]') === null, 'no axis on paper').to.equal(true);
      expect(root.querySelector('[part~="overview"]') === null, 'no overview strip on paper').to.equal(true);
      expect(root.querySelectorAll('[part~="phase"]')).to.have.length(5);
      const lines = [...root.querySelectorAll('.print-row')].filter(
        (row) => !row.matches('.print-row--today'),
      );
      expect(lines.filter(shown)).to.have.length(37);
      expect(textOf(lines[0]!)).to.equal('Jan 1, 1994 NAFTA enters into force');
      for (const name of ['toolbar', 'filter', 'switch', 'calendar']) {
        expect(root.querySelector(`[part~="${name}"]`) === null, `no ${name} on paper`).to.equal(true);
      }
      expect(root.querySelectorAll('button')).to.have.length(0);
    },
  },
});
