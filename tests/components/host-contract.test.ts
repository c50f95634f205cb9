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
  english: 'According to the brief:',
  spanish: 'Según el informe:',
  print: {
    shows: 'the card’s table of all 10 points and its sources with their URLs',
    check(element) {
      const root = shadow(element);
      expect(root.querySelectorAll('[part~="table"] tbody tr')).to.have.length(10);
      expect(shown(root.querySelector('[part~="table"]'))).to.equal(true);
      const url = root.querySelector('.source__url');
      expect(shown(url)).to.equal(true);
      expect(textOf(url!)).to.match(/^https:\/\//);
    },
  },
});

hostContract({
  tag: 'brief-indicator-grid',
  defaultText: 'Forum for American Leadership',
  english: 'indicators worsening',
  spanish: 'indicadores',
  print: {
    shows: 'every card with its list of sources',
    check(element) {
      const cards = [...shadow(element).querySelectorAll('brief-indicator-card')];
      expect(cards).to.have.length(8);
      for (const card of cards) expect(shown(shadow(card).querySelector('.source-list'))).to.equal(true);
    },
  },
});

hostContract({
  tag: 'brief-recommendation-checklist',
  defaultText: 'Forum for American Leadership',
  english: 'What the brief recommends',
  spanish: 'Lo que recomienda el informe',
  print: {
    shows: 'all 16 actions even where the reader folded them, without the buttons',
    async before(element) {
      const collapse = [...shadow(element).querySelectorAll('button')].find(
        (button) => textOf(button) === 'Collapse all',
      )!;
      collapse.click();
      await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(shadow(element).querySelectorAll('[part~="action"]')).to.have.length(0);
    },
    check(element) {
      const root = shadow(element);
      const actions = [...root.querySelectorAll('[part~="action"]')].filter(shown);
      expect(actions).to.have.length(16);
      expect(shown(root.querySelector('[part~="tools"]'))).to.equal(false);
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
