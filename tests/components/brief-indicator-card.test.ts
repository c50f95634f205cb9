import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/brief-indicator-card/brief-indicator-card.js';
import type { BriefIndicatorCard } from '../../src/components/brief-indicator-card/brief-indicator-card.js';
import { usMexico2022 } from '../../src/data/index.js';
import { expectConsole } from '../helpers/console.js';
import { briefCopy, briefWith, nextEvent, textOf } from '../helpers/fixtures.js';

const overdose = usMexico2022.indicators.find((item) => item.id === 'overdose-deaths')!;

function part(element: BriefIndicatorCard, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
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
      const headline = overdose.headline!;
      const figure = new Intl.NumberFormat('en').format(headline.value);
      expect(partText(el, 'headline')).to.contain(figure);
      expect(partText(el, 'headline')).to.contain(headline.unit);
    });

    it('lists every source the indicator cites, with its publisher and confidence', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths"></brief-indicator-card>`,
      );
      const items = [...el.shadowRoot!.querySelectorAll('.source')];
      const cited = new Set([
        ...overdose.sourceIds,
        ...(overdose.headline?.sourceIds ?? []),
        ...(overdose.series?.points.flatMap((point) => point.sourceIds) ?? []),
        ...overdose.context.flatMap((item) => item.sourceIds),
      ]);
      expect(items.length).to.equal(cited.size);
      const first = usMexico2022.sources.find((source) => source.id === [...cited][0])!;
      expect(items[0]!.textContent).to.contain(first.publisher);
      expect(items[0]!.querySelector('a')!.getAttribute('href')).to.equal(first.url);
    });

    it('shows the note where the brief and the record differ', async () => {
      const withNote = usMexico2022.indicators.find((item) => item.note)!;
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator=${withNote.id}></brief-indicator-card>`,
      );
      expect(partText(el, 'note')).to.contain(withNote.note!);
    });

    it('formats figures and dates in Spanish when lang="es"', async () => {
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card indicator="overdose-deaths" lang="es"></brief-indicator-card>`,
      );
      const figure = new Intl.NumberFormat('es').format(overdose.headline!.value);
      expect(partText(el, 'headline')).to.contain(figure);
      expect(partText(el, 'direction')).to.equal('Empeora');
    });

    it('takes its language from the nearest ancestor', async () => {
      const wrapper = await fixture(
        html`<div lang="es-MX">
          <brief-indicator-card indicator="overdose-deaths"></brief-indicator-card>
        </div>`,
      );
      const el = wrapper.querySelector('brief-indicator-card')!;
      await el.updateComplete;
      expect(partText(el, 'direction')).to.equal('Empeora');
    });

    it('renders markup in data as text, and a javascript: URL as plain text, not a link', async () => {
      const brief = briefWith((draft) => {
        const indicator = draft.indicators[0]!;
        indicator.claim = '<img src=x onerror="window.hacked=1"><b>bold</b>';
        const source = draft.sources.find((item) => item.id === indicator.sourceIds[0])!;
        source.url = 'javascript:alert(1)';
      });
      const el = await fixture<BriefIndicatorCard>(
        html`<brief-indicator-card
          indicator=${brief.indicators[0]!.id}
          .brief=${brief}
        ></brief-indicator-card>`,
      );
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(partText(el, 'claim')).to.contain('<b>bold</b>');
      const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links.some((href) => href?.startsWith('javascript'))).to.equal(false);
      expect(textOf(el)).to.contain(
        brief.sources.find((item) => item.id === brief.indicators[0]!.sourceIds[0])!.title,
      );
    });
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
      expect(part(el, 'error')).to.equal(null);
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
