/**
 * The built Storybook (`npm run build-storybook`): the docs pages show the public API
 * from the Custom Elements Manifest (and nothing private), and a story renders with no
 * request leaving the page.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { starterBrief } from '../../dist/cli/starter.js';
import { launch, openPage } from './browser.js';
import { serve } from './server.js';

const root = fileURLToPath(new URL('../../storybook-static', import.meta.url));

/** The docs page's args table as its sections ("properties", "attributes", "css shadow parts"…) and their row names. */
function readArgsTable(page) {
  return page.$$eval('.docblock-argstable tbody tr', (rows) => {
    const sections = {};
    let current = '';
    for (const row of rows) {
      const heading = /^(?:Hide|Show) (.+) items$/.exec(row.getAttribute('title') ?? '');
      if (heading) current = heading[1];
      else (sections[current] ??= []).push(row.querySelector('td')?.textContent.trim());
    }
    return sections;
  });
}

describe('storybook', () => {
  let browser;
  let server;
  before(async () => {
    assert.ok(existsSync(root), 'storybook-static is missing: run npm run build-storybook first');
    server = await serve(root);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the card’s docs page lists attributes, events, parts and custom properties from the manifest', async () => {
    const url = `${server.origin}/iframe.html?id=widgets-indicator-card--docs&viewMode=docs`;
    const { page } = await openPage(browser, url);
    await page.waitForSelector('.docblock-argstable', { timeout: 20000 });
    const text = await page.$eval('.docblock-argstable', (table) => table.textContent);
    for (const expected of [
      'indicator',
      'heading-level',
      'brief-load',
      'brief-error',
      'headline',
      '--card-padding',
    ]) {
      assert.ok(text.includes(expected), `docs table lacks ${expected}`);
    }
    await page.close();
  });

  it('the timeline’s docs page shows its public properties and attributes and none of its private fields', async () => {
    const url = `${server.origin}/iframe.html?id=widgets-timeline--docs&viewMode=docs`;
    const { page } = await openPage(browser, url);
    await page.waitForSelector('.docblock-argstable', { timeout: 20000 });
    const sections = await readArgsTable(page);
    const api = [...(sections.properties ?? []), ...(sections.attributes ?? [])];
    for (const name of ['now', 'categories', 'layout', 'heading-level', 'theme', 'lang', 'src']) {
      assert.ok(api.includes(name), `docs table lacks the property ${name}: ${api.join(', ')}`);
    }
    const leaked = ['pendingFocus', 'model', 'visible', 'axis', 'drag', 'fontSize', 'data', 'locale'].filter(
      (name) => api.includes(name),
    );
    assert.deepEqual(leaked, [], 'private members listed as properties or attributes');
    await page.close();
  });

  it('the Theming page renders its token table: each token, its light and dark defaults, what it sets', async () => {
    const url = `${server.origin}/iframe.html?id=concepts-theming--docs&viewMode=docs`;
    const { page } = await openPage(browser, url);
    await page.waitForSelector('.sbdocs-content table', { timeout: 20000 });
    const rows = await page.$$eval('.sbdocs-content table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
    );
    // docs.test.js checks the page's source against the styles; this checks the table renders.
    assert.ok(rows.length >= 14, `only ${String(rows.length)} rows`);
    for (const cells of rows) {
      assert.match(cells[0], /^--brief-[a-z-]+$/);
      assert.ok(cells.length === 4 && cells.every(Boolean), `${cells[0]}: a cell is missing or empty`);
    }
    await page.close();
  });

  it('a story renders the card, requesting nothing outside Storybook', async () => {
    const url = `${server.origin}/iframe.html?id=widgets-indicator-card--default&viewMode=story`;
    const { page, requests } = await openPage(browser, url);
    await page.waitForFunction(
      () => document.querySelector('brief-indicator-card')?.shadowRoot?.querySelector('[part~="title"]'),
      { timeout: 20000 },
    );
    const outside = requests.filter(
      (request) => !request.startsWith(server.origin) && !request.startsWith('data:'),
    );
    assert.deepEqual(outside, []);
    await page.close();
  });

  describe('the "Your brief" page', () => {
    const url = () => `${server.origin}/iframe.html?id=authoring-your-brief--playground&viewMode=story`;

    /** Pastes `text` into the brief box, as a reader's paste fires `input`. */
    const paste = (page, text) =>
      page.evaluate((value) => {
        const box = document.querySelector('brief-playground').shadowRoot.querySelector('#brief');
        box.value = value;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);

    /** Waits until the playground's timeline (drawn last) shows `text`, or its error panel. */
    const timelineShows = (page, wanted) =>
      page.waitForFunction(
        ({ text, error }) => {
          const timeline = document
            .querySelector('brief-playground')
            .shadowRoot.querySelector('brief-timeline')?.shadowRoot;
          return error ? timeline?.querySelector('[part~="error"]') : timeline?.textContent.includes(text);
        },
        { timeout: 10000 },
        wanted,
      );

    /** Each widget's visible text (a grid's cards included), or its error panel's. */
    const widgetTexts = (page) =>
      page.evaluate(() => {
        const text = (root) =>
          [...root.childNodes]
            .map((node) =>
              node.nodeType === Node.TEXT_NODE
                ? node.textContent
                : node.nodeType === Node.ELEMENT_NODE
                  ? (node.shadowRoot ? text(node.shadowRoot) : '') + text(node)
                  : '',
            )
            .join(' ')
            .replace(/\s+/g, ' ');
        const root = document.querySelector('brief-playground').shadowRoot;
        return Object.fromEntries(
          [
            'brief-indicator-card',
            'brief-indicator-grid',
            'brief-recommendation-checklist',
            'brief-timeline',
          ].map((tag) => [tag, root.querySelector(tag) ? text(root.querySelector(tag).shadowRoot) : null]),
        );
      });

    it('draws a pasted brief in all four widgets and gives each widget its embed snippets', async () => {
      const { page, problems } = await openPage(browser, url());
      await page.waitForFunction(() =>
        document.querySelector('brief-playground')?.shadowRoot?.querySelector('#brief'),
      );
      const brief = starterBrief();
      brief.title = 'Water on the border, 2026';
      brief.indicators[0].title = 'Reservoir levels on the Rio Grande';
      brief.recommendations[0].title = 'Fund the treaty deliveries';
      brief.timeline.title = 'The 1944 Water Treaty cycle';
      await paste(page, JSON.stringify(brief, null, 2));
      await timelineShows(page, { text: 'The 1944 Water Treaty cycle' });
      const texts = await widgetTexts(page);
      assert.match(texts['brief-indicator-card'], /Reservoir levels on the Rio Grande/);
      assert.match(texts['brief-indicator-grid'], /Reservoir levels on the Rio Grande/);
      assert.match(texts['brief-recommendation-checklist'], /Fund the treaty deliveries/);
      assert.match(texts['brief-timeline'], /The 1944 Water Treaty cycle/);
      const snippets = await page.evaluate(() =>
        [...document.querySelector('brief-playground').shadowRoot.querySelectorAll('textarea.snippet')].map(
          (box) => box.value,
        ),
      );
      assert.equal(snippets.length, 8);
      assert.equal(
        snippets[0],
        '<script type="module" src="https://unpkg.com/briefing-widgets/dist/standalone/briefing-widgets.js"></script>\n' +
          '<brief-indicator-card indicator="example-indicator" src="https://your-site.example/briefs/brief.json"></brief-indicator-card>',
      );
      const inline = snippets[7];
      assert.ok(
        inline.includes('<brief-timeline>\n<script type="application/json">\n{'),
        inline.slice(0, 200),
      );
      const json = inline.slice(inline.indexOf('{'), inline.lastIndexOf('}') + 1);
      assert.equal(JSON.parse(json).timeline.title, 'The 1944 Water Treaty cycle');
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('shows each widget’s error panel naming the wrong field, and a JSON mistake by line and column', async () => {
      const { page } = await openPage(browser, url());
      await page.waitForFunction(() =>
        document.querySelector('brief-playground')?.shadowRoot?.querySelector('#brief'),
      );
      const brief = starterBrief();
      brief.indicators[0].direction = 'sideways';
      await paste(page, JSON.stringify(brief, null, 2));
      await timelineShows(page, { error: true });
      const texts = await widgetTexts(page);
      for (const tag of [
        'brief-indicator-card',
        'brief-indicator-grid',
        'brief-recommendation-checklist',
        'brief-timeline',
      ]) {
        assert.match(texts[tag], /indicators\[0\]\.direction/, `${tag}: ${texts[tag]}`);
      }
      await paste(page, '{\n  "id": "x",\n  "title": "y",\n}');
      await page.waitForFunction(
        () =>
          document.querySelector('brief-playground').shadowRoot.querySelector('.syntax').textContent !== '',
        { timeout: 5000 },
      );
      const syntax = await page.evaluate(
        () => document.querySelector('brief-playground').shadowRoot.querySelector('.syntax').textContent,
      );
      assert.equal(syntax, 'Not valid JSON at line 4, column 1: a comma before "}": remove the last comma');
      await page.close();
    });
  });
});
