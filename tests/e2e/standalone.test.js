/**
 * The embed as a web editor uses it: a plain page with one <script> and one element,
 * served with a strict Content-Security-Policy. Runs against the built files (`npm run build`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { openPage } from './browser.js';
import { embedPage, esm, iife, scripts, serveAndLaunch } from './embed.js';

const page = (head, body = '<brief-indicator-card indicator="overdose-deaths"></brief-indicator-card>') =>
  embedPage(head, body);

const pages = {
  '/esm.html': page(`<script type="module" src="${esm}"></script>`),
  '/iife.html': page(`<script src="${iife}" defer></script>`),
  '/both.html': page(`<script src="${iife}" defer></script><script type="module" src="${esm}"></script>`),
  '/four.html': page(
    `<script type="module" src="${esm}"></script>`,
    Object.entries({
      'brief-indicator-card': 'indicator="overdose-deaths"',
      'brief-indicator-grid': '',
      'brief-recommendation-checklist': '',
      'brief-timeline': 'now="2026-12-01"',
    })
      .map(([tag, attributes]) => `<${tag} ${attributes}></${tag}>`)
      .join(''),
  ),
  '/late.html': page(`<script type="module" src="${esm}"></script>`, '<p>An article with no widget yet.</p>'),
  '/twice.html': page(
    `<script type="module" src="${esm}"></script><script type="module" src="${esm}?copy"></script>`,
  ),
  '/two-cards.html': page(
    `<script type="module" src="${esm}"></script>`,
    `<brief-indicator-card id="bad" indicator="overdose-deaths"><script type="application/json">{"id": "broken", "title": 42}</script></brief-indicator-card>
     <brief-indicator-card id="good" indicator="trade-tensions"></brief-indicator-card>`,
  ),
};

/**
 * Inline JSON wherever the script sits: each element, each build, the script in the head,
 * before the elements or after them. A classic script in the head defines the elements
 * before the parser has added their children, the case that used to fall back to the
 * bundled brief.
 */
const small = readFileSync(new URL('../fixtures/small-brief.json', import.meta.url), 'utf8');
const elements = {
  'brief-indicator-card': 'indicator="overdose-deaths"',
  'brief-indicator-grid': '',
  'brief-recommendation-checklist': '',
  'brief-timeline': 'now="2026-12-01"',
};
const inlinePages = {};
for (const [build, script] of Object.entries(scripts)) {
  for (const position of ['head', 'before', 'after']) {
    const widgets = Object.entries(elements)
      .map(
        ([tag, attributes]) =>
          `<${tag} ${attributes}><script type="application/json">${small}</script></${tag}>`,
      )
      .join('\n');
    inlinePages[`/inline-${build}-${position}.html`] = page(
      position === 'head' ? script : '',
      `${position === 'before' ? script : ''}${widgets}${position === 'after' ? script : ''}`,
    );
  }
}
Object.assign(pages, inlinePages);

/**
 * A classic script in the head, then each widget followed by a script that looks at it:
 * every widget has drawn its brief before the parser goes on, so it is there at the first
 * paint and nothing below it moves (layout shift 0; `npm run bench -- cls` measures it).
 */
const probe = '<script src="/tests/fixtures/first-frame-probe.js"></script>';
pages['/first-frame.html'] = page(
  `<script src="${iife}"></script>`,
  Object.entries(elements)
    .map(([tag, attributes]) => `<${tag} ${attributes}></${tag}>${probe}`)
    .join('\n'),
);

/** The card's title and any error panel, read from its shadow root. */
function readCard(page, selector = 'brief-indicator-card') {
  return page.$eval(selector, async (element) => {
    await customElements.whenDefined('brief-indicator-card');
    await element.updateComplete;
    const root = element.shadowRoot;
    return {
      title: root?.querySelector('[part~="title"]')?.textContent.trim() ?? null,
      error: root?.querySelector('[part~="error"]')?.textContent.replace(/\s+/g, ' ') ?? null,
      height: element.getBoundingClientRect().height,
    };
  });
}

/**
 * The embed's files a page fetched, in order, as paths below dist/standalone/ without their
 * content hash (`chunks/brief-indicator-card`); anything from elsewhere kept whole.
 */
