import { expect, fixture, html } from '@open-wc/testing';
import { briefParts } from '../../src/data/brief-parts.js';
import { usMexico2022, validateBrief, type Brief } from '../../src/data/index.js';
import '../../src/index.js';
import '../helpers/console.js';

/**
 * The `<script>` embed loads only the part of the bundled brief a widget shows: each part
 * must be a valid brief that draws the widget exactly as the whole brief does.
 */
const parts = briefParts(structuredClone(usMexico2022));
const copy = (brief: Brief) => structuredClone(brief);

/** What a reader reads in `element`, through the shadow roots of the cards inside it. */
async function deepText(element: Element): Promise<string> {
  const texts: string[] = [];
  const walk = async (node: Node): Promise<void> => {
    if (node instanceof Element && 'updateComplete' in node)
      await (node as { updateComplete: Promise<unknown> }).updateComplete;
    if (node instanceof Element && node.shadowRoot) await walk(node.shadowRoot);
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
    for (const child of node.childNodes) await walk(child);
  };
  await walk(element);
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

describe('the bundled brief in parts', () => {
  it('has a part per indicator, one for all of them, the recommendations and the timeline', () => {
    expect([...parts.keys()]).to.deep.equal([
      'indicator:overdose-deaths',
      'indicator:security-cooperation',
      'indicator:border-encounters',
      'indicator:trade-tensions',
      'indicator:democratic-institutions',
      'indicator:human-rights',
      'indicator:cartel-territory',
      'indicator:foreign-policy',
      'indicators',
      'recommendations',
      'timeline',
    ]);
    const card = parts.get('indicator:trade-tensions')!;
    expect(card.indicators.map((indicator) => indicator.id)).to.deep.equal(['trade-tensions']);
    expect(card.recommendations).to.deep.equal([]);
    expect(card.timeline).to.equal(undefined);
    expect(parts.get('timeline')!.indicators).to.deep.equal([]);
  });

  it('every part is a valid brief holding only the sources it cites', () => {
    for (const [name, part] of parts) {
      const result = validateBrief(copy(part));
      expect(result.ok, `${name}: ${JSON.stringify(result.ok ? [] : result.problems.slice(0, 3))}`).to.equal(
        true,
      );
      const { sources, ...rest } = part;
      const cited = JSON.stringify(rest);
      for (const source of sources) expect(cited, `${name} cites ${source.id}`).to.include(`"${source.id}"`);
      expect(sources.length, name).to.be.below(usMexico2022.sources.length);
    }
  });

  it('draws each widget as the whole brief does', async () => {
    const cases: [string, Brief, string][] = [
      ['brief-indicator-card', parts.get('indicator:border-encounters')!, 'indicator="border-encounters"'],
      ['brief-indicator-grid', parts.get('indicators')!, ''],
      ['brief-recommendation-checklist', parts.get('recommendations')!, ''],
      ['brief-timeline', parts.get('timeline')!, ''],
    ];
    for (const [tag, part, attributes] of cases) {
      const drawn: string[] = [];
      for (const brief of [copy(usMexico2022), copy(part)]) {
        const host = await fixture(html`<div style="width: 900px"></div>`);
        host.innerHTML = `<${tag} now="2026-12-01" ${attributes}></${tag}>`;
        const element = host.firstElementChild as HTMLElement & {
          brief: Brief;
          updateComplete: Promise<boolean>;
        };
        element.brief = brief;
        await element.updateComplete;
        drawn.push(await deepText(element));
      }
      const [fromWhole = '', fromPart] = drawn;
      expect(fromWhole.length, tag).to.be.above(500);
      expect(fromPart, tag).to.equal(fromWhole);
    }
  });
});
