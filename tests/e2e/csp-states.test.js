/**
 * Strict CSP in every state (DESIGN.md "CSP-safe"): each widget, embedded with each
 * standalone build (`npm run build`) in a page served with a policy that allows no inline
 * style (`strictCsp`: `default-src 'none'; script-src 'self'; style-src 'self'; …`), driven
 * as a reader drives it — clicks, keys, the pointer, widths, themes, the clipboard,
 * downloads, print and a real PDF, the error panel. After each step the page must have
 * reported no `securitypolicyviolation` (recorded from before any page script runs) and
 * logged no console error; a failure names the build, the widget and the step. Each step
 * also checks that it reached its state, so a selector that finds nothing cannot pass.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openPage } from './browser.js';
import { embedPage, scripts, serveAndLaunch } from './embed.js';

/** The widgets as an editor pastes them, each on its own page, with the bundled brief. */
const bodies = {
  // A charted indicator with a long claim, a note and dated context; a qualitative one.
  card: `<brief-indicator-card id="chart" indicator="trade-tensions"></brief-indicator-card>
    <brief-indicator-card id="words" indicator="foreign-policy"></brief-indicator-card>`,
  grid: '<brief-indicator-grid></brief-indicator-grid>',
  checklist: '<brief-recommendation-checklist></brief-recommendation-checklist>',
  timeline: '<brief-timeline now="2026-11-28"></brief-timeline>',
};
/** Every widget with an invalid inline brief, for the error panels. */
const tags = {
  'brief-indicator-card': 'indicator="overdose-deaths"',
  'brief-indicator-grid': '',
  'brief-recommendation-checklist': '',
  'brief-timeline': 'now="2026-11-28"',
};
const broken = '<script type="application/json">{"id": "broken", "title": 42}</script>';
bodies.errors = Object.entries(tags)
  .map(([tag, attributes]) => `<${tag} ${attributes}>${broken}</${tag}>`)
  .join('\n');

const pages = {};
for (const [build, script] of Object.entries(scripts)) {
  for (const [name, body] of Object.entries(bodies))
    pages[`/${build}/${name}.html`] = embedPage(script, body);
}

/**
 * Lets every widget on the page settle (nested ones too): their updates, a frame for the
 * size observers and the updates that follow, until none is pending; then a short wait for
 * the violation reports, which are queued as tasks.
 */
