import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/brief-indicator-card/brief-indicator-card.js';
import type { BriefIndicatorCard } from '../../src/components/brief-indicator-card/brief-indicator-card.js';
import { usMexico2022 } from '../../src/data/index.js';
import { trustedBriefs } from '../../src/data/trusted.js';
import { expectConsole } from '../helpers/console.js';
import { briefCopy, briefWith, nextEvent, textOf } from '../helpers/fixtures.js';

const overdose = usMexico2022.indicators.find((item) => item.id === 'overdose-deaths')!;

function part(element: BriefIndicatorCard, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

/** Opens the card's source list as a reader does, by clicking its summary. */
async function openSources(element: BriefIndicatorCard): Promise<void> {
  const details = part(element, 'sources') as HTMLDetailsElement;
  details.querySelector('summary')!.click();
  await nextEvent(details, 'toggle');
  await element.updateComplete;
}

/** A part's text as a reader sees it: whitespace folded. */
function partText(element: BriefIndicatorCard, name: string): string {
  return textOf(part(element, name)!);
}

describe('<brief-indicator-card>', () => {
  describe('rendering', () => {
    it('shows the indicator title, the brief’s claim and the headline figure from the data module', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths" lang="en"></brief-indicator-card>`,
      );
      expect(partText(el, 'title')).to.equal(overdose.title);
      expect(partText(el, 'claim')).to.contain(overdose.claim);
      // The headline: 105,752 deaths in the 12 months ending October 2021.
      expect(partText(el, 'headline')).to.contain('105,752 deaths');
      expect(partText(el, 'headline')).to.contain('as of October 2021');
    });

    it('lists every source the indicator cites, with its publisher and confidence', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths"></brief-indicator-card>`,
      );
      expect(el.shadowRoot!.querySelectorAll('.source')).to.have.length(0);
      // 20 distinct sources: 2 for the headline, 3 more for the indicator, 5 more for the
      // series' points and 10 more for the dated context (us-mexico-2022.ts).
      expect(textOf(part(el, 'sources')!.querySelector('summary')!)).to.equal('Sources (20)');
      await openSources(el);
      const items = [...el.shadowRoot!.querySelectorAll('.source')];
      expect(items).to.have.length(20);
      const meta = (item: Element) => textOf(item.querySelector('.source__meta')!);
      // First the headline's CNN report, high confidence.
      expect(textOf(items[0]!.querySelector('a')!)).to.equal(
        'U.S. drug overdose deaths reach another record high as deaths from fentanyl surge (CDC provisional data, March 2022)',
      );
      expect(items[0]!.querySelector('a')!.getAttribute('href')).to.equal(
        'https://www.cbs58.com/news/us-drug-overdose-deaths-reach-another-record-high-as-deaths-from-fentanyl-surge',
      );
      expect(meta(items[0]!)).to.equal('— CNN · data: CDC/NCHS · high confidence');
      // Fifth, the summary of the final 2024 data, medium confidence.
      expect(meta(items[4]!)).to.equal('— Partnership to End Addiction · data: CDC/NCHS · medium confidence');
    });

    it('keeps its note one click away, and shows it when the reader opens it', async () => {
      const withNote = usMexico2022.indicators.find((item) => item.note)!;
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator=${withNote.id}></brief-indicator-card>`,
      );
      const note = part(el, 'note') as HTMLDetailsElement;
      expect(note.open).to.equal(false);
      expect(partText(el, 'note')).to.equal('Note');
      note.querySelector('summary')!.click();
      await nextEvent(note, 'toggle');
      await el.updateComplete;
      expect(partText(el, 'note')).to.equal(`Note ${withNote.note!}`.replace(/\s+/g, ' '));
    });

    it('says whose assessment the badge is, and when it was made', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths" lang="en"></brief-indicator-card>`,
      );
      // The brief was published on June 12, 2022 and rates the indicator as worsening.
      expect(partText(el, 'direction')).to.equal('Brief, June 2022: worsening');
      expect(partText(el, 'trend')).to.equal('Since then: down 26% from the 2022 peak');
    });

    it('formats figures and dates in Spanish when lang="es"', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths" lang="es"></brief-indicator-card>`,
      );
      // 105,752 with Spanish grouping; the as-of month in Spanish.
      expect(partText(el, 'headline')).to.contain('105.752 deaths');
      expect(partText(el, 'headline')).to.contain('a octubre de 2021');
      expect(partText(el, 'direction')).to.equal('Informe, junio de 2022: empeora');
    });

    it('speaks Spanish when lang is set as a property before the first render', async () => {
      const el = document.createElement('brief-indicator-card');
      el.indicator = 'overdose-deaths';
      el.lang = 'es';
      document.body.append(el);
      await el.updateComplete;
      expect(partText(el, 'direction')).to.equal('Informe, junio de 2022: empeora');
      el.remove();
    });

    it('takes its language from the nearest ancestor', async () => {
      const wrapper = await fixture(
        html`<div lang="es-MX">
          <brief-indicator-card indicator="overdose-deaths"></brief-indicator-card>
        </div>`,
      );
      const el = wrapper.querySelector('brief-indicator-card')!;
      await el.updateComplete;
      expect(partText(el, 'direction')).to.equal('Informe, junio de 2022: empeora');
    });

    it('renders markup in data as text, and a javascript: URL as plain text, not a link', async () => {
      const brief = briefWith((draft) => {
        const indicator = draft.indicators[0]!;
        indicator.claim = '<img src=x onerror="window.hacked=1"><b>bold</b>';
        const source = draft.sources.find((item) => item.id === indicator.sourceIds[0])!;
        source.url = 'javascript:alert(1)';
      });
      // The validator refuses a javascript: URL (tests/data); the renderer's own guard is
      // what stands should an app hand over a brief taken as valid, as here.
      trustedBriefs.add(brief);
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card
          indicator=${brief.indicators[0]!.id}
          .brief=${brief}
        ></brief-indicator-card>`,
      );
      await openSources(el);
      expect(el.shadowRoot!.querySelector('img, b') === null, 'no element made from the data').to.equal(true);
      expect(partText(el, 'claim')).to.contain('<b>bold</b>');
      const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links.some((href) => href?.startsWith('javascript'))).to.equal(false);
      expect(textOf(el)).to.contain(
        brief.sources.find((item) => item.id === brief.indicators[0]!.sourceIds[0])!.title,
      );
    });
  });

  describe('sparkline and trend', () => {
    it('draws the real series as a line with a dot for every value, gaps left out', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="human-rights"></brief-indicator-card>`,
      );
      // Journalists killed, 2016–2024: 9 years, no verified figure for 2019 and 2021.
      const dots = el.shadowRoot!.querySelector('.chart__dot')!.getAttribute('d')!.match(/M/g)!;
      expect(dots).to.have.length(7);
      // The line breaks at each gap: 2016–2018, 2020 alone, 2022–2024.
      const runs = part(el, 'line')!.getAttribute('d')!.match(/M/g)!;
      expect(runs).to.have.length(3);
    });

    it('says the trend in words and gives the chart that sentence as its accessible name (en)', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths" lang="en"></brief-indicator-card>`,
      );
      // 106,699 deaths in 2021 (the brief's latest year), a record 107,941 in 2022, then
      // 79,385 in 2024: down 26% from that peak.
      expect(partText(el, 'trend')).to.equal('Since then: down 26% from the 2022 peak');
      const label = part(el, 'chart')!.getAttribute('aria-label')!;
      expect(label).to.match(
        /: 52,404 deaths in 2015, 79,385 deaths in 2024\. Since the brief: down 26% from the 2022 peak\.$/,
      );
      expect(label.startsWith(overdose.series!.label)).to.equal(true);
    });

    it('says the trend in Spanish', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths" lang="es"></brief-indicator-card>`,
      );
      // Spanish puts a space before the percent sign: "26 %".
      expect(partText(el, 'trend')).to.equal('Desde entonces: baja un 26 % desde el máximo de 2022');
    });

    it('measures a rise from the last value before the brief, from data set as a property', async () => {
      const brief = briefWith((draft) => {
        draft.indicators[0]!.series!.points = [
          { date: '2019-12-31', value: 60, sourceIds: [draft.sources[0]!.id] },
          { date: '2021-12-31', value: 100, sourceIds: [draft.sources[0]!.id] },
          { date: '2023-12-31', value: 153, sourceIds: [draft.sources[0]!.id] },
        ];
      });
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths" .brief=${brief}></brief-indicator-card>`,
      );
      // The brief (June 2022) could see 2021's 100; 153 in 2023 is 53% more.
      expect(partText(el, 'trend')).to.equal('Since then: up 53% from 2021');
    });

    it('labels the first and last values on the chart, the last with its unit beside the line’s end', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<div style="width: 650px">
          <brief-indicator-card indicator="overdose-deaths"></brief-indicator-card>
        </div>`,
      );
      const card = el.querySelector('brief-indicator-card')!;
      await card.updateComplete;
      const labels = [...card.shadowRoot!.querySelectorAll<HTMLElement>('[part~="chart-label"]')];
      // 52,404 in 2015 (first), 107,941 in 2022 (the peak the sentence names), 79,385 in 2024 (last).
      expect(labels.map((label) => textOf(label))).to.deep.equal(['107,941', '52,404', '79,385 deaths']);
      // The line's drawing box: the labels are placed on it, the last one right of it.
      const plot = card.shadowRoot!.querySelector('.chart__svg')!.getBoundingClientRect();
      const [peak, first, last] = labels.map((label) => label.getBoundingClientRect());
      // The first value starts at the line's left end; the last sits right of the line's end.
      expect(first!.left).to.be.closeTo(plot.left, 8);
      expect(last!.left).to.be.at.least(plot.right);
      // The peak's label sits over 2022, seven of nine years along, above the line.
      expect((peak!.left + peak!.right) / 2 - plot.left).to.be.closeTo(
        plot.width * (7 / 9),
        plot.width * 0.04,
      );
      for (const box of [peak!, first!, last!]) expect(box.width).to.be.greaterThan(0);
      // Each label sits just above its point: the peak's dot is the chart's highest.
      // The labelled points' dots are one path, the peak's first: "M<x> <y>h0…" in a 300 × 72 box.
      const ends = card.shadowRoot!.querySelector('.chart__end')!.getAttribute('d')!;
      const [, peakY] = /^M[\d.]+ ([\d.]+)h0/.exec(ends)!;
      const dotTop = plot.top + (Number(peakY) / 72) * plot.height;
      expect(peak!.bottom).to.be.at.most(dotTop);
      expect(peak!.bottom).to.be.at.least(dotTop - 16);
      expect(dotTop).to.be.within(plot.top, plot.bottom);
      // The last value's label is centred on the line's last point (10 of 10, the 2024 value).
      const dots = card.shadowRoot!.querySelector('.chart__dot')!.getAttribute('d')!;
      const lastY = Number(/M[\d.]+ ([\d.]+)h0$/.exec(dots)![1]);
      expect((last!.top + last!.bottom) / 2).to.be.closeTo(plot.top + (lastY / 72) * plot.height, 2);
    });

    it('names the brief’s mark on the axis only where it does not touch an end date', async () => {
      // Border encounters run FY2014–FY2025 with the brief in FY2022: in a wide card
      // "Brief" fits between the dates; in a narrow one it would run into "FY2025".
      const seen: Record<number, boolean> = {};
      for (const width of [280, 375, 650]) {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: ${width}px">
            <brief-indicator-card indicator="border-encounters"></brief-indicator-card>
          </div>`,
        );
        const card = wrapper.querySelector('brief-indicator-card')!;
        await card.updateComplete;
        await new Promise(requestAnimationFrame);
        const axis = card.shadowRoot!.querySelectorAll('.chart__date, .chart__brief');
        const shown = [...axis].filter(
          (label) => label.textContent.trim() && getComputedStyle(label).visibility === 'visible',
        );
        const boxes = shown.map((label) => label.getBoundingClientRect());
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const apart = boxes[i]!.right <= boxes[j]!.left || boxes[j]!.right <= boxes[i]!.left;
            expect(apart, `${width} px: ${textOf(shown[i]!)} and ${textOf(shown[j]!)} overlap`).to.equal(
              true,
            );
          }
        }
        seen[width] = shown.some((label) => textOf(label) === 'Brief');
      }
      expect(seen[650], 'the label is shown where it fits').to.equal(true);
    });

    it('gives a related series its own visible heading', async () => {
      const brief = briefWith((draft) => {
        draft.indicators.find((item) => item.id === 'cartel-territory')!.series!.related = true;
      });
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="cartel-territory" .brief=${brief}></brief-indicator-card>`,
      );
      const caption = textOf(el.shadowRoot!.querySelector('.trend__label')!);
      expect(caption.startsWith('Related series: Homicides in Mexico per year')).to.equal(true);
    });

    it('tells a cumulative count from its first to its last dated value, and says what is counted', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="trade-tensions" lang="en"></brief-indicator-card>`,
      );
      // Labor-mechanism requests: 4 on the brief's date, 22 by April 10, 2024.
      expect(partText(el, 'trend')).to.equal(
        'Since then: up from 4 on June 12, 2022 to 22 on April 10, 2024',
      );
      expect(textOf(el.shadowRoot!.querySelector('.trend')!)).to.contain(
        'U.S. labor cases under the USMCA Rapid Response Mechanism, running total',
      );
    });

    it('steps through every point with the arrow keys, Home and End, reading out date and value', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="human-rights" lang="en"></brief-indicator-card>`,
      );
      /** Presses a key on the focused chart and returns what the readout then says. */
      const press = async (key: string) => {
        await sendKeys({ press: key });
        await el.updateComplete;
        return partText(el, 'readout');
      };
      // Journalists killed (Article 19): 11 in 2016, 12 in 2017, 9 in 2018, no figure for 2019, … 5 in 2024.
      part(el, 'chart')!.focus();
      expect(await press('ArrowRight')).to.equal('2016: 11 journalists killed');
      expect(await press('End')).to.equal('2024: 5 journalists killed');
      expect(await press('Home')).to.equal('2016: 11 journalists killed');
      await press('ArrowRight');
      await press('ArrowRight');
      expect(await press('ArrowRight')).to.equal('2019: no figure');
      expect(part(el, 'readout')!.getAttribute('aria-live')).to.equal('polite');
      expect(el.shadowRoot!.querySelector('.chart__active') === null, 'no dot on a gap').to.equal(true);
      expect(await press('ArrowLeft')).to.equal('2018: 9 journalists killed');
      expect(el.shadowRoot!.querySelector('.chart__active')).to.not.equal(null);
      expect(await press('ArrowDown')).to.equal('2017: 12 journalists killed');
      expect(await press('ArrowUp')).to.equal('2018: 9 journalists killed');
      await expect(el).to.be.accessible();
    });

    it('reads out the point under the pointer', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths"></brief-indicator-card>`,
      );
      const chart = part(el, 'chart')!;
      const box = chart.getBoundingClientRect();
      const pointAt = async (fraction: number) => {
        const clientX = box.left + box.width * fraction;
        chart.dispatchEvent(
          new PointerEvent('pointermove', { clientX, clientY: box.top + 5, bubbles: true }),
        );
        await el.updateComplete;
        return partText(el, 'readout');
      };
      expect(await pointAt(0.999)).to.equal('2024: 79,385 deaths');
      // The x axis runs by date from 2015 to 2024: the end of 2019 is 4 of 9 years along (0.44).
      expect(await pointAt(0.445)).to.equal('2019: 70,630 deaths');
      expect(await pointAt(0.001)).to.equal('2015: 52,404 deaths');
    });

    it('opens a table of every point and its sources, and closes it again', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths"></brief-indicator-card>`,
      );
      const data = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.data')!;
      expect(textOf(data.querySelector('summary')!)).to.equal('Data (10 points)');
      expect(part(el, 'table') === null, 'no table until opened').to.equal(true);
      data.querySelector('summary')!.click();
      await nextEvent(data, 'toggle');
      await el.updateComplete;
      // Ten years of final data, 2015–2024, each with the source it comes from.
      const rows = part(el, 'table')!.querySelectorAll('tbody tr');
      expect(rows).to.have.length(10);
      expect(textOf(rows[0]!)).to.equal('2015 52,404 Centers for Disease Control and Prevention');
      expect(rows[0]!.querySelector('a')!.getAttribute('href')).to.equal(
        'http://cdc.gov/mmwr/volumes/67/wr/mm6712a1.htm',
      );
      expect(textOf(rows[9]!)).to.contain('2024 79,385 Partnership to End Addiction');
      await expect(el).to.be.accessible();
      data.querySelector('summary')!.click();
      await nextEvent(data, 'toggle');
      await el.updateComplete;
      expect(part(el, 'table') === null, 'table gone once closed').to.equal(true);
    });

    it('downloads the series as CSV with its sources', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths"></brief-indicator-card>`,
      );
      const clicked: HTMLAnchorElement[] = [];
      const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click')!;
      Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
        configurable: true,
        value(this: HTMLAnchorElement) {
          clicked.push(this);
        },
      });
      const data = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.data')!;
      data.querySelector('summary')!.click();
      await nextEvent(data, 'toggle');
      await el.updateComplete;
      try {
        [...el.shadowRoot!.querySelectorAll('button')]
          .find((button) => button.textContent.includes('CSV'))!
          .click();
        // The CSV's code loads on demand (with the table): the file follows the click.
        await waitUntil(() => clicked.length > 0, 'no download started');
      } finally {
        delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click;
        expect(Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click')).to.deep.equal(original);
      }
      expect(clicked).to.have.length(1);
      expect(clicked[0]!.download).to.equal('us-mexico-2022-overdose-deaths.csv');
      const csv = await (await fetch(clicked[0]!.href)).text();
      const lines = csv.split('\r\n');
      expect(lines[0]).to.equal('date,value,unit,series,note,sources,source_urls');
      // A header, ten points and the line break that ends the last.
      expect(lines).to.have.length(12);
      expect(lines[1]).to.equal(
        '2015-12-31,52404,deaths,U.S. drug overdose deaths per year (final data),,' +
          '"Overdose Deaths Involving Opioids, Cocaine, and Psychostimulants — United States, 2015–2016 (MMWR 67(12)) (Centers for Disease Control and Prevention; data: CDC/NCHS)",' +
          'http://cdc.gov/mmwr/volumes/67/wr/mm6712a1.htm',
      );
    });
  });

  describe('print', () => {
    it('prints the figure, the record since and the source lines with their URLs, and only what the reader opened', async () => {
      // Its chart credits two producers ("CBP; CRS"): two addresses, one a line.
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="border-encounters"></brief-indicator-card>`,
      );
      const shown = (element: Element | null) =>
        element !== null && getComputedStyle(element).display !== 'none';
      const note = part(el, 'note') as HTMLDetailsElement;
      note.querySelector('summary')!.click();
      await nextEvent(note, 'toggle');
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      try {
        expect(shown(part(el, 'headline'))).to.equal(true);
        expect(shown(part(el, 'trend'))).to.equal(true);
        const lines = [...el.shadowRoot!.querySelectorAll('.source-line__urls')].filter(shown);
        expect(lines.length).to.be.greaterThan(0);
        for (const line of lines) {
          // One address a line, as printed.
          const urls = (line as HTMLElement).innerText.split('\n');
          expect(urls.length).to.be.greaterThan(0);
          for (const url of urls) expect(url).to.match(/^https?:\/\/\S+$/);
        }
        expect(lines.map((line) => (line as HTMLElement).innerText.split('\n').length)).to.deep.equal([1, 2]);
        // The note was opened: it prints. The data, context and source list were not: they do not.
        expect(shown(note)).to.equal(true);
        expect(shown(el.shadowRoot!.querySelector('details.data'))).to.equal(false);
        expect(shown(part(el, 'sources'))).to.equal(false);
        expect(shown(part(el, 'context'))).to.equal(false);
        expect([...el.shadowRoot!.querySelectorAll('button')].some(shown)).to.equal(false);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('size in an article', () => {
    for (const [width, limit] of [
      [650, 600],
      [375, 900],
    ] as const) {
      it(`stays at most ${String(limit)} px tall in a ${String(width)} px column, for every indicator of the brief`, async () => {
        const heights: Record<string, number> = {};
        for (const indicator of usMexico2022.indicators) {
          const wrapper = await fixture<HTMLElement>(
            html`<div style="width: ${width}px">
              <brief-indicator-card indicator=${indicator.id}></brief-indicator-card>
            </div>`,
          );
          const card = wrapper.querySelector('brief-indicator-card')!;
          await card.updateComplete;
          heights[indicator.id] = Math.round(card.getBoundingClientRect().height);
        }
        const tall = Object.entries(heights).filter(([, height]) => height > limit);
        expect(tall, JSON.stringify(heights)).to.deep.equal([]);
      });
    }
  });

  describe('qualitative and compact', () => {
    it('shows a qualitative indicator’s direction and dated context, with no chart', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="security-cooperation" lang="en"></brief-indicator-card>`,
      );
      expect(part(el, 'chart') === null, 'no chart').to.equal(true);
      expect(partText(el, 'direction')).to.equal('Brief, June 2022: worsening');
      // Six dated items, newest first: September 3, 2025 and February 27, 2025 shown; the
      // other four folded, the oldest being the December 15, 2020 vote.
      const context = part(el, 'context')!;
      const shownItems = [...context.querySelectorAll(':scope > ol > li')];
      const times = shownItems.map((item) => item.querySelector('time')!);
      expect(times.map((time) => time.getAttribute('datetime'))).to.deep.equal(['2025-09-03', '2025-02-27']);
      expect(times.map((time) => textOf(time))).to.deep.equal(['September 3, 2025', 'February 27, 2025']);
      const more = context.querySelector<HTMLDetailsElement>('details')!;
      expect(textOf(more.querySelector('summary')!)).to.equal('Dated context (6)');
      more.querySelector('summary')!.click();
      await nextEvent(more, 'toggle');
      await el.updateComplete;
      const folded = [...more.querySelectorAll('time')].map((time) => textOf(time));
      expect(folded).to.deep.equal(['May 7, 2024', 'October 8, 2021', 'January 2021', 'December 15, 2020']);
      await expect(el).to.be.accessible();
    });

    it('folds the note away and hides the claim when compact, and leaves out the claim on request', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths" compact></brief-indicator-card>`,
      );
      expect((part(el, 'note') as HTMLDetailsElement).open).to.equal(false);
      expect(part(el, 'claim') === null, 'no claim when compact').to.equal(true);
      expect(el.shadowRoot!.querySelector('.headline__description') === null, 'no description').to.equal(
        true,
      );
      const qualitative = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="security-cooperation" compact></brief-indicator-card>`,
      );
      expect(part(qualitative, 'claim')).to.not.equal(null);
      const bare = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths" without-claim></brief-indicator-card>`,
      );
      expect(part(bare, 'claim') === null, 'no claim with without-claim').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('fits a 280 px column without overflowing, even with a 4,000-character unbroken title', async () => {
      const brief = briefWith((draft) => {
        draft.indicators[0]!.title = 'W'.repeat(4000);
      });
      const wrapper = await fixture(
        html`<div style="width: 280px">
          <brief-indicator-card indicator="overdose-deaths" .brief=${brief}></brief-indicator-card>
        </div>`,
      );
      const el = wrapper.querySelector('brief-indicator-card')!;
      await el.updateComplete;
      expect(part(el, 'base')!.getBoundingClientRect().width).to.be.at.most(280);
      expect(part(el, 'base')!.scrollWidth).to.be.at.most(part(el, 'base')!.clientWidth + 1);
    });
  });

  describe('bad input', () => {
    const cases: { name: string; change: (brief: ReturnType<typeof briefCopy>) => void; path: string }[] = [
      {
        name: 'an empty series',
        change: (b) => (b.indicators[0]!.series!.points = []),
        path: 'indicators[0].series.points',
      },
      {
        name: 'a one-point series',
        change: (b) => (b.indicators[0]!.series!.points = b.indicators[0]!.series!.points.slice(0, 1)),
        path: 'indicators[0].series.points',
      },
      {
        name: 'a non-finite value',
        change: (b) => (b.indicators[0]!.series!.points[1]!.value = Number.NaN),
        path: 'indicators[0].series.points[1].value',
      },
      {
        name: 'dates out of order',
        change: (b) => b.indicators[0]!.series!.points.reverse(),
        path: 'indicators[0].series.points[1].date',
      },
      {
        name: 'a missing source id',
        change: (b) => (b.indicators[0]!.sourceIds = ['nowhere']),
        path: 'indicators[0].sourceIds[0]',
      },
      {
        name: 'a 10,000-character claim',
        change: (b) => (b.indicators[0]!.claim = 'x'.repeat(10000)),
        path: 'indicators[0].claim',
      },
    ];
    for (const { name, change, path } of cases) {
      it(`shows ${name} as an error naming ${path}`, async () => {
        expectConsole(1);
        const el = await fixture<BriefIndicatorCard>(
          html`<brief-indicator-card
            indicator="overdose-deaths"
            .brief=${briefWith(change)}
          ></brief-indicator-card>`,
        );
        expect(partText(el, 'error')).to.contain(path);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('data sources', () => {
    it('reads a brief from an inline JSON script', async () => {
      const brief = briefWith((draft) => {
        draft.indicators[0]!.title = 'Inline title';
      });
      const el = await fixture<BriefIndicatorCard>(html`
        <brief-indicator-card indicator=${brief.indicators[0]!.id}>
          <script type="application/json">
            ${JSON.stringify(brief)}
          </script>
        </brief-indicator-card>
      `);
      expect(partText(el, 'title')).to.equal('Inline title');
    });

    it('prefers the brief property over inline JSON', async () => {
      const inline = briefWith((draft) => {
        draft.indicators[0]!.title = 'Inline';
      });
      const property = briefWith((draft) => {
        draft.indicators[0]!.title = 'Property';
      });
      const el = await fixture<BriefIndicatorCard>(html`
        <brief-indicator-card indicator=${inline.indicators[0]!.id} .brief=${property}>
          <script type="application/json">
            ${JSON.stringify(inline)}
          </script>
        </brief-indicator-card>
      `);
      expect(partText(el, 'title')).to.equal('Property');
    });

    it('loads a brief from src and fires brief-load', async () => {
      const brief = briefWith((draft) => {
        draft.indicators[0]!.title = 'From a file';
      });
      const url = URL.createObjectURL(new Blob([JSON.stringify(brief)], { type: 'application/json' }));
      const el = document.createElement('brief-indicator-card');
      el.indicator = brief.indicators[0]!.id;
      el.src = url;
      const loaded = nextEvent(el, 'brief-load');
      document.body.append(el);
      await el.updateComplete;
      expect(partText(el, 'loading')).to.equal('Loading…');
      const event = await loaded;
      await el.updateComplete;
      expect(event.brief.indicators[0]!.title).to.equal('From a file');
      expect(partText(el, 'title')).to.equal('From a file');
      el.remove();
      URL.revokeObjectURL(url);
    });

    it('shows an error naming src when the file cannot be loaded', async () => {
      const messages = expectConsole(1);
      const el = document.createElement('brief-indicator-card');
      el.indicator = 'overdose-deaths';
      el.src = '/no-such-brief.json';
      const failed = nextEvent(el, 'brief-error');
      document.body.append(el);
      const event = await failed;
      await el.updateComplete;
      expect(event.problems[0]!.path).to.equal('src');
      expect(partText(el, 'error')).to.contain('/no-such-brief.json');
      expect(messages.some((entry) => entry.text.includes('src: could not load'))).to.equal(true);
      el.remove();
    });
  });

  describe('errors', () => {
    it('shows an error panel naming the field path of a wrong brief, and a second card still renders', async () => {
      const messages = expectConsole(1);
      const broken = briefWith((draft) => {
        (draft.indicators[0]!.series!.points[1] as { value: unknown }).value = 'many';
      });
      const page = await fixture(html`
        <div>
          <brief-indicator-card id="bad" indicator="overdose-deaths" .brief=${broken}></brief-indicator-card>
          <brief-indicator-card id="good" indicator="overdose-deaths"></brief-indicator-card>
        </div>
      `);
      const bad = page.querySelector<BriefIndicatorCard>('#bad')!;
      const good = page.querySelector<BriefIndicatorCard>('#good')!;
      await bad.updateComplete;
      await good.updateComplete;
      expect(partText(bad, 'error')).to.contain('indicators[0].series.points[1].value');
      expect(part(bad, 'error')!.getAttribute('role')).to.equal('alert');
      expect(partText(good, 'title')).to.equal(overdose.title);
      expect(messages).to.have.length(1);
      expect(messages[0]!.text).to.contain('indicators[0].series.points[1].value');
    });

    it('fires brief-error with the problems when the brief is wrong', async () => {
      expectConsole(1);
      const broken = briefWith((draft) => {
        draft.sources[0]!.confidence = 'certain' as 'high';
      });
      const el = document.createElement('brief-indicator-card');
      el.indicator = 'overdose-deaths';
      el.brief = broken;
      const failed = nextEvent(el, 'brief-error');
      document.body.append(el);
      const event = await failed;
      expect(event.problems.map((problem) => problem.path)).to.deep.equal(['sources[0].confidence']);
      expect(event.bubbles && event.composed).to.equal(true);
      el.remove();
    });

    it('names the indicator attribute when the id is unknown', async () => {
      const messages = expectConsole(1);
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="no-such-thing"></brief-indicator-card>`,
      );
      expect(partText(el, 'error')).to.contain('indicator');
      expect(partText(el, 'error')).to.contain('no-such-thing');
      expect(messages[0]!.text).to.contain('indicator: no indicator with id "no-such-thing"');
    });

    it('recovers when a wrong brief is replaced by a valid one', async () => {
      expectConsole(1);
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card
          indicator="overdose-deaths"
          .brief=${{ nope: true }}
        ></brief-indicator-card>`,
      );
      expect(part(el, 'error')).to.not.equal(null);
      el.brief = briefCopy();
      await el.updateComplete;
      expect(part(el, 'error') === null, 'no error panel').to.equal(true);
      expect(partText(el, 'title')).to.equal(overdose.title);
    });

    it('shows invalid inline JSON as an error, without throwing', async () => {
      const messages = expectConsole(1);
      const el = document.createElement('brief-indicator-card');
      el.indicator = 'overdose-deaths';
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{ "id": "x", }';
      el.append(script);
      document.body.append(el);
      await el.updateComplete;
      expect(partText(el, 'error')).to.contain('not valid JSON');
      expect(messages[0]!.text).to.contain('inline JSON');
      el.remove();
    });
  });

  describe('events', () => {
    it('fires brief-load once when the bundled brief is ready, and not again on re-render', async () => {
      const el = document.createElement('brief-indicator-card');
      el.indicator = 'overdose-deaths';
      let count = 0;
      el.addEventListener('brief-load', () => (count += 1));
      document.body.append(el);
      await el.updateComplete;
      el.headingLevel = 2;
      await el.updateComplete;
      expect(count).to.equal(1);
      el.remove();
    });
  });

  describe('accessibility', () => {
    it('passes axe with the bundled brief', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths"></brief-indicator-card>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="cartel-territory" theme="dark"></brief-indicator-card>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      expectConsole(1);
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="unknown"></brief-indicator-card>`,
      );
      await expect(el).to.be.accessible();
    });

    it('exposes a heading at the level the page asks for', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths" heading-level="2"></brief-indicator-card>`,
      );
      const heading = part(el, 'title')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('2');
    });
  });

  describe('parts and theming', () => {
    it('follows the theme attribute, and page tokens override the palette', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths" theme="dark"></brief-indicator-card>`,
      );
      const base = part(el, 'base')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(22, 27, 34)');
      el.style.setProperty('--brief-color-surface', 'rgb(1, 2, 3)');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('does not let an unrelated page variable leak into its own knobs', async () => {
      document.documentElement.style.setProperty('--card-padding', '99px');
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths"></brief-indicator-card>`,
      );
      expect(getComputedStyle(part(el, 'base')!).paddingTop).to.not.equal('99px');
      document.documentElement.style.removeProperty('--card-padding');
    });
  });
});
