import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/brief-indicator-grid/brief-indicator-grid.js';
import type { BriefIndicatorGrid } from '../../src/components/brief-indicator-grid/brief-indicator-grid.js';
import { usMexico2022 } from '../../src/data/index.js';
import { expectConsole } from '../helpers/console.js';
import { briefWith, nextEvent, textOf } from '../helpers/fixtures.js';

async function cardsOf(grid: BriefIndicatorGrid) {
  const cards = [...grid.shadowRoot!.querySelectorAll('brief-indicator-card')];
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards;
}

const summary = (grid: BriefIndicatorGrid) => textOf(grid.shadowRoot!.querySelector('[part~="summary"]')!);

describe('<brief-indicator-grid>', () => {
  describe('rendering', () => {
    it('shows every indicator of the brief, in the brief’s order, as cards', async () => {
      const el = await fixture<BriefIndicatorGrid>(html`<brief-indicator-grid></brief-indicator-grid>`);
      const cards = await cardsOf(el);
      expect(cards.map((card) => card.indicator)).to.deep.equal(
        usMexico2022.indicators.map((item) => item.id),
      );
      const titles = cards.map((card) => textOf(card.shadowRoot!.querySelector('[part~="title"]')!));
      expect(titles).to.deep.equal(usMexico2022.indicators.map((item) => item.title));
    });

    it('derives its summary from the data', async () => {
      const el = await fixture<BriefIndicatorGrid>(
        html`<brief-indicator-grid lang="en"></brief-indicator-grid>`,
      );
      // The brief rates all eight of its indicators as worsening. Since then, of the five
      // with a series: overdose deaths, border encounters, journalists killed and homicides
      // are lower than at the brief; the count of labor cases is higher.
      expect(summary(el)).to.equal(
        'Brief, June 2022: 8 of 8 indicators worsening (according to Forum for American Leadership) ' +
          'Since then: 4 lower than at the brief, 1 higher (of 5 measured series)',
      );
    });

    it('counts other directions when the data has them, in Spanish too', async () => {
      const brief = briefWith((draft) => {
        draft.indicators[0]!.direction = 'improving';
        draft.indicators[1]!.direction = 'steady';
      });
      const el = await fixture<BriefIndicatorGrid>(
        html`<brief-indicator-grid .brief=${brief}></brief-indicator-grid>`,
      );
      expect(summary(el)).to.contain('6 of 8 indicators worsening; 1 improving; 1 steady');
      const es = await fixture<BriefIndicatorGrid>(
        html`<brief-indicator-grid lang="es" .brief=${brief}></brief-indicator-grid>`,
      );
      expect(summary(es)).to.contain(
        'Informe, junio de 2022: empeoran 6 de 8 indicadores; 1 mejora; 1 estable',
      );
    });

    it('shows only the indicators named in indicators="…", in that order', async () => {
      const el = await fixture<BriefIndicatorGrid>(
        html`<brief-indicator-grid indicators="trade-tensions, overdose-deaths"></brief-indicator-grid>`,
      );
      const cards = await cardsOf(el);
      expect(cards.map((card) => card.indicator)).to.deep.equal(['trade-tensions', 'overdose-deaths']);
      expect(summary(el)).to.contain('2 of 2 indicators worsening');
      // Of those two, overdose deaths are lower than at the brief and labor cases higher.
      expect(summary(el)).to.contain(
        'Since then: 1 lower than at the brief, 1 higher (of 2 measured series)',
      );
    });

    it('hands the brief it is given to its cards', async () => {
      const brief = briefWith((draft) => {
        draft.indicators[1]!.title = 'Cooperation, as this brief tells it';
      });
      const el = await fixture<BriefIndicatorGrid>(
        html`<brief-indicator-grid .brief=${brief}></brief-indicator-grid>`,
      );
      const cards = await cardsOf(el);
      expect(textOf(cards[1]!.shadowRoot!.querySelector('[part~="title"]')!)).to.equal(
        'Cooperation, as this brief tells it',
      );
    });

    it('gives its cards’ headings the level it is given, so they fit the page outline', async () => {
      const el = await fixture<BriefIndicatorGrid>(
        html`<brief-indicator-grid heading-level="4"></brief-indicator-grid>`,
      );
      const levels = (await cardsOf(el)).map((card) =>
        card.shadowRoot!.querySelector('[part~="title"]')!.getAttribute('aria-level'),
      );
      expect(levels).to.deep.equal(['4', '4', '4', '4', '4', '4', '4', '4']);
    });

    it('fits a 650 px article column: two columns of equal-height rows, every card drawn', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 650px"><brief-indicator-grid></brief-indicator-grid></div>`,
      );
      const el = wrapper.querySelector('brief-indicator-grid')!;
      await el.updateComplete;
      const cards = await cardsOf(el);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const boxes = cards.map((card) => card.getBoundingClientRect());
      const lefts = [...new Set(boxes.map((box) => Math.round(box.left)))];
      expect(lefts).to.have.length(2);
      // Eight cards in four rows of two, each row as tall as its tallest card.
      const rows = [...new Set(boxes.map((box) => Math.round(box.top)))];
      expect(rows).to.have.length(4);
      const heights = new Set(boxes.map((box) => Math.round(box.height)));
      expect(heights.size).to.equal(1);
      expect(el.getBoundingClientRect().height).to.be.at.most(2000);
      // Drawn now, not when scrolled to: no content-visibility on a brief's few cards.
      for (const card of cards) {
        expect(getComputedStyle(card.parentElement!).contentVisibility).not.to.equal('auto');
      }
    });

    it('reflows with its own width: one column at 320 px, several at 1200 px', async () => {
      const narrow = await fixture(
        html`<div style="width: 320px"><brief-indicator-grid></brief-indicator-grid></div>`,
      );
      const wide = await fixture(
        html`<div style="width: 1200px"><brief-indicator-grid></brief-indicator-grid></div>`,
      );
      const columns = async (wrapper: Element) => {
        const grid = wrapper.querySelector('brief-indicator-grid')!;
        await grid.updateComplete;
        await cardsOf(grid);
        const list = grid.shadowRoot!.querySelector('[part~="grid"]')!;
        return getComputedStyle(list).gridTemplateColumns.split(' ').length;
      };
      expect(await columns(narrow)).to.equal(1);
      expect(await columns(wide)).to.be.greaterThan(2);
    });

    it('keeps reading and tab order: the cards’ charts take focus in the brief’s order', async () => {
      const el = await fixture<BriefIndicatorGrid>(html`<brief-indicator-grid></brief-indicator-grid>`);
      const cards = await cardsOf(el);
      const tops = cards.map((card) => card.getBoundingClientRect());
      for (let i = 1; i < tops.length; i += 1) {
        const before = tops[i - 1]!;
        const after = tops[i]!;
        expect(after.top > before.top || (after.top === before.top && after.left > before.left)).to.equal(
          true,
        );
      }
      // Tab through the grid as a keyboard reader does, noting each chart that takes focus.
      (document.activeElement as HTMLElement | null)?.blur();
      const charts: string[] = [];
      let entered = false;
      for (let i = 0; i < 120; i += 1) {
        await sendKeys({ press: 'Tab' });
        if (document.activeElement !== el) {
          if (entered) break;
          continue;
        }
        entered = true;
        const card = el.shadowRoot!.activeElement as HTMLElement | null;
        if (card?.shadowRoot?.activeElement?.getAttribute('part') === 'chart') {
          charts.push(card.getAttribute('indicator')!);
        }
      }
      // The five indicators with a series, in the brief's order.
      expect(charts).to.deep.equal([
        'overdose-deaths',
        'border-encounters',
        'trade-tensions',
        'human-rights',
        'cartel-territory',
      ]);
    });
  });

  describe('events', () => {
    it('fires one brief-load for the grid, not one per card', async () => {
      const el = document.createElement('brief-indicator-grid');
      let count = 0;
      el.addEventListener('brief-load', () => (count += 1));
      const loaded = nextEvent(el, 'brief-load');
      document.body.append(el);
      await loaded;
      await cardsOf(el);
      await new Promise((resolve) => setTimeout(resolve));
      expect(count).to.equal(1);
      el.remove();
    });
  });

  describe('errors', () => {
    it('names the indicators attribute when it lists an unknown id', async () => {
      const messages = expectConsole(1);
      const el = await fixture<BriefIndicatorGrid>(
        html`<brief-indicator-grid indicators="overdose-deaths,inflation"></brief-indicator-grid>`,
      );
      const error = textOf(el.shadowRoot!.querySelector('[part~="error"]')!);
      expect(error).to.contain('indicators');
      expect(error).to.contain('"inflation"');
      expect(messages[0]!.text).to.contain('indicators: no indicator with id "inflation"');
      await expect(el).to.be.accessible();
    });

    it('shows an error for a brief with no indicators', async () => {
      expectConsole(1);
      const brief = briefWith((draft) => {
        draft.indicators = [];
      });
      const el = await fixture<BriefIndicatorGrid>(
        html`<brief-indicator-grid .brief=${brief}></brief-indicator-grid>`,
      );
      expect(textOf(el.shadowRoot!.querySelector('[part~="error"]')!)).to.contain('no indicators');
    });
  });

  describe('accessibility', () => {
    it('passes axe with every card', async () => {
      const el = await fixture<BriefIndicatorGrid>(html`<brief-indicator-grid></brief-indicator-grid>`);
      await cardsOf(el);
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const el = await fixture<BriefIndicatorGrid>(
        html`<brief-indicator-grid theme="dark"></brief-indicator-grid>`,
      );
      const cards = await cardsOf(el);
      // Every card on the dark surface (host.styles.ts), whatever the reader's own setting.
      const surfaces = cards.map(
        (card) => getComputedStyle(card.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor,
      );
      expect(surfaces).to.deep.equal(Array.from({ length: 8 }, () => 'rgb(22, 27, 34)'));
      await expect(el).to.be.accessible();
    });
  });
});
