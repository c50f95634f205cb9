/**
 * What a page downloads and what the reader's browser does with it, through the embed as
 * an editor pastes it (the module loader, `dist/standalone/briefing-widgets.js`):
 *
 * - bytes transferred for a page with one card, a page with the timeline and a page with
 *   all four widgets on the bundled brief: the sum, brotli (q11), of every file the page
 *   actually requested (the page itself excluded), with the files named;
 * - the loader's own size, and the classic one-file script's;
 * - on the demo article: the widgets' DOM elements in their default state (through every
 *   shadow root), the layout shift (CLS) and the longest main-thread task while it loads.
 *
 * Issue 12's goals ride along as `goals` rows; `bench/run.js` gathers them in one table.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = 'bench/results/embed';
const loader = '/dist/standalone/briefing-widgets.js';
const KiB = 1024;

const pages = {
  'one card': '<brief-indicator-card indicator="overdose-deaths"></brief-indicator-card>',
  'the timeline': '<brief-timeline now="2026-12-01"></brief-timeline>',
  'all four widgets': [
    '<brief-indicator-card indicator="overdose-deaths"></brief-indicator-card>',
    '<brief-indicator-grid></brief-indicator-grid>',
    '<brief-recommendation-checklist></brief-recommendation-checklist>',
    '<brief-timeline now="2026-12-01"></brief-timeline>',
  ].join('\n'),
};

const html = (body) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embed</title>' +
  `<script type="module" src="${loader}"></script></head>` +
  `<body style="max-width: 650px; margin: 0 auto">${body}</body></html>`;

/** Opens `url`, waits until every widget on it is drawn, and returns the files it requested. */
async function visit(browser, url, inPage) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  await tab.setCacheEnabled(false);
  await tab.evaluateOnNewDocument(() => {
    window.bench = { shifts: 0, longest: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.bench.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.bench.longest = Math.max(window.bench.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const files = [];
  const origin = new URL(url).origin;
  tab.on('requestfinished', (request) => {
    const at = new URL(request.url());
    if (at.origin === origin && !at.pathname.endsWith('.html') && at.pathname !== '/favicon.ico')
      files.push(decodeURIComponent(at.pathname));
  });
  await tab.goto(url, { waitUntil: 'networkidle0' });
  const result = await tab.evaluate(async (read) => {
    const tags = [
      'brief-indicator-card',
      'brief-indicator-grid',
      'brief-recommendation-checklist',
      'brief-timeline',
    ];
    const found = [...document.querySelectorAll(tags.join(','))];
    for (const element of found) {
      await customElements.whenDefined(element.localName);
      await element.updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (!read) return {};
    const count = (node) => {
      let n = 1;
      const walk = (at) => {
        for (const element of at.querySelectorAll('*')) {
          n += 1;
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      if (node.shadowRoot) walk(node.shadowRoot);
      walk(node);
      return n;
    };
    // The outermost widgets; a grid's cards count with their grid.
    const outer = found.filter((element) => !element.parentElement?.closest(tags.join(',')));
    return { nodes: outer.reduce((sum, element) => sum + count(element), 0), ...window.bench };
  }, inPage);
  await tab.close();
  return { files, ...result };
}

export default async function run({ browser, origin, measure }) {
  mkdirSync(out, { recursive: true });
  const brotli = (path) => measure(readFileSync(`${root}${path.slice(1)}`)).brotli;
  const short = (path) => path.replace('/dist/standalone/', '').replace(/-[\w-]{8}\.js$/, '');
  const rows = [];
  const sums = {};
  for (const [name, body] of Object.entries(pages)) {
    const file = `${out}/${name.replaceAll(' ', '-')}.html`;
    writeFileSync(file, html(body));
    const { files } = await visit(browser, `${origin}/${file}`, false);
    const sum = files.reduce((total, path) => total + brotli(path), 0);
    sums[name] = sum;
    rows.push([
      `a page with ${name}`,
      files.length,
      sum,
      `${(sum / KiB).toFixed(1)} KiB`,
      files.map(short).join(', '),
    ]);
  }
  const own = brotli(loader);
  const classic = brotli('/dist/standalone/briefing-widgets.iife.js');
  rows.push(['the loader alone (briefing-widgets.js)', 1, own, `${(own / KiB).toFixed(1)} KiB`, '']);
  rows.push([
    'the classic one-file script (briefing-widgets.iife.js)',
    1,
    classic,
    `${(classic / KiB).toFixed(1)} KiB`,
    'every widget and the whole brief',
  ]);
  const demo = await visit(browser, `${origin}/demo/index.html`, true);
  const demoBytes = demo.files
    .filter((path) => path.startsWith('/dist/'))
    .reduce((total, path) => total + brotli(path), 0);
  rows.push([
    'the demo article (module loader)',
    demo.files.filter((path) => path.startsWith('/dist/')).length,
    demoBytes,
    `${(demoBytes / KiB).toFixed(1)} KiB`,
    'its embed files only',
  ]);

  const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
  const goals = [
    [
      'one-card page, bytes transferred (brotli)',
      '≤ 24 KiB',
      kib(sums['one card']),
      sums['one card'] <= 24 * KiB,
    ],
    [
      'timeline page, bytes transferred (brotli)',
      '≤ 42 KiB',
      kib(sums['the timeline']),
      sums['the timeline'] <= 42 * KiB,
    ],
    [
      'all four widgets, bytes transferred (brotli)',
      '≤ 52 KiB',
      kib(sums['all four widgets']),
      sums['all four widgets'] <= 52 * KiB,
    ],
    ['the loader (brotli)', '≤ 4 KiB', kib(own), own <= 4 * KiB],
    ['widgets’ DOM elements on the demo, default state', '≤ 600', demo.nodes, demo.nodes <= 600],
    ['demo: layout shift (CLS) while loading', '—', Math.round(demo.shifts * 1000) / 1000, undefined],
    ['demo: longest main-thread task while loading', '—', `${Math.round(demo.longest)} ms`, undefined],
  ];
  return {
    title: 'What a page downloads through the module embed (files the page requested, brotli q11)',
    columns: ['page', 'files', 'bytes', 'KiB', 'files requested'],
    rows,
    goals,
    notes:
      'Each page: the loader in the head and the widgets on the bundled brief, loaded with the cache off; a file counts once. Demo measured at 1280×800 in headless Chromium, unthrottled.',
  };
}
