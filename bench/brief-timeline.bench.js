/**
 * `<brief-timeline>` against TimelineJS3, in the same run and the same Chromium.
 *
 * - Bytes: every file a page with our timeline on the bundled brief requests through the
 *   embed (the loader, its chunks, the brief's timeline part) against every file TimelineJS
 *   loads (timeline.js, timeline.css and whatever else it requests; its web-font CSS is
 *   switched off and any request off this origin is blocked and counted).
 * - Time: first render (script, style and layout, until the element is laid out) and one
 *   zoom step for 30, 300 and 3,000 events, median of several fresh pages; both widgets get
 *   the same events. Scripts are loaded before the clock starts (ours: the loader, the
 *   timeline's chunks and the validator), and again with only the loader loaded.
 * - `bundleTimeline` (the element bundled on its own from the sources) serves the reader
 *   bench.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = 'bench/results/brief-timeline';
const TLJS = 'node_modules/@knight-lab/timelinejs/dist';
const SIZES = [30, 300, 3000];
const RUNS = 5;
const NOW = '2026-11-28';
const LOADER = '/dist/standalone/briefing-widgets.js';

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
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
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
const share = (value) => `${value.toFixed(2)}×`;
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

/**
 * Our first render on a fresh page that embeds the loader. `ready`: the timeline's code and
 * the validator are loaded (not run) before the clock starts, as TimelineJS's script is;
 * otherwise the loader fetches them inside the clock.
 */