function settle(page) {
  return page.evaluate(async () => {
    const widgets = (node) =>
      [...node.querySelectorAll('*')].flatMap((element) => [
        ...(element.localName.startsWith('brief-') ? [element] : []),
        ...(element.shadowRoot ? widgets(element.shadowRoot) : []),
      ]);
    for (let round = 0; round < 5; round += 1) {
      await Promise.all(widgets(document).map((element) => element.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (!widgets(document).some((element) => element.isUpdatePending)) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

/** Waits for a file with this ending in the download folder (Chrome renames it when done). */
async function downloaded(folder, ending) {
  for (let i = 0; i < 40; i += 1) {
    if (readdirSync(folder).some((file) => file.endsWith(ending))) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/** One action made of several, in turn. */
const inTurn =
  (...actions) =>
  async () => {
    for (const action of actions) await action();
  };

/** What a reader does and sees in one page, through its widgets' shadow roots (deep selectors). */
function reader(page) {
  const count = async (selector) => (await page.$$(selector)).length;
  return {
    count,
    has: async (selector) => (await count(selector)) > 0,
    /** The first match's text, spaces folded ('' when nothing matches). */
    text: (selector) =>
      page.$eval(selector, (element) => element.textContent.replace(/\s+/g, ' ').trim()).catch(() => ''),
    click: (selector) => page.click(selector),
    key: (key) => page.keyboard.press(key),
    /** Focuses what `selector` finds, then presses `key`. */
    async focusKey(selector, key) {
      await page.focus(selector);
      await page.keyboard.press(key);
    },
    width: (width) => page.setViewport({ width, height: 900 }),
    /** Clicks the button (or summary) in `host`'s shadow root whose text is exactly `label`. */
    async press(host, label) {
      const handle = await page.evaluateHandle(
        (selector, wanted) =>
          [...(document.querySelector(selector)?.shadowRoot?.querySelectorAll('button, summary') ?? [])].find(
            (element) => element.textContent.replace(/\s+/g, ' ').trim() === wanted,
          ) ?? null,
        host,
        label,
      );
      const element = handle.asElement();
      assert.ok(element, `${host} has no button "${label}"`);
      await element.click();
    },
    /** Sets an attribute on every element `selector` finds in the page, as an author would. */
    set: (selector, name, value) =>
      page.$$eval(
        selector,
        (elements, attribute, to) => elements.forEach((element) => element.setAttribute(attribute, to)),
        name,
        value,
      ),
  };
}

describe('every state of every widget under a strict CSP', () => {
  const env = serveAndLaunch(pages);

  for (const build of Object.keys(scripts)) {
    describe(`${build} build`, () => {
      let context;
      let folder;
      before(async () => {
        folder = mkdtempSync(join(tmpdir(), 'csp-states-'));
        context = await env.browser.createBrowserContext({
          downloadBehavior: { policy: 'allow', downloadPath: folder },
        });
      });
      after(async () => {
        await context?.close();
        rmSync(folder, { recursive: true, force: true });
      });

      /**
       * Opens a widget's page. `steps([[name, action, reached], …])` runs a reader's steps
       * in turn; after each, it fails on any violation or console error the step caused
       * (but the `expected` logs), and unless `reached()` holds.
       */
      async function visit(name, { width = 1200, hash = '', expected } = {}) {
        const tab = await openPage(context, `${env.server.origin}/${build}/${name}.html${hash}`, { width });
        const steps = async (list) => {
          for (const [what, action, reached] of list) {
            await action?.();
            await settle(tab.page);
            const where = `${build} build, ${name}, step "${what}"`;
            const found = await tab.violations();
            assert.deepEqual(found, [], `${where}: CSP violations\n${found.join('\n')}`);
            const logged = tab.problems.splice(0).filter((text) => !expected?.test(text));
            assert.deepEqual(logged, [], `${where}: console`);
            if (reached) assert.ok(await reached(), `${where}: did not reach its state`);
          }
        };
        return { ...tab, steps, ...reader(tab.page) };
      }

      /** Print: the media type alone, the print layout between `beforeprint` and `afterprint`, a real PDF. */
      function print(page, printed) {
        const dispatch = (type) => page.evaluate((name) => window.dispatchEvent(new Event(name)), type);
        let pdf;
        return [
          ['print media', () => page.emulateMediaType('print')],
          ['beforeprint: the print layout', () => dispatch('beforeprint'), printed],
          [
            'afterprint',
            async () => {
              await dispatch('afterprint');
              await page.emulateMediaType(null);
            },
          ],
          [
            'page.pdf()',
            async () => {
              pdf = await page.pdf({ format: 'A4' });
            },
            async () => Buffer.from(pdf).subarray(0, 5).toString() === '%PDF-',
          ],
        ];
      }

      it('<brief-indicator-card>: chart readout, disclosures, CSV, dark, compact, print', async () => {
        const { page, steps, count, has, text, click, key, focusKey, set } = await visit('card');
        const chart = '#chart >>> [part~="chart"]';
        const reading = async () => (await text('#chart >>> [part~="readout"]')) !== '';
        const notReading = async () => !(await reading());
        const hover = async (share) => {
          const box = await (await page.$(chart)).boundingBox();
          await page.mouse.move(box.x + box.width * share, box.y + box.height / 2);
        };
        const toggle = (id, details) => () => click(`#${id} >>> details.${details} > summary`);
        const claim = (id) => () => click(`#${id} >>> .claim .link-button`);
        await steps([
          [
            'first render',
            undefined,
            async () => (await count('brief-indicator-card >>> [part~="title"]')) === 2,
          ],
          ...[10, 50, 90].map((at) => [
            `pointer over the chart at ${String(at)}%`,
            () => hover(at / 100),
            reading,
          ]),
          ['pointer leaves the chart', () => page.mouse.move(1, 1), notReading],
          ['chart focused', () => page.focus(chart)],
          ...['Home', 'ArrowRight', 'ArrowUp', 'End', 'ArrowLeft', 'ArrowDown'].map((name) => [
            `readout: ${name}`,
            () => key(name),
            reading,
          ]),
          ['readout: Escape', () => key('Escape'), notReading],
          [
            'data table opened',
            toggle('chart', 'data'),
            async () => (await count('#chart >>> [part~="table"] tr')) > 2,
          ],
          ['CSV downloaded', () => click('#chart >>> details.data button'), () => downloaded(folder, '.csv')],
          [
            'data table closed',
            toggle('chart', 'data'),
            async () => !(await has('#chart >>> [part~="table"]')),
          ],
          ['note opened', toggle('chart', 'note'), () => has('#chart >>> .note__text')],
          ['note closed', toggle('chart', 'note')],
          ...['chart', 'words'].flatMap((id) => [
            [
              `${id}: dated context opened`,
              toggle(id, 'context__more'),
              () => has(`#${id} >>> .context__more .context__item`),
            ],
            [
              `${id}: sources opened`,
              toggle(id, 'sources'),
              () => has(`#${id} >>> details.sources[open] li`),
            ],
            [
              `${id}: the claim's "read all"`,
              claim(id),
              async () => !(await has(`#${id} >>> .claim__text--clamped`)),
            ],
            [`${id}: the claim folded again`, claim(id), () => has(`#${id} >>> .claim__text--clamped`)],
          ]),
          [
            'reader prefers dark',
            () => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]),
          ],
          ['theme="dark"', () => set('brief-indicator-card', 'theme', 'dark')],
          [
            'compact',
            () => set('brief-indicator-card', 'compact', ''),
            async () => (await count('brief-indicator-card >>> [part~="claim"]')) === 1,
          ],
          ['the compact chart read', () => focusKey(chart, 'End'), reading],
          ...print(page),
        ]);
        await page.close();
      });

      it('<brief-indicator-grid>: 650, 320 and 1200 px, a card inside read, print', async () => {
        const { page, steps, count, has, text, click, focusKey, width } = await visit('grid', { width: 650 });
        const cards = 'brief-indicator-grid >>> brief-indicator-card';
        const all = async () => (await count(`${cards} >>> [part~="title"]`)) === 8;
        await steps([
          ['render (650 px)', undefined, all],
          ['narrow (320 px)', () => width(320), all],
          ['wide (1200 px)', () => width(1200), all],
          [
            "a card's sources opened",
            () => click(`${cards} >>> details.sources > summary`),
            () => has(`${cards} >>> details.sources[open]`),
          ],
          [
            "a card's chart read",
            () => focusKey(`${cards} >>> [part~="chart"]`, 'Home'),
            async () => (await text(`${cards} >>> [part~="readout"]`)) !== '',
          ],
          ...print(page),
        ]);
        await page.close();
      });

      it('<brief-recommendation-checklist>: expand, tick, filter, share and its prompt, export, readonly, print', async () => {
        const host = 'brief-recommendation-checklist';
        const at = (selector) => `${host} >>> ${selector}`;
        const { page, steps, count, has, text, click, press, set } = await visit('checklist', { width: 650 });
        const opened = (n) => async () => (await count(at('.rec--open'))) === n;
        const ticked = (n) => async () => (await count(at('.action--ticked'))) === n;
        // The reader clicks an action's label; the rows re-render, so each is looked up when clicked.
        const tick = (index) => async () => (await page.$$(at('.action__label')))[index].click();
        const chip = (index) => async () =>
          (await page.$$(at('[part~="filters"] button[data-actor]')))[index].click();
        const filtered = (yes) => async () => (await has(at('.count--filtered'))) === yes;
        const message = (start) => async () => (await text(at('p.message'))).startsWith(start);
        const shareToggle = () => click(at('button[aria-controls="share"]'));
        let link = '';
        await steps([
          ['render', undefined, async () => (await count(at('[part~="recommendation"]'))) === 6],
          ['one recommendation expanded', () => click(at('[part~="recommendation-title"]')), opened(1)],
          ['an action ticked', tick(0), ticked(1)],
          ['a second action ticked', tick(1), ticked(2)],
          [
            '"What happened" opened',
            () => click(at('[part~="status-toggle"]')),
            () => has(at('[part~="status-details"]:not([hidden]) li')),
          ],
          [
            '"What happened" closed',
            () => click(at('[part~="status-toggle"]')),
            async () => !(await has(at('[part~="status-details"]:not([hidden])'))),
          ],
          ['"Expand all"', () => press(host, 'Expand all'), opened(6)],
          ['"Collapse all"', () => press(host, 'Collapse all'), opened(0)],
          ['"Expand all" again', () => press(host, 'Expand all'), opened(6)],
          // Chip 0 is "Everyone".
          ['actor filter: one chip', chip(1), filtered(true)],
          ['actor filter: two chips', chip(2), filtered(true)],
          ['actor filter: "Everyone"', chip(0), filtered(false)],
          [
            'share panel opened',
            shareToggle,
            async () => {
              link = await page.$eval(at('#share-url'), (input) => input.value);
              return link.includes('#brief-ticks=');
            },
          ],
          ['share link focused', () => page.focus(at('#share-url'))],
          ['"Copy link"', () => press(host, 'Copy link'), message('Link copied.')],
          ['"Copy as Markdown"', () => press(host, 'Copy as Markdown'), message('Markdown copied.')],
        ]);
        // Where the browser refuses the clipboard, the widget offers the text to copy by hand.
        await context.overridePermissions(env.server.origin, []);
        await steps([
          [
            '"Copy link", the clipboard refused',
            () => press(host, 'Copy link'),
            message('Copying is not available'),
          ],
          ['share panel closed', shareToggle, () => has(at('#share[hidden]'))],
          [
            '"Copy as Markdown", the clipboard refused: the text to copy',
            () => press(host, 'Copy as Markdown'),
            () => has(at('textarea#markdown')),
          ],
        ]);
        await context.clearPermissionOverrides();
        await steps([
          ['"Download Markdown"', () => press(host, 'Download Markdown'), () => downloaded(folder, '.md')],
          ['both actions unticked', inTurn(tick(1), tick(0)), ticked(0)],
          ...print(page, async () => !(await has(at('.rec__body[hidden]')))),
          ['readonly', () => set(host, 'readonly', ''), async () => !(await has(at('[part~="checkbox"]')))],
          [
            'readonly: "What happened" opened',
            () => click(at('[part~="status-toggle"]')),
            () => has(at('[part~="status-details"]:not([hidden])')),
          ],
          ...print(page, async () => !(await has(at('.rec__body[hidden]')))),
        ]);
        await page.close();

        // Another reader opens the link: its ticks are offered, and they choose.
        const { hash } = new URL(link);
        const shared = await visit('checklist', { width: 650, hash });
        const prompt = async () => (await shared.count(at('[part~="prompt"] button'))) === 2;
        const progress = () => shared.page.$eval(at('[part~="progress"] progress'), (bar) => bar.value);
        await shared.steps([
          ['a shared link opened: the prompt', undefined, prompt],
          [
            'the prompt declined',
            () => shared.click(at('[part~="prompt"] .button:not(.button--primary)')),
            async () => (await progress()) === 0,
          ],
          [
            'the link opened again on the page',
            () => shared.page.evaluate((to) => (location.hash = to), hash),
            prompt,
          ],
          [
            'the prompt accepted',
            () => shared.click(at('[part~="prompt"] .button--primary')),
            async () => (await progress()) === 2,
          ],
          [
            'a link for another version of the list',
            () => shared.page.evaluate(() => (location.hash = 'brief-ticks=us-mexico-2022:zzzz:AAA')),
            async () => (await shared.text(at('[part~="prompt"]'))).includes('version'),
          ],
        ]);
        await shared.page.close();
      });

      it('<brief-timeline>: layouts, widths, zoom, pan, filter, details, phases, .ics, print', async () => {
        const host = 'brief-timeline';
        const at = (selector) => `${host} >>> ${selector}`;
        const { page, steps, has, text, click, key, focusKey, width, press, set } = await visit('timeline');
        const shown = (part) => () => has(at(`[part~="${part}"]`));
        const gone = (part) => async () => !(await has(at(`[part~="${part}"]`)));
        const list = shown('list');
        const axis = shown('plot');
        const detail = shown('detail');
        const stop = at('[part~="milestone"][tabindex="0"]');
        /** The range the axis shows, as the overview strip's window draws it. */
        const range = () =>
          page.$eval(
            at('rect.overview__window'),
            (rect) => `${rect.getAttribute('x')} ${rect.getAttribute('width')}`,
          );
        /** A step whose action must move the range. */
        const moving = (what, action) => {
          let before;
          const act = async () => {
            before = await range();
            await action();
          };
          return [what, act, async () => (await range()) !== before];
        };
        const drag = async () => {
          const plot = await (await page.$(at('[part~="plot"]'))).boundingBox();
          const y = plot.y + 8;
          await page.mouse.move(plot.x + 400, y);
          await page.mouse.down();
          await page.mouse.move(plot.x + 150, y, { steps: 8 });
          await page.mouse.up();
          await page.mouse.move(1, 1);
        };
        const layout = (value) => () => set(host, 'layout', value);
        await steps([
          ['first render: the axis (1200 px)', undefined, axis],
          // The width picks the layout until the reader picks one.
          ['650 px: the list', () => width(650), list],
          ['320 px: the list', () => width(320), list],
          ['a detail opened at 320 px', () => click(stop), detail],
          ['the detail closed at 320 px (Escape)', () => key('Escape'), gone('detail')],
          ['1200 px: the axis', () => width(1200), axis],
          moving('zoom in (+ button)', () => click(at('button[aria-label="Zoom in"]'))),
          moving('zoom out (− button)', () => click(at('button[aria-label="Zoom out"]'))),
          ['a milestone focused', () => page.focus(stop)],
          moving('zoom in (+ key)', () => key('+')),
          moving('zoom out (− key)', () => key('-')),
          moving('zoom in (+ key) again', () => key('+')),
          ...['ArrowRight', 'ArrowRight', 'ArrowLeft'].map((name) => [
            `arrow keys: ${name}`,
            () => key(name),
          ]),
          // The last and first milestones lie outside the range: the axis pans to them.
          moving('arrow keys: End (pans)', () => key('End')),
          moving('arrow keys: Home (pans)', () => key('Home')),
          moving('pan: dragged with the mouse', drag),
          moving('a phase of the strip', () => click(at('.overview__band[data-phase="in-force"]'))),
          ['"Show all"', () => press(host, 'Show all'), () => has(at('.cluster'))],
          moving('a cluster zoomed to', () => click(at('.cluster'))),
          ["a milestone's detail opened (click)", () => click(at('[part~="milestone"]')), detail],
          ['the detail closed ("Close")', () => press(host, 'Close'), gone('detail')],
          ["a milestone's detail opened (Enter)", () => focusKey(stop, 'Enter'), detail],
          ['the detail closed (Escape)', () => key('Escape'), gone('detail')],
          [
            'a category hidden',
            () => click(at('[part~="filter"] input')),
            async () => (await text(at('p.status'))).startsWith('Showing'),
          ],
          ['the category shown again', () => click(at('[part~="filter"] input'))],
          ['.ics downloaded', () => click(at('[part~="calendar"]')), () => downloaded(folder, '.ics')],
          ['"Timeline | List": the list', () => click(at('[part~="switch"] [data-view="list"]')), list],
          ['a phase opened', () => click(at('.phase:not(.phase--open) .phase__toggle'))],
          [
            '"Show all phases"',
            () => press(host, 'Show all phases'),
            async () => !(await has(at('.phase:not(.phase--open)'))),
          ],
          [
            "a milestone's detail opened in the list",
            () => click(at('[data-id="joint-review-2026"]')),
            detail,
          ],
          ['the detail closed in the list (Escape)', () => key('Escape'), gone('detail')],
          ...['ArrowDown', 'End', 'Home'].map((name) => [`arrow keys in the list: ${name}`, () => key(name)]),
          ['"Fold phases"', () => press(host, 'Fold phases'), () => has(at('.phase:not(.phase--open)'))],
          ['"Timeline | List": the axis', () => click(at('[part~="switch"] [data-view="axis"]')), axis],
          ['layout="vertical"', layout('vertical'), async () => (await list()) && (await gone('switch')())],
          ['layout="horizontal"', layout('horizontal'), axis],
          ['layout="horizontal" at 320 px', () => width(320), axis],
          ['layout="horizontal" at 320 px: a detail opened', () => click(at('[part~="milestone"]')), detail],
          ['layout="vertical" at 320 px', layout('vertical'), list],
          ['layout="auto" at 1200 px', inTurn(layout('auto'), () => width(1200)), axis],
          ...print(page, () => has(at('.timeline--print'))),
        ]);
        await page.close();
      });

      it('the error panel of every widget (invalid inline JSON)', async () => {
        const tab = await visit('errors', { expected: /cannot show the inline JSON/ });
        await tab.steps(
          Object.keys(tags).map((tag) => [
            `${tag}'s error panel`,
            undefined,
            () => tab.has(`${tag} >>> [part~="error"]`),
          ]),
        );
        await tab.page.close();
      });
    });
  }
});
