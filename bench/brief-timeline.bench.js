/**
 * `<brief-timeline>` against TimelineJS3, in the same run and the same Chromium.
 *
 * - Bytes: our element bundled on its own (minified, with Lit, d3 and the validator;
 *   once as shipped, with the bundled default brief, and once with that brief stubbed out to
 *   show the code alone) against every byte TimelineJS loads (timeline.js, timeline.css and
 *   whatever else it requests; its web-font CSS is switched off and any request off this
 *   origin is blocked and counted).
 * - Time: first render (script, style and layout, until the element is laid out) and one
 *   zoom step for 30, 1,000 and 10,000 events, median of several fresh pages; both widgets get
 *   the same events. Scripts are loaded before the clock starts: only rendering is timed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = 'bench/results/brief-timeline';
const TLJS = 'node_modules/@knight-lab/timelinejs/dist';
const SIZES = [30, 300, 3000];
const RUNS = 5;
const NOW = '2026-11-28';

/** The timeline element bundled on its own from the sources (minified, with Lit, d3 and the validator). */
export async function bundleTimeline(alias = []) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    resolve: { alias },
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: 'src/components/brief-timeline/brief-timeline.ts', formats: ['es'], fileName: 'entry' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  return Buffer.from(
    chunks
      .filter((chunk) => chunk.type === 'chunk')
      .map((chunk) => chunk.code)
      .join('\n'),
  );
}

async function buildEntry(name, alias = []) {
  const code = await bundleTimeline(alias);
  writeFileSync(`${out}/${name}`, code);
  return code;
}

/** The bundled brief's milestones, then made-up ones spread over 1994–2042, `count` in all. */
function briefWith(count) {
  const base = JSON.parse(JSON.stringify(readBrief()));
  const timeline = base.timeline;
  const real = [...timeline.events, ...timeline.scenarios.flatMap((scenario) => scenario.events)];
  if (count <= real.length) {
    const keep = new Set(real.slice(0, count).map((event) => event.id));
    timeline.events = timeline.events.filter((event) => keep.has(event.id));
    timeline.scenarios = timeline.scenarios
      .map((scenario) => ({ ...scenario, events: scenario.events.filter((event) => keep.has(event.id)) }))
      .filter((scenario) => timeline.events.some((event) => event.id === scenario.branchFrom));
    return base;
  }
  const start = Date.UTC(1994, 0, 1);
  const span = Date.UTC(2042, 0, 1) - start;
  const extra = count - real.length;
  const categories = timeline.categories.map((category) => category.id);
  for (let i = 0; i < extra; i += 1) {
    const day = Math.floor((span * ((i * 7919) % extra)) / extra / 86_400_000);
    timeline.events.push({
      id: `bench-${i}`,
      date: new Date(start + day * 86_400_000).toISOString().slice(0, 10),
      precision: 'day',
      title: `Benchmark milestone ${i}: a typical title of some length`,
      description: 'A short description of what happened on this day, as a brief would give it.',
      category: categories[i % categories.length],
      sourceIds: [],
    });
  }
  return base;
}

let cachedBrief;
function readBrief() {
  if (!cachedBrief) cachedBrief = JSON.parse(readFileSync(`${out}/brief.json`, 'utf8'));
  return cachedBrief;
}