async function timeOurs(browser, origin, brief, blocked, ready) {
  const page = await open(browser, `${origin}/${out}/${ready ? 'ours-ready' : 'ours'}.html`, blocked);
  try {
    return await page.evaluate(
      async (data, now) => {
        await window.timelineCode;
        const t0 = performance.now();
        const el = document.createElement('brief-timeline');
        el.setAttribute('now', now);
        el.brief = data;
        document.body.append(el);
        await customElements.whenDefined('brief-timeline');
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

  // The embed as built: the loader, which fetches the timeline's chunks from dist/standalone/.
  const validator = readdirSync('dist/standalone/chunks').find((file) => file.startsWith('validate-'));
  writeFileSync(
    `${out}/ours.html`,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>brief-timeline</title>' +
      `<script type="module" src="${LOADER}"></script></head><body></body></html>`,
  );
  writeFileSync(
    `${out}/ours-default.html`,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>brief-timeline</title>' +
      `<script type="module" src="${LOADER}"></script></head><body><brief-timeline now="${NOW}"></brief-timeline></body></html>`,
  );
  writeFileSync(
    `${out}/ours-ready.html`,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>brief-timeline</title>' +
      `<link rel="modulepreload" href="/dist/standalone/chunks/${validator}">` +
      `<script type="module">window.timelineCode = import('${LOADER}').then((loader) => loader.load('brief-timeline'));</script>` +
      '</head><body></body></html>',
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
    const loading = [];
    for (let i = 0; i < RUNS; i += 1) ours.push(await timeOurs(browser, origin, brief, blocked, true));
    for (let i = 0; i < RUNS; i += 1) loading.push(await timeOurs(browser, origin, brief, blocked, false));
    for (let i = 0; i < RUNS; i += 1) {
      const result = await timeTimelineJs(browser, origin, data, blocked, tlPaths);
      theirs.push(result);
      // Ten thousand slides take TimelineJS long enough that three runs make the point.
      if (i === 2 && result.render > 10_000) break;
    }
    timing.push({ count, ours, loading, theirs });
  }

  // Every file TimelineJS's page loaded, as it sits on disk (the page itself excluded).
  const tlFiles = [...tlPaths].filter((path) => !path.endsWith('.html') && path !== '/favicon.ico');
  const tl = measure(
    Buffer.concat(tlFiles.map((path) => readFileSync(`${root}${decodeURIComponent(path).slice(1)}`))),
  );
  // A page that shows the timeline on the bundled brief: every file it requested.
  const ourPaths = new Set();
  const visit = await open(browser, `${origin}/${out}/ours-default.html`, blocked, ourPaths);
  await visit.evaluate(async () => {
    await customElements.whenDefined('brief-timeline');
    await document.querySelector('brief-timeline').updateComplete;
  });
  await visit.close();
  const ourFiles = [...ourPaths].filter((path) => !path.endsWith('.html') && path !== '/favicon.ico');
  const ours = measure(Buffer.concat(ourFiles.map((path) => readFileSync(`${root}${path.slice(1)}`))));
  const sum = (paths, key) =>
    paths.reduce((total, path) => total + measure(readFileSync(`${root}${path.slice(1)}`))[key], 0);
  const files = tlFiles.map((path) => path.replace(`/${TLJS}/`, '')).join(', ');

  const bytes = {
    title: '<brief-timeline> vs TimelineJS3: bytes a page loads (each file compressed on its own, as served)',
    columns: ['what', 'files', 'min', 'gzip', 'brotli', 'TimelineJS ÷ ours (brotli)'],
    rows: [
      [
        'brief-timeline on the bundled brief (loader, its chunks, the timeline part of the brief)',
        ourFiles.length,
        ours.min,
        sum(ourFiles, 'gzip'),
        sum(ourFiles, 'brotli'),
        ratio(sum(tlFiles, 'brotli') / sum(ourFiles, 'brotli')),
      ],
      [
        `TimelineJS 3.9.11 (${files})`,
        tlFiles.length,
        tl.min,
        sum(tlFiles, 'gzip'),
        sum(tlFiles, 'brotli'),
        '1×',
      ],
    ],
    notes:
      `TimelineJS: web-font CSS off (\`font: null\`), English built in; requests off this origin blocked: ${blocked.size}` +
      (blocked.size > 0 ? ` (${[...blocked].slice(0, 3).join(', ')})` : '') +
      '.',
  };
  const times = {
    title: `<brief-timeline> vs TimelineJS3: first render and one zoom step (ms, median of ${RUNS} fresh pages, 1200 px wide)`,
    columns: [
      'events',
      'ours: first render',
      'ours: through the loader',
      'ours: zoom step',
      'ours: buttons drawn',
      'TimelineJS: first render',
      'TimelineJS: zoom step',
      'ours ÷ TimelineJS',
      'ours through the loader ÷ TimelineJS',
    ],
    rows: timing.map(({ count, ours: runs, loading, theirs }) => {
      const render = median(runs.map((run) => run.render));
      const loaded = median(loading.map((run) => run.render));
      const theirRender = median(theirs.map((run) => run.render));
      return [
        count.toLocaleString('en-US'),
        ms(render),
        ms(loaded),
        ms(median(runs.map((run) => run.step))),
        median(runs.map((run) => run.buttons)),
        `${ms(theirRender)}${theirs.length < RUNS ? ` (${theirs.length} runs)` : ''}`,
        ms(median(theirs.map((run) => run.step))),
        share(render / theirRender),
        share(loaded / theirRender),
      ];
    }),
    notes:
      'First render: from creating the widget with its data to the end of a forced layout (script, validation, style, layout; paint excluded for both). ' +
      "Ours: the timeline's code and the validator are loaded before the clock starts, as TimelineJS's script is; " +
      '"through the loader" starts the clock with only the loader on the page, so fetching and running the chunks counts. ' +
      'Ours validates the brief (the `.brief` property path) and draws only the milestones inside the visible range. ' +
      'Zoom step: ours is the "Zoom in" button to the next laid-out frame; TimelineJS is `zoomIn()` followed by a forced layout.',
    goals: timing.map(({ count, ours: runs, theirs }) => {
      const value = median(runs.map((run) => run.render)) / median(theirs.map((run) => run.render));
      const goal = count <= 30 ? 0.25 : 0.1;
      return [
        `timeline first render at ${count.toLocaleString('en-US')} events ÷ TimelineJS3`,
        `≤ ${goal}×`,
        share(value),
        value <= goal,
      ];
    }),
  };
  return [bytes, times];
}
