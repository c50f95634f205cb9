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
import { assertHydrated, assertShows, hydrate, readWithoutJavaScript } from '../ssr/site.js';
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

/** The reader ticked the first action on an earlier visit; only their browser knows. */
const tickKey = `briefing-widgets:checklist:${defaultBrief.id}@${defaultBrief.version}`;
const firstAction = defaultBrief.recommendations[0].actions[0].id;

/** Runs before the page's scripts: the reader's tick from an earlier visit. */
function storeTick(key, ticked) {
  localStorage.setItem(key, JSON.stringify({ v: 1, ticked: [ticked] }));
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
    const { texts, defined } = await readWithoutJavaScript(browser, `${server.origin}${path}`);
    assertShows(assert, texts, expected, 'without JavaScript');
    // No script ran: the text came with the HTML, and the client script was never run.
    assert.equal(defined, false);
  });

  it('hydrates every widget with no console error, nothing drawn twice and no layout shift', async () => {
    const { state, texts, shifts, problems } = await hydrate(
      browser,
      `${server.origin}${path}`,
      `(${storeTick.toString()})(${JSON.stringify(tickKey)}, ${JSON.stringify(firstAction)})`,
    );
    assert.deepEqual(problems, []);
    assertHydrated(assert, state);
    assertShows(assert, texts, expected, 'once hydrated');
    // The server knew no reader; once hydrated, the checklist shows the reader's own tick.
    assert.ok(
      texts['brief-recommendation-checklist'].includes('1 of 16 actions ticked'),
      'the stored tick shows',
    );
    assert.deepEqual(shifts, [], 'no layout shift (CLS 0)');
  });
});