/** The same milestones in TimelineJS's format. */
function timelineJsData(brief) {
  const events = [
    ...brief.timeline.events,
    ...brief.timeline.scenarios.flatMap((scenario) => scenario.events),
  ];
  return {
    title: { text: { headline: brief.timeline.title } },
    events: events.map((event) => {
      const [year, month, day] = event.date.split('-').map(Number);
      const start_date = { year };
      if (event.precision !== 'year') start_date.month = month;
      if (event.precision === 'day') start_date.day = day;
      return {
        start_date,
        text: { headline: event.title, text: event.description ?? '' },
        group: event.category,
      };
    }),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (value) => `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`;

async function open(browser, url, blocked, loaded = new Set()) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.setRequestInterception(true);
  const origin = new URL(url).origin;
  page.on('request', (request) => {
    if (
      request.url().startsWith(origin) ||
      request.url().startsWith('data:') ||
      request.url().startsWith('blob:')
    ) {
      if (request.url().startsWith(origin)) loaded.add(new URL(request.url()).pathname);
      void request.continue();
    } else {
      blocked.add(request.url());
      void request.abort();
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

async function timeOurs(browser, origin, brief, blocked) {
  const page = await open(browser, `${origin}/${out}/ours.html`, blocked);
  try {
    return await page.evaluate(
      async (data, now) => {
        await customElements.whenDefined('brief-timeline');
        const t0 = performance.now();
        const el = document.createElement('brief-timeline');
        el.setAttribute('now', now);
        el.brief = data;
        document.body.append(el);
        await el.updateComplete;
        void document.body.offsetHeight;
        const render = performance.now() - t0;
        const errors = el.shadowRoot.querySelector('[part~="error"]');
        if (errors) throw new Error(errors.textContent);
        const zoom = el.shadowRoot.querySelector('button[aria-label="Zoom in"]');
        const z0 = performance.now();
        zoom.click();
        await el.updateComplete;
        void document.body.offsetHeight;
        const step = performance.now() - z0;
        const buttons = el.shadowRoot.querySelectorAll('[part~="milestone"]').length;
        return { render, step, buttons };
      },
      brief,
      NOW,
    );
  } finally {
    await page.close();
  }
}

/** Runs TimelineJS on a fresh page; `loaded` collects every path it requests from this origin. */
async function timeTimelineJs(browser, origin, data, blocked, loaded) {
  const page = await open(browser, `${origin}/${out}/timelinejs.html`, blocked, loaded);
  try {
    return await page.evaluate(async (input) => {
      const host = document.getElementById('timeline-embed');
      const t0 = performance.now();
      const timeline = await new Promise((resolve, reject) => {
        const created = new window.TL.Timeline(host, input, {
          script_path: `${location.origin}/node_modules/@knight-lab/timelinejs/dist/js/`,
          font: null,
          language: 'en',
          hash_bookmark: false,
          ga_measurement_id: null,
        });
        created.on('loaded', () => resolve(created));
        setTimeout(() => reject(new Error('TimelineJS did not load within 180 s')), 180_000);
      });
      void document.body.offsetHeight;
      const render = performance.now() - t0;
      const z0 = performance.now();
      if (typeof timeline.zoomIn === 'function') timeline.zoomIn();
      else timeline._timenav.zoomIn();
      void document.body.offsetHeight;
      const step = performance.now() - z0;
      return { render, step };
    }, data);
  } finally {
    await page.close();
  }
}

export default async function run({ browser, origin, measure }) {
  mkdirSync(out, { recursive: true });
  // The bundled brief as JSON, for the benchmark's events (the data module is TypeScript).
  const dataBundle = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      lib: { entry: 'src/data/briefs/us-mexico-2022.ts', formats: ['es'], fileName: 'brief' },
    },
  });
  const dataCode = (Array.isArray(dataBundle) ? dataBundle : [dataBundle])
    .flatMap((result) => result.output)
    .find((chunk) => chunk.type === 'chunk').code;
  writeFileSync(`${out}/brief.mjs`, dataCode);
  const { usMexico2022 } = await import(`${root}${out}/brief.mjs`);
  writeFileSync(`${out}/brief.json`, JSON.stringify(usMexico2022));

  const shipped = await buildEntry('ours.js');
  writeFileSync(`${out}/stub-brief.js`, 'export const usMexico2022 = undefined;\n');
  const codeOnly = await buildEntry('ours-code-only.js', [
    { find: /^.*\/data\/briefs\/us-mexico-2022\.js$/, replacement: `${root}${out}/stub-brief.js` },
  ]);
  writeFileSync(
    `${out}/ours.html`,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>brief-timeline</title>' +
      '<script type="module" src="./ours.js"></script></head><body></body></html>',
  );
  writeFileSync(
    `${out}/timelinejs.html`,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>' +
      `<link rel="stylesheet" href="/${TLJS}/css/timeline.css">` +
      `<script src="/${TLJS}/js/timeline.js"></script></head>` +
      '<body><div id="timeline-embed" style="width: 1168px; height: 600px"></div></body></html>',
  );

  const blocked = new Set();
  const tlPaths = new Set();
  const timing = [];
  for (const count of SIZES) {
    const brief = briefWith(count);
    const data = timelineJsData(brief);
    const ours = [];
    const theirs = [];
    for (let i = 0; i < RUNS; i += 1) ours.push(await timeOurs(browser, origin, brief, blocked));
    for (let i = 0; i < RUNS; i += 1) {
      const result = await timeTimelineJs(browser, origin, data, blocked, tlPaths);
      theirs.push(result);
      // Ten thousand slides take TimelineJS long enough that three runs make the point.
      if (i === 2 && result.render > 10_000) break;
    }
    timing.push({ count, ours, theirs });
  }

  // Every file TimelineJS's page loaded, as it sits on disk (the page itself excluded).
  const tlFiles = [...tlPaths].filter((path) => !path.endsWith('.html') && path !== '/favicon.ico');
  const tl = measure(
    Buffer.concat(tlFiles.map((path) => readFileSync(`${root}${decodeURIComponent(path).slice(1)}`))),
  );
  const ourShipped = measure(shipped);
  const ourCode = measure(codeOnly);
  const files = tlFiles.map((path) => path.replace(`/${TLJS}/`, '')).join(', ');

  const bytes = {
    title: '<brief-timeline> vs TimelineJS3: bytes a page loads (minified)',
    columns: ['what', 'min', 'gzip', 'brotli', 'TimelineJS ÷ ours (gzip)'],
    rows: [
      [
        'brief-timeline (as shipped: element, Lit, d3, validator, bundled default brief)',
        ourShipped.min,
        ourShipped.gzip,
        ourShipped.brotli,
        ratio(tl.gzip / ourShipped.gzip),
      ],
      [
        'brief-timeline (code only: default brief stubbed out)',
        ourCode.min,
        ourCode.gzip,
        ourCode.brotli,
        ratio(tl.gzip / ourCode.gzip),
      ],
      [`TimelineJS 3.9.11 (${files})`, tl.min, tl.gzip, tl.brotli, '1×'],
    ],
    notes:
      `TimelineJS: web-font CSS off (\`font: null\`), English built in; requests off this origin blocked: ${blocked.size}` +
      (blocked.size > 0 ? ` (${[...blocked].slice(0, 3).join(', ')})` : '') +
      '. The shipped entry carries the bundled USMCA brief (~100 KB of source text) as its default data.',
  };
  const times = {
    title: `<brief-timeline> vs TimelineJS3: first render and one zoom step (ms, median of ${RUNS} fresh pages, 1200 px wide)`,
    columns: [
      'events',
      'ours: first render',
      'ours: zoom step',
      'ours: buttons drawn',
      'TimelineJS: first render',
      'TimelineJS: zoom step',
      'first render: TimelineJS ÷ ours',
    ],
    rows: timing.map(({ count, ours, theirs }) => {
      const render = median(ours.map((run) => run.render));
      const theirRender = median(theirs.map((run) => run.render));
      return [
        count.toLocaleString('en-US'),
        ms(render),
        ms(median(ours.map((run) => run.step))),
        median(ours.map((run) => run.buttons)),
        `${ms(theirRender)}${theirs.length < RUNS ? ` (${theirs.length} runs)` : ''}`,
        ms(median(theirs.map((run) => run.step))),
        ratio(theirRender / render),
      ];
    }),
    notes:
      'First render: from creating the widget with its data to the end of a forced layout (script, validation, style, layout; paint excluded for both). ' +
      'Ours validates the brief (the `.brief` property path) and draws only the milestones inside the visible range, so its cost follows the window, not the data. ' +
      'Zoom step: ours is the "Zoom in" button to the next laid-out frame; TimelineJS is `zoomIn()` followed by a forced layout.',
  };
  return [bytes, times];
}
