/**
 * Long tasks while the list widgets render huge briefs (1,000 and 10,000 items), for the
 * `*.long-tasks.bench.js` sections: each case runs RUNS times, each on a fresh page at
 * 1200 × 900 in headless Chromium, with bench/long-tasks.page.js bundled (minified) with
 * the three widgets. A row gives the medians: the longest task (what a reader feels as a
 * frozen tab; the goal is at most ~200 ms), the total blocking time (the sum, over every
 * long task, of its time beyond 50 ms), the count of long tasks, the longest animation
 * frame (tasks plus the style, layout and paint after them), the time to the first frame
 * after the action, and what is in the DOM then (cards, rows, checkboxes).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { bundle } from './sizes.js';

export const SIZES = [1000, 10000];
const RUNS = 3;
const dir = 'bench/results/long-tasks';

let built;
function build() {
  built ??= (async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/page.js`, await bundle('bench/long-tasks.page.js'));
    writeFileSync(
      `${dir}/page.html`,
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>long tasks</title>' +
        '<script type="module" src="./page.js"></script></head><body style="margin:0"></body></html>',
    );
  })();
  return built;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value) => Math.round(value);

/** One case at one size, RUNS fresh pages; the medians of each measure. */
async function runCase(browser, origin, name, n) {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    const tab = await browser.newPage();
    try {
      await tab.setViewport({ width: 1200, height: 900 });
      await tab.goto(`${origin}/${dir}/page.html`);
      await tab.waitForFunction(() => window.bench, { timeout: 60000 });
      // Started, not awaited: a case may block the page for longer than one protocol call may take.
      await tab.evaluate(
        (c, count) => void window.bench.run(c, count).then((result) => (window.result = result)),
        name,
        n,
      );
      await tab.waitForFunction(() => window.result, { timeout: 900000, polling: 1000 });
      runs.push(await tab.evaluate(() => window.result));
    } catch (error) {
      // One task held the page past puppeteer's protocol timeout (180 s): no need for more runs.
      if (!/timed out/.test(`${String(error)} ${String(error.cause)}`)) throw error;
      return { timedOut: true };
    } finally {
      await tab.close();
    }
  }
  const of = (key) => median(runs.map((result) => result[key]));
  return {
    longest: of('longest'),
    blocking: of('blocking'),
    count: of('count'),
    frame: of('frame'),
    ms: of('ms'),
    drawn: of('drawn'),
  };
}

/**
 * A section: `cases` (names known to the page) at 1,000 and 10,000 items. A case the widget
 * does not offer (no such button) reads "—".
 */
export async function longTaskSection({ browser, origin }, { title, cases, notes }) {
  await build();
  const rows = [];
  for (const name of cases) {
    for (const n of SIZES) {
      const result = await runCase(browser, origin, name, n);
      const cells = result.timedOut
        ? ['> 180,000', '> 180,000', '—', '> 180,000', '> 180,000', '—']
        : result.drawn < 0
          ? ['—', '—', '—', '—', '—', '—']
          : [
              round(result.longest),
              round(result.blocking),
              result.count,
              round(result.frame),
              round(result.ms),
              result.drawn,
            ];
      rows.push([name, n, ...cells]);
    }
  }
  return {
    title: `${title}: long tasks at 1,000 and 10,000 items (median of ${String(RUNS)} fresh pages, ms)`,
    columns: [
      'case',
      'items',
      'longest task',
      'total blocking',
      'long tasks',
      'longest frame',
      'to next frame',
      'in the DOM',
    ],
    rows,
    notes:
      'Longest task and total blocking time (each long task’s time over 50 ms, summed) from a PerformanceObserver ' +
      '(`longtask`), from the action until the page is quiet for 500 ms; the goal is no task over ~200 ms. ' +
      '"Longest frame": the longest animation frame (`long-animation-frame`: its tasks with the style, layout ' +
      'and paint that followed them, which long tasks leave out). ' +
      '"To next frame": from the action to the first frame after it; "> 180,000": one task held the page past puppeteer’s 180 s protocol timeout. Briefs: tests/helpers/large-briefs.ts ' +
      '(the bundled brief’s items, then copies), validated like any author brief (the `.brief` property). ' +
      (notes ?? ''),
  };
}
