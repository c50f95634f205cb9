/**
 * The static-site proof: a page built with the widgets rendered on the server
 * (tests/ssr/build-page.js, `briefing-widgets/ssr`) and loaded in Chromium.
 * - With JavaScript off, a reader still reads each widget: the card's figure and source
 *   line, the grid's summary and its cards, the checklist's recommendations and actions,
 *   the timeline's milestone titles — all in declarative shadow roots.
 * - With JavaScript on, the widgets hydrate the server's markup (its `lit-part` markers
 *   stay; nothing is drawn twice), with no console error and no layout shift (CLS 0).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
// eslint-disable-next-line import-x/extensions -- the package's own entry
import { defaultBrief } from 'briefing-widgets/data';
import { buildPage } from '../ssr/build-page.js';
import { launch } from './browser.js';
import { serve } from './server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const path = '/.ssr-site/index.html';

/** What a reader must find in each widget's shadow root, JavaScript or not. */
const expected = {
  'author-card': ['An author’s own indicator', 'Brief, June 2022: worsening'],
  'brief-indicator-card': [
    'Record U.S. Overdose Deaths',
    '105,752',
    'Source: CDC/NCHS',
    'Since then: down 26% from the 2022 peak',
  ],
  'brief-indicator-grid': ['8 of 8 indicators worsening', 'Record Southwest Border Encounters', '239,416'],
  'brief-recommendation-checklist': [
    'What the brief recommends',
    'Secure the Southwest Border from the U.S. Side, Period.',
    'of 16 actions ticked',
  ],
  'brief-timeline': [
    'USMCA: from NAFTA to the 2026 joint review',
    'NAFTA enters into force',
    'USMCA signed in Buenos Aires',
  ],
};

/** Each widget's text as a reader gets it (its shadow root, and any nested one), by tag. */
function widgetTexts() {
  const text = (root) =>
    [...root.querySelectorAll('*')]
      .map((element) => (element.shadowRoot ? text(element.shadowRoot) : ''))
      .concat(root.textContent)
      .join(' ');
  return Object.fromEntries(
    [...document.querySelectorAll('main > *')]
      .filter((element) => element.localName.startsWith('brief-'))
      .map((element) => [
        element.id || element.localName,
        element.shadowRoot ? text(element.shadowRoot).replace(/\s+/g, ' ') : '',
      ]),
  );
}

/** The reader ticked the first action on an earlier visit; only their browser knows. */
const tickKey = `briefing-widgets:checklist:${defaultBrief.id}@${defaultBrief.version}`;
const firstAction = defaultBrief.recommendations[0].actions[0].id;

/** Runs before the page's scripts: sums every layout shift, as CLS does. */
function recordShifts(key, ticked) {
  localStorage.setItem(key, JSON.stringify({ v: 1, ticked: [ticked] }));
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

describe('server-rendered static page', () => {
  let browser;
  let server;
  before(async () => {
    await buildPage();
    server = await serve(root);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads the figures, actions and milestone titles with JavaScript off', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    const texts = await page.evaluate(widgetTexts);
    for (const [tag, phrases] of Object.entries(expected)) {
      for (const phrase of phrases)
        assert.ok(texts[tag]?.includes(phrase), `${tag} shows “${phrase}” without JavaScript`);
    }
    // No script ran: the text came with the HTML, and the client script was never run.
    assert.equal(await page.evaluate(() => customElements.get('brief-timeline')), undefined);
    await page.close();
  });

  it('hydrates every widget with no console error, nothing drawn twice and no layout shift', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    await page.evaluateOnNewDocument(recordShifts, tickKey, firstAction);
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn')
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0' });
    const state = await page.evaluate(async () => {
      const widgets = [...document.querySelectorAll('main > *')].filter((element) =>
        element.localName.startsWith('brief-'),
      );
      await Promise.all(widgets.map((element) => element.updateComplete));
      // Two frames: whatever the widgets draw after hydration (sizes read, reader state) is painted.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return widgets.map((element) => ({
        tag: element.localName,
        upgraded: element.hasUpdated === true,
        hydrated: element.shadowRoot.innerHTML.includes('<!--lit-part'),
        bases: element.shadowRoot.querySelectorAll('[part~="base"]').length,
        loading: element.shadowRoot.querySelectorAll('[part~="loading"], [part~="error"]').length,
      }));
    });
    assert.deepEqual(problems, []);
    for (const widget of state) {
      assert.ok(widget.upgraded, `${widget.tag} upgraded`);
      assert.ok(widget.hydrated, `${widget.tag} kept the server's markup (hydrated, not redrawn)`);
      assert.equal(widget.bases, 1, `${widget.tag} draws its content once`);
      assert.equal(widget.loading, 0, `${widget.tag} shows no loading placeholder or error`);
    }
    const texts = await page.evaluate(widgetTexts);
    for (const [tag, phrases] of Object.entries(expected)) {
      for (const phrase of phrases)
        assert.ok(texts[tag]?.includes(phrase), `${tag} shows “${phrase}” once hydrated`);
    }
    // The server knew no reader; once hydrated, the checklist shows the reader's own tick.
    assert.ok(
      texts['brief-recommendation-checklist'].includes('1 of 16 actions ticked'),
      'the stored tick shows',
    );
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift (CLS 0)');
    await page.close();
  });
});