const fetched = (requests, origin) =>
  requests
    .filter((url) => !url.endsWith('.html') && !url.endsWith('/favicon.ico'))
    .map((url) =>
      url.startsWith(`${origin}/dist/standalone/`)
        ? url.slice(`${origin}/dist/standalone/`.length).replace(/-[\w-]{8}\.js$/, '')
        : url,
    );

/** Requests other than the page itself (the browser's own favicon probe is not ours). */
const otherRequests = (requests, origin, path) =>
  requests.filter((url) => url !== `${origin}${path}` && !url.endsWith('/favicon.ico'));

describe('standalone embed', () => {
  const env = serveAndLaunch(pages);

  it('/iife.html: shows the card with no console error and no request besides the script, under a strict CSP', async () => {
    const { page: tab, problems, requests } = await openPage(env.browser, `${env.server.origin}/iife.html`);
    const card = await readCard(tab);
    assert.equal(card.title, 'Record U.S. Overdose Deaths');
    assert.equal(card.error, null);
    assert.ok(card.height > 100, `card height ${card.height}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(otherRequests(requests, env.server.origin, '/iife.html'), [
      `${env.server.origin}${iife}`,
    ]);
    await tab.close();
  });

  it('/esm.html: the loader fetches, beside itself, only the card, the code it shares and the one indicator it shows', async () => {
    const { page: tab, problems, requests } = await openPage(env.browser, `${env.server.origin}/esm.html`);
    const card = await readCard(tab);
    assert.equal(card.title, 'Record U.S. Overdose Deaths');
    assert.equal(card.error, null);
    assert.ok(card.height > 100, `card height ${card.height}`);
    assert.deepEqual(problems, []);
    const files = fetched(otherRequests(requests, env.server.origin, '/esm.html'), env.server.origin);
    assert.deepEqual(
      files.filter((file) => file !== 'chunks/shared'),
      [
        'briefing-widgets.js',
        'chunks/brief-indicator-card',
        'chunks/us-mexico-2022_indicator_overdose-deaths',
      ],
    );
    // The card's shared chunks are asked for with the card's, not once the card's has arrived.
    const preloaded = await tab.$$eval('link[rel="modulepreload"]', (links) =>
      links.map((link) => link.href),
    );
    const shared = otherRequests(requests, env.server.origin, '/esm.html').filter((url) =>
      /\/chunks\/shared-/.test(url),
    );
    assert.ok(preloaded.length > 0, 'no shared chunk preloaded');
    for (const url of preloaded) assert.ok(shared.includes(url), `${url} preloaded but not used`);
    await tab.close();
  });

  it("/esm.html: an author's brief loads the validator and no part of the bundled brief", async () => {
    const { page: tab, problems, requests } = await openPage(env.browser, `${env.server.origin}/esm.html`);
    await readCard(tab);
    const before = requests.length;
    const shown = await tab.evaluate(async (brief) => {
      const card = document.createElement('brief-indicator-card');
      card.setAttribute('indicator', 'overdose-deaths');
      card.brief = JSON.parse(brief);
      document.body.append(card);
      await card.updateComplete;
      return card.shadowRoot.querySelector('[part~="title"]')?.textContent.trim();
    }, small);
    assert.equal(shown, 'Small brief overdose indicator');
    assert.deepEqual(fetched(requests.slice(before), env.server.origin), ['chunks/validate']);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('/four.html: a page with all four widgets fetches the whole brief once, lighter than their four parts', async () => {
    const { page: tab, problems, requests } = await openPage(env.browser, `${env.server.origin}/four.html`);
    const titles = await tab.evaluate(async () => {
      const found = [...document.body.children].filter((element) => element.localName.startsWith('brief-'));
      const out = [];
      for (const element of found) {
        await customElements.whenDefined(element.localName);
        await element.updateComplete;
        const root = element.shadowRoot;
        const cards = root.querySelectorAll('brief-indicator-card').length;
        out.push(cards ? `${cards} cards` : root.querySelector('[part~="title"]')?.textContent.trim());
      }
      return out;
    });
    assert.deepEqual(titles, [
      'Record U.S. Overdose Deaths',
      '8 cards',
      'What the brief recommends',
      'USMCA: from NAFTA to the 2026 joint review',
    ]);
    const data = fetched(requests, env.server.origin).filter((file) =>
      file.startsWith('chunks/us-mexico-2022'),
    );
    assert.deepEqual(data, ['chunks/us-mexico-2022']);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('/late.html: a widget added after the page loaded is fetched and drawn when its tag appears', async () => {
    const { page: tab, problems, requests } = await openPage(env.browser, `${env.server.origin}/late.html`);
    await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    const early = fetched(requests, env.server.origin).filter((file) => file.startsWith('chunks/brief-'));
    assert.deepEqual(early, [], 'no widget code before a widget is on the page');
    const title = await tab.evaluate(async () => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<div><brief-timeline now="2026-12-01"></brief-timeline></div>',
      );
      await customElements.whenDefined('brief-timeline');
      const timeline = document.querySelector('brief-timeline');
      await timeline.updateComplete;
      return timeline.shadowRoot.querySelector('[part~="title"]')?.textContent.trim();
    });
    assert.ok(title?.includes('USMCA'), `timeline title: ${title}`);
    const late = fetched(requests, env.server.origin).filter((file) => file !== 'chunks/shared');
    assert.deepEqual(late, [
      'briefing-widgets.js',
      'chunks/brief-timeline',
      'chunks/us-mexico-2022_timeline',
    ]);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  for (const path of Object.keys(inlinePages)) {
    it(`${path}: every element reads its inline JSON`, async () => {
      const { page: tab, problems } = await openPage(env.browser, `${env.server.origin}${path}`);
      const shown = await tab.evaluate(async (tags) => {
        const texts = {};
        for (const tag of tags) {
          await customElements.whenDefined(tag);
          const element = document.querySelector(tag);
          for (let i = 0; i < 5; i += 1) await element.updateComplete;
          texts[tag] = element.shadowRoot.textContent.replace(/\s+/g, ' ');
        }
        return texts;
      }, Object.keys(elements));
      for (const [tag, text] of Object.entries(shown)) {
        // The small brief's publisher (and timeline title) name it; the bundled brief's do not.
        assert.ok(text.includes('Small Brief Institute'), `${tag} shows: ${text.slice(0, 160)}`);
        assert.ok(!text.includes('Forum for American Leadership'), `${tag} fell back to the bundled brief`);
      }
      assert.deepEqual(problems, []);
      await tab.close();
    });
  }

  it('a classic script in the head: each widget has drawn before the parser reaches what follows it', async () => {
    const { page: tab, problems } = await openPage(env.browser, `${env.server.origin}/first-frame.html`);
    const probed = await tab.evaluate(() => window.probed);
    assert.deepEqual(probed, [
      'brief-indicator-card: drawn',
      'brief-indicator-grid: drawn',
      'brief-recommendation-checklist: drawn',
      'brief-timeline: drawn',
    ]);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('loading both files on one page throws nothing, and the card still renders', async () => {
    const { page: tab, problems } = await openPage(env.browser, `${env.server.origin}/both.html`);
    const card = await readCard(tab);
    assert.equal(card.title, 'Record U.S. Overdose Deaths');
    const serious = problems.filter((text) => !text.includes('is already defined by another copy'));
    assert.deepEqual(serious, []);
    await tab.close();
  });

  it('the same module loaded twice (two URLs) throws nothing', async () => {
    const { page: tab, problems } = await openPage(env.browser, `${env.server.origin}/twice.html`);
    const card = await readCard(tab);
    assert.equal(card.title, 'Record U.S. Overdose Deaths');
    assert.deepEqual(
      problems.filter((text) => !text.includes('is already defined by another copy')),
      [],
    );
    await tab.close();
  });

  it('a card with a wrong brief shows its error naming the field, and the next card renders', async () => {
    const { page: tab, problems } = await openPage(env.browser, `${env.server.origin}/two-cards.html`);
    const bad = await readCard(tab, '#bad');
    const good = await readCard(tab, '#good');
    assert.match(bad.error ?? '', /title/);
    assert.equal(good.title, 'Rising Trade Tensions');
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /briefing-widgets: <brief-indicator-card> cannot show the inline JSON/);
    await tab.close();
  });
});
