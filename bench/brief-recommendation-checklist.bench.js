/**
 * The recommendation checklist: first render (recommendations folded) of the bundled brief
 * (6 recommendations) and of a synthetic brief of 300 recommendations × 20 actions, the
 * time from a click on "Expand all" to the 6,000 checkboxes on screen, and from a click on
 * an action of the open large list to its updated progress on screen.
 * Time: from handing over the data (or the click) to the first frame after layout, median
 * of RUNS fresh pages. Bytes: the checklist entry bundled on its own, minified.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { bundle } from './sizes.js';
import { medianTime } from './page-time.js';

const RUNS = 7;
const dir = 'bench/results/checklist';

/** A valid brief of `recs` recommendations of `per` actions each, and helpers. */
const synthetic = `
export function syntheticBrief(recs, per) {
  const actors = [
    { id: 'congress', name: 'Congress' },
    { id: 'administration', name: 'Administration' },
    { id: 'ustr', name: 'USTR' },
    { id: 'border-states', name: 'Border states' },
  ];
  const sources = [{ id: 'synthetic', title: 'Synthetic record', publisher: 'Benchmark', url: 'https://example.org/', confidence: 'high' }];
  const states = ['proposed', 'in-progress', 'adopted', 'not-adopted'];
  const recommendations = Array.from({ length: recs }, (_, r) => ({
    id: 'rec-' + (r + 1),
    number: r + 1,
    title: 'Recommendation ' + (r + 1) + ': a synthetic title long enough to wrap on a narrow column',
    summary: 'Why recommendation ' + (r + 1) + ' matters, in one sentence.',
    actors: ['congress', 'administration'],
    actions: Array.from({ length: per }, (_, a) => ({
      id: 'rec-' + (r + 1) + '-' + (a + 1),
      text: 'Action ' + (a + 1) + ' of recommendation ' + (r + 1) + ': what the brief asks, in a sentence or two of ordinary length.',
      actors: [actors[(r + a) % 4].id, ...(a % 5 === 0 ? [actors[(r + a + 1) % 4].id] : [])],
      ...(a % 7 === 0 ? { status: { state: states[(r + a) % 4], date: '2024-05-01', sourceIds: ['synthetic'] } } : {}),
    })),
  }));
  return { id: 'synthetic', version: '1', title: 'Synthetic', publisher: 'Benchmark', published: '2025-01-01',
    summary: 'Synthetic brief for the benchmark.', actors, indicators: [], recommendations, sources };
}
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
export async function settle() { document.body.offsetHeight; await frame(); }
/** The 300 × 20 checklist on the page, rendered (folded). */
export async function mountLarge() {
  localStorage.clear();
  const el = document.createElement('brief-recommendation-checklist');
  el.lang = 'en';
  el.brief = syntheticBrief(300, 20);
  document.body.append(el);
  await el.updateComplete;
  return el;
}
`;

/** First render: `?recs=300&per=20` for the synthetic brief, no query for the bundled one. */
const first = `
import './checklist.js';
import { syntheticBrief, settle } from './synthetic.js';
localStorage.clear();
const query = new URLSearchParams(location.search);
const recs = Number(query.get('recs'));
const brief = recs ? syntheticBrief(recs, Number(query.get('per'))) : undefined;
await settle();
const start = performance.now();
const el = document.createElement('brief-recommendation-checklist');
el.lang = 'en';
if (brief) el.brief = brief;
document.body.append(el);
await el.updateComplete;
await settle();
window.result = { ms: performance.now() - start, drawn: el.shadowRoot.querySelectorAll('[part~="recommendation"]').length };
`;

/** Expand all: opens every recommendation of the large list (6,000 checkboxes). */
const expand = `
import './checklist.js';
import { mountLarge, settle } from './synthetic.js';
const el = await mountLarge();
await settle();
const button = el.shadowRoot.querySelector('[part~="tools"] button');
const start = performance.now();
button.click();
await el.updateComplete;
await settle();
window.result = { ms: performance.now() - start, drawn: el.shadowRoot.querySelectorAll('input[type="checkbox"]').length };
`;

/** Click to progress: ticks an action in the middle of the large list. */
const click = `
import './checklist.js';
import { mountLarge, settle } from './synthetic.js';
const el = await mountLarge();
el.shadowRoot.querySelector('[part~="tools"] button').click();
await el.updateComplete;
const label = el.shadowRoot.querySelector('input[data-id="rec-150-10"]').closest('label');
label.scrollIntoView();
await settle();
await settle();
const words = el.shadowRoot.querySelector('.progress__words');
const start = performance.now();
label.click();
await el.updateComplete;
await settle();
window.result = { ms: performance.now() - start, drawn: words.textContent.includes('1 of 6,000') ? 6000 : 0 };
`;

const page = (script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body><script type="module" src="${script}"></script></body></html>`;

async function build() {
  mkdirSync(dir, { recursive: true });
  const code = await bundle(
    'src/components/brief-recommendation-checklist/brief-recommendation-checklist.ts',
  );
  writeFileSync(`${dir}/checklist.js`, code);
  writeFileSync(`${dir}/synthetic.js`, synthetic);
  writeFileSync(`${dir}/first.js`, first);
  writeFileSync(`${dir}/click.js`, click);
  writeFileSync(`${dir}/expand.js`, expand);
  writeFileSync(`${dir}/expand.html`, page('./expand.js'));
  writeFileSync(`${dir}/first.html`, page('./first.js'));
  writeFileSync(`${dir}/click.html`, page('./click.js'));
  return code;
}

export default async function run({ browser, origin, measure }) {
  const code = await build();
  const bytes = measure(code);
  const base = `${origin}/${dir}`;
  const rows = [
    [
      'first render, bundled brief (6 × 16 actions, folded)',
      await medianTime(browser, `${base}/first.html`, { runs: RUNS, expected: 6 }),
    ],
    [
      'first render, 300 × 20 synthetic actions (folded)',
      await medianTime(browser, `${base}/first.html?recs=300&per=20`, { runs: RUNS, expected: 300 }),
    ],
    [
      'expand all, 300 × 20 (6,000 checkboxes drawn)',
      await medianTime(browser, `${base}/expand.html`, { runs: RUNS, expected: 6000 }),
    ],
    [
      'click to updated progress, 300 × 20',
      await medianTime(browser, `${base}/click.html`, { runs: RUNS, expected: 6000 }),
    ],
  ];
  return {
    title: `Recommendation checklist (median of ${RUNS} fresh pages, ms)`,
    columns: ['case', 'ms'],
    rows,
    notes:
      `From handing over the data (or the click) to the first frame after layout, in headless Chromium at 1200 × 900. ` +
      `Recommendations start folded: a first render draws their headers, and "Expand all" draws every action. ` +
      `The synthetic brief is validated like any author brief (the bundled one is not). ` +
      `Bytes of the checklist entry (lit, the validator and the bundled brief included): ` +
      `${bytes.min.toLocaleString('en-US')} min, ${bytes.gzip.toLocaleString('en-US')} gzip, ${bytes.brotli.toLocaleString('en-US')} brotli.`,
  };
}
