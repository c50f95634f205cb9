/**
 * `<brief-timeline>` as a reader meets it: its height in an article column (650 px) and on
 * a phone (320 px) in each layout, how many of the milestones in the axis's view carry their
 * own label, and how many Letter pages the whole timeline prints on in a 650 px column
 * (`page.pdf()`, pages counted in the PDF). The element is bundled from the sources, the
 * bundled brief, `now` pinned to 2026-11-28, a 16 px sans-serif font. Measurements, not
 * assertions: the browser tests assert the limits (≤ 1,000 px, ≥ 80% labelled).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { bundleTimeline } from './brief-timeline.bench.js';

const out = 'bench/results/brief-timeline-reader';
const NOW = '2026-11-28';

const page = (width, attributes) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>brief-timeline</title>' +
  '<script type="module" src="./timeline.js"></script></head>' +
  `<body style="margin: 0"><div id="column" style="width: ${width}px; font: 16px/1.5 sans-serif">` +
  `<brief-timeline now="${NOW}" ${attributes}></brief-timeline></div></body></html>`;

async function open(browser, url) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1200, height: 900 });
  await tab.goto(url, { waitUntil: 'networkidle0' });
  await tab.evaluate(async () => {
    await customElements.whenDefined('brief-timeline');
    const el = document.querySelector('brief-timeline');
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
  });
  return tab;
}

/** Height, and on the axis the labels and the milestones gathered in clusters. */
function read(tab) {
  return tab.evaluate(() => {
    const el = document.querySelector('brief-timeline');
    const root = el.shadowRoot;
    const labels = root.querySelectorAll('[part~="plot"] [part~="milestone"]').length;
    const clustered = [...root.querySelectorAll('.cluster')].reduce(
      (sum, cluster) => sum + Number(/^\+(\d+)/.exec(cluster.textContent.trim())?.[1] ?? 0),
      0,
    );
    const axis = root.querySelector('[part~="plot"]') !== null;
    return { height: Math.round(el.getBoundingClientRect().height), axis, labels, clustered };
  });
}

/** Pages of a PDF: its page objects. */
const pages = (pdf) =>
  (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b/g) ?? []
  ).length;

export default async function run({ browser, origin }) {
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/timeline.js`, await bundleTimeline());
  const rows = [];
  for (const width of [650, 320]) {
    for (const layout of ['auto', 'vertical', 'horizontal']) {
      writeFileSync(`${out}/page.html`, page(width, `layout="${layout}"`));
      const tab = await open(browser, `${origin}/${out}/page.html`);
      const seen = await read(tab);
      const coverage = seen.axis
        ? `${seen.labels} of ${seen.labels + seen.clustered} (${Math.round((100 * seen.labels) / Math.max(1, seen.labels + seen.clustered))}%)`
        : '—';
      let printed = '';
      if (layout === 'auto') printed = String(pages(await tab.pdf({ format: 'Letter' })));
      rows.push([`${width} px`, layout, seen.axis ? 'axis' : 'list', seen.height, coverage, printed]);
      await tab.close();
    }
  }
  return {
    title: '<brief-timeline> as a reader meets it (bundled brief, now 2026-11-28, 16 px sans-serif)',
    columns: [
      'column',
      'layout',
      'shows',
      'height (px)',
      'axis: labelled of in view',
      'printed (Letter pages)',
    ],
    rows,
    notes:
      'Height: the element as laid out on first render (phases folded but the one that holds today; the axis on its home range). ' +
      'Printed: `page.pdf()` of the page with the timeline in that column (the browser fires beforeprint, the timeline renders its print layout).',
  };
}
