/**
 * The Eleventy proof (issue 13): tests/eleventy/ built by Eleventy 3 with
 * `@lit-labs/eleventy-plugin-lit`, whose `componentModules` is one line,
 * `import 'briefing-widgets/ssr'`. Loaded in Chromium:
 * - with JavaScript off, the widgets' text (the card's figure, a milestone title, an action)
 *   is in their declarative shadow roots;
 * - with JavaScript on (Lit's hydration support, then the widgets), every widget hydrates
 *   the plugin's markup with no console error and no layout shift.
 * Set ELEVENTY_LIT=off to build without the plugin and watch the first check fail.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { build } from 'vite';
import { launch } from './browser.js';
import { serve } from './server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const siteDir = `${root}.eleventy-site/`;
const path = '/.eleventy-site/index.html';

const expected = {
  'brief-indicator-card': ['Record U.S. Overdose Deaths', '105,752', 'Source: CDC/NCHS'],
  'brief-indicator-grid': ['8 of 8 indicators worsening', '239,416'],
  'brief-recommendation-checklist': ['Secure the Southwest Border from the U.S. Side, Period.'],
  'brief-timeline': ['NAFTA enters into force', 'USMCA signed in Buenos Aires'],
};

/** Each widget's text as a reader gets it (its shadow root and any nested one), by tag. */
function widgetTexts() {
  const text = (node) =>
    [...node.querySelectorAll('*')]
      .map((element) => (element.shadowRoot ? text(element.shadowRoot) : ''))
      .concat(node.textContent)
      .join(' ');
  return Object.fromEntries(
    [...document.querySelectorAll('main > [theme]')].map((element) => [
      element.localName,
      element.shadowRoot ? text(element.shadowRoot).replace(/\s+/g, ' ') : '',
    ]),
  );
}

/** Builds the site: Eleventy renders the page, Vite bundles its client script beside it. */
async function buildSite() {
  // Input and output come from the config (tests/eleventy/ into .eleventy-site/).
  const eleventy = new Eleventy(undefined, undefined, {
    configPath: `${root}tests/eleventy/eleventy.config.js`,
    quietMode: true,
  });
  await eleventy.write();
  const entry = `${siteDir}client-entry.js`;
  await writeFile(
    entry,
    "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nawait import('briefing-widgets');\n",
  );
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: siteDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      lib: { entry, formats: ['es'], fileName: () => 'client.js' },
    },
  });
}

describe('Eleventy page with @lit-labs/eleventy-plugin-lit', () => {
  let browser;
  let server;
  before(async () => {
    await buildSite();
    server = await serve(root);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads the figure, the milestones and the actions with JavaScript off', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    const texts = await page.evaluate(widgetTexts);
    for (const [tag, phrases] of Object.entries(expected)) {
      for (const phrase of phrases)
        assert.ok(texts[tag]?.includes(phrase), `${tag} shows “${phrase}” without JavaScript`);
    }
    assert.equal(await page.evaluate(() => customElements.get('brief-timeline')), undefined);
    await page.close();
  });

  it('hydrates every widget with no console error and no layout shift', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    await page.evaluateOnNewDocument(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn')
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0' });
    const state = await page.evaluate(async () => {
      const widgets = [...document.querySelectorAll('main > [theme]')];
      await Promise.all(widgets.map((element) => element.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return widgets.map((element) => ({
        tag: element.localName,
        upgraded: element.hasUpdated === true,
        hydrated: element.shadowRoot.innerHTML.includes('<!--lit-part'),
        bases: element.shadowRoot.querySelectorAll('[part~="base"]').length,
      }));
    });
    assert.deepEqual(problems, []);
    assert.equal(state.length, 4);
    for (const widget of state) {
      assert.ok(widget.upgraded, `${widget.tag} upgraded`);
      assert.ok(widget.hydrated, `${widget.tag} kept the plugin's markup (hydrated, not redrawn)`);
      assert.equal(widget.bases, 1, `${widget.tag} draws its content once`);
    }
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift (CLS 0)');
    await page.close();
  });
});
