import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/brief-indicator-grid/brief-indicator-grid.js';
import type { BriefIndicatorGrid } from '../../src/components/brief-indicator-grid/brief-indicator-grid.js';
import { usMexico2022 } from '../../src/data/index.js';
import '../helpers/console.js';
import { textOf } from '../helpers/fixtures.js';
import { briefWithIndicators } from '../helpers/large-briefs.js';

/*
 * A grid of thousands of indicators draws 24 cards at a time: a "Show more" button after
 * them names how many it adds and how many of how many are shown, and moves focus to the
 * first card it adds. The summary counts every indicator.
 */

/** The bundled brief's eight indicators, in its order; copy k of each is `<id>-<k>`. */
const IDS = usMexico2022.indicators.map((indicator) => indicator.id);
const copies = (k: number) => IDS.map((id) => (k === 1 ? id : `${id}-${String(k)}`));

function cards(grid: BriefIndicatorGrid): string[] {
  return [...grid.shadowRoot!.querySelectorAll('brief-indicator-card')].map((card) => card.indicator);
}

async function drawn(grid: BriefIndicatorGrid): Promise<void> {
  await grid.updateComplete;
  await Promise.all(
    [...grid.shadowRoot!.querySelectorAll('brief-indicator-card')].map((card) => card.updateComplete),
  );
}

function more(grid: BriefIndicatorGrid): HTMLButtonElement | null {
  return grid.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]');
}

async function gridOf(count: number, lang = 'en'): Promise<BriefIndicatorGrid> {
  const el = await fixture<BriefIndicatorGrid>(
    html`<brief-indicator-grid lang=${lang} .brief=${briefWithIndicators(count)}></brief-indicator-grid>`,
  );
  await drawn(el);
  return el;
}

describe('<brief-indicator-grid> with thousands of indicators', () => {
  it('draws the first 24 of 10,000 cards and a button that names the counts; the summary counts all 10,000', async () => {
    const el = await gridOf(10000);
    expect(cards(el)).to.deep.equal([...copies(1), ...copies(2), ...copies(3)]);
    expect(textOf(more(el)!)).to.equal('Show 24 more indicators (24 of 10,000 shown)');
    // All 10,000 are rated worsening, as the bundled eight are; five in eight have a
    // measured series, four of them lower than at the brief and one higher.
    expect(textOf(el.shadowRoot!.querySelector('[part~="summary"]')!)).to.equal(
      'Brief, June 2022: 10,000 of 10,000 indicators worsening (according to Forum for American Leadership) ' +
        'Since then: 5,000 lower than at the brief, 1,250 higher (of 6,250 measured series)',
    );
    await expect(el).to.be.accessible();
  });

  it('adds the next 24 with the keyboard, moves focus to the first of them, and Tab goes on into it', async () => {
    const el = await gridOf(10000);
    more(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await drawn(el);
    expect(cards(el)).to.deep.equal([
      ...copies(1),
      ...copies(2),
      ...copies(3),
      ...copies(4),
      ...copies(5),
      ...copies(6),
    ]);
    const focused = el.shadowRoot!.activeElement;
    // The card itself takes focus: it is the list's item.
    expect(focused?.localName).to.equal('brief-indicator-card');
    expect(focused?.getAttribute('role')).to.equal('listitem');
    expect((focused as HTMLElement | null)?.getAttribute('indicator')).to.equal('overdose-deaths-4');
    expect(textOf(more(el)!)).to.equal('Show 24 more indicators (48 of 10,000 shown)');
    // The next stop is inside the first new card: reading goes on where the new cards start.
    await sendKeys({ press: 'Tab' });
    const card = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(card?.getAttribute('indicator')).to.equal('overdose-deaths-4');
    expect(card?.shadowRoot?.activeElement !== null, 'focus inside the card').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('adds the last few, then the button goes; one more is "1 more indicator"', async () => {
    const thirty = await gridOf(30);
    expect(textOf(more(thirty)!)).to.equal('Show 6 more indicators (24 of 30 shown)');
    more(thirty)!.click();
    await drawn(thirty);
    expect(cards(thirty)).to.have.length(30);
    expect(more(thirty) === null, 'no button once all are shown').to.equal(true);
    const twentyFive = await gridOf(25);
    expect(textOf(more(twentyFive)!)).to.equal('Show 1 more indicator (24 of 25 shown)');
  });

  it('says it in Spanish', async () => {
    const el = await gridOf(10000, 'es');
    expect(textOf(more(el)!)).to.equal('Mostrar 24 indicadores más (24 de 10.000 mostrados)');
  });

  it('starts again from the first page for another brief', async () => {
    const el = await gridOf(100);
    more(el)!.click();
    await drawn(el);
    expect(cards(el)).to.have.length(48);
    el.brief = briefWithIndicators(200);
    await drawn(el);
    expect(cards(el)).to.have.length(24);
    expect(textOf(more(el)!)).to.equal('Show 24 more indicators (24 of 200 shown)');
  });

  it('fits a card that changed while skipped off screen once it scrolls near: the "Informe" label steps aside', async () => {
    // Two columns of 320 px: "Brief" fits between border encounters' dates, FY2014 and FY2025;
    // the Spanish "Informe" does not between AF 2014 and AF 2025.
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 680px">
        <brief-indicator-grid lang="en" .brief=${briefWithIndicators(10000)}></brief-indicator-grid>
      </div>`,
    );
    const el = wrapper.querySelector('brief-indicator-grid')!;
    await drawn(el);
    more(el)!.click();
    await drawn(el);
    window.scrollTo(0, 0);
    const frames = () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await frames();
    // The reader switches the page to Spanish while the second page of cards is off screen.
    el.lang = 'es';
    await drawn(el);
    await frames();
    const card = el.shadowRoot!.querySelector<HTMLElement>(
      'brief-indicator-card[indicator="border-encounters-6"]',
    )!;
    card.scrollIntoView();
    await frames();
    await frames();
    const axis = card.shadowRoot!.querySelectorAll('.chart__date, .chart__brief');
    const shown = [...axis].filter(
      (label) => label.textContent.trim() && getComputedStyle(label).visibility === 'visible',
    );
    expect(shown.map((label) => textOf(label))).to.deep.equal(['AF 2014', 'AF 2025']);
  });
});
