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
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { assertHydrated, assertShows, bundleClient, hydrate, readWithoutJavaScript } from '../ssr/site.js';
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

/** Builds the site: Eleventy renders the page, Vite bundles its client script beside it. */
async function buildSite() {
  // Input and output come from the config (tests/eleventy/ into .eleventy-site/).
  const eleventy = new Eleventy(undefined, undefined, {
    configPath: `${root}tests/eleventy/eleventy.config.js`,
    quietMode: true,
  });
  await eleventy.write();
  await bundleClient(
    siteDir,
    "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nawait import('briefing-widgets');\n",
  );
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
    const { texts, defined } = await readWithoutJavaScript(browser, `${server.origin}${path}`);
    assertShows(assert, texts, expected, 'without JavaScript');
    assert.equal(defined, false);
  });

  it('hydrates every widget with no console error and no layout shift', async () => {
    const { state, shifts, problems } = await hydrate(browser, `${server.origin}${path}`);
    assert.deepEqual(problems, []);
    assert.equal(state.length, 4);
    assertHydrated(assert, state);
    assert.deepEqual(shifts, [], 'no layout shift (CLS 0)');
  });
});
