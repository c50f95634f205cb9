/**
 * A grid of 10, 100 and 1,000 indicator cards with synthetic series, every card drawn
 * (the grid draws 24 at a time: the page presses "Show more" until all are), against the
 * same sparklines drawn with Observable Plot, in the same headless Chromium.
 * Time: from handing over the data to the first frame after layout, median of RUNS
 * fresh pages. Bytes: our grid entry bundled and minified, against Plot (with its d3)
 * bundled the same way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { bundle } from './sizes.js';
import { medianTime } from './page-time.js';

const SIZES = [10, 100, 1000];
const RUNS = 5;
const dir = 'bench/results/grid';

/** A valid brief with `count` indicators, each a 12-year series. */
const synthetic = `
export function syntheticBrief(count) {
  const sources = [{ id: 'synthetic', title: 'Synthetic data', publisher: 'Benchmark', url: 'https://example.org/', confidence: 'high' }];
  const indicators = Array.from({ length: count }, (_, i) => ({
    id: 'indicator-' + i,
    title: 'Indicator ' + i,
    claim: 'A synthetic claim about indicator ' + i + '.',
    direction: ['worsening', 'improving', 'mixed', 'steady'][i % 4],
    headline: { value: 1000 + i * 7, unit: 'cases', asOf: '2024-12-31', sourceIds: ['synthetic'] },
    series: {
      label: 'Synthetic series ' + i, unit: 'cases', frequency: 'year',
      points: Array.from({ length: 12 }, (_, y) => ({
        date: (2013 + y) + '-12-31',
        value: Math.round(1000 + 400 * Math.sin((i + y) / 3) + y * 20),
        sourceIds: ['synthetic'],
      })),
    },
    context: [], sourceIds: ['synthetic'],
  }));
  return { id: 'synthetic', version: '1', title: 'Synthetic', publisher: 'Benchmark', published: '2025-01-01',
    summary: 'Synthetic brief for the benchmark.', actors: [], indicators, recommendations: [], sources };
}
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
export async function settle() { document.body.offsetHeight; await frame(); }
`;

const ours = `
import './grid.js';
import { syntheticBrief, settle } from './synthetic.js';
const count = Number(new URLSearchParams(location.search).get('n'));
const brief = syntheticBrief(count);
await settle();
const start = performance.now();
const grid = document.createElement('brief-indicator-grid');
grid.brief = brief;
document.body.append(grid);
const cards = () => Promise.all([...grid.shadowRoot.querySelectorAll('brief-indicator-card')].map((card) => card.updateComplete));
await grid.updateComplete;
await cards();
// The grid draws 24 cards at a time: press "Show more" until every card is drawn, as Plot draws every sparkline.
for (let more = grid.shadowRoot.querySelector('[part~="more"]'); more; more = grid.shadowRoot.querySelector('[part~="more"]')) {
  more.click();
  await grid.updateComplete;
  await cards();
}
await settle();
window.result = { ms: performance.now() - start, drawn: grid.shadowRoot.querySelectorAll('brief-indicator-card').length };
`;

const plot = `
import { Plot } from './plot.js';
import { syntheticBrief, settle } from './synthetic.js';
const count = Number(new URLSearchParams(location.search).get('n'));
const brief = syntheticBrief(count);
await settle();
const start = performance.now();
const list = document.createElement('div');
list.style.cssText = 'display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:16px';
for (const indicator of brief.indicators) {
  const points = indicator.series.points.map((p) => ({ date: new Date(p.date), value: p.value }));
  list.append(Plot.plot({ width: 280, height: 72, axis: null, margin: 4, marks: [Plot.lineY(points, { x: 'date', y: 'value' }), Plot.dot(points, { x: 'date', y: 'value', r: 2 })] }));
}
document.body.append(list);
await settle();
window.result = { ms: performance.now() - start, drawn: list.querySelectorAll('svg').length };
`;

const page = (
  script,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body style="width:1200px;margin:0"><script type="module" src="${script}"></script></body></html>`;

async function build() {
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/synthetic.js`, synthetic);
  writeFileSync(
    `${dir}/plot-entry.js`,
    "import { plot, lineY, dot } from '@observablehq/plot';\nexport const Plot = { plot, lineY, dot };\n",
  );
  const gridCode = await bundle('src/components/brief-indicator-grid/brief-indicator-grid.ts');
  const plotCode = await bundle(`${dir}/plot-entry.js`);
  writeFileSync(`${dir}/grid.js`, gridCode);
  writeFileSync(`${dir}/plot.js`, plotCode);
  writeFileSync(`${dir}/ours-run.js`, ours);
  writeFileSync(`${dir}/plot-run.js`, plot);
  writeFileSync(`${dir}/ours.html`, page('./ours-run.js'));
  writeFileSync(`${dir}/plot.html`, page('./plot-run.js'));
  return { gridCode, plotCode };
}

export default async function run({ browser, origin, measure }) {
  const { gridCode, plotCode } = await build();
  const oursBytes = measure(gridCode);
  const plotBytes = measure(plotCode);
  const rows = [];
  for (const n of SIZES) {
    const mine = await medianTime(browser, `${origin}/${dir}/ours.html?n=${n}`, { runs: RUNS, expected: n });
    const theirs = await medianTime(browser, `${origin}/${dir}/plot.html?n=${n}`, {
      runs: RUNS,
      expected: n,
    });
    rows.push([
      `${n} cards`,
      Math.round(mine * 10) / 10,
      Math.round(theirs * 10) / 10,
      (mine / theirs).toFixed(2),
      oursBytes.gzip,
      plotBytes.gzip,
      (oursBytes.gzip / plotBytes.gzip).toFixed(2),
    ]);
  }
  return {
    title: `Indicator grid vs Observable Plot sparklines (every card drawn, median of ${RUNS}; bytes gzip)`,
    columns: ['grid', 'ours ms', 'Plot ms', 'time ratio', 'ours bytes', 'Plot bytes', 'bytes ratio'],
    rows,
    notes:
      `Ours: full cards (headline, sparkline with dots, trend sentence, table, sources) from a validated brief, 24 a press of "Show more" until all are drawn; Plot: the sparkline alone (line + dots). ` +
      `Bytes: our grid entry (lit, d3-shape/-array, the validator and the bundled brief included) ${oursBytes.min.toLocaleString('en-US')} min vs Plot ${plotBytes.min.toLocaleString('en-US')} min. Ratios below 1 mean ours is smaller or faster.`,
  };
}
