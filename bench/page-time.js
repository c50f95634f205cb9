/**
 * Median of `runs` timings, each on a fresh page: the page sets `window.result` to
 * `{ ms, drawn }` when done, and `drawn` must equal `expected` (so a broken page cannot
 * pass for a fast one). Rounded to 0.1 ms.
 */
export async function medianTime(browser, url, { runs, expected }) {
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1200, height: 900 });
    await tab.goto(url);
    await tab.waitForFunction(() => window.result, { timeout: 120000 });
    const { ms, drawn } = await tab.evaluate(() => window.result);
    if (drawn !== expected) throw new Error(`${url} drew ${drawn} of ${expected}`);
    times.push(ms);
    await tab.close();
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] * 10) / 10;
}
