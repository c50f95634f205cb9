/**
 * What the two static-site proofs share (tests/e2e/ssr.test.js, built by
 * tests/ssr/build-page.js; tests/e2e/eleventy.test.js, built by Eleventy): bundling the
 * page's client script, and reading the page's widgets in Chromium with JavaScript off
 * and on.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Writes `source` as the client entry and bundles it with Vite into `siteDir`client.js. */
export async function bundleClient(siteDir, source) {
  const entry = `${siteDir}client-entry.js`;
  await writeFile(entry, source);
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: siteDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      lib: { entry, formats: ['es'], fileName: () => 'client.js' },
    },
  });
}

/** In the page: each widget's text as a reader gets it (its shadow root and any nested one), by id or tag. */
function widgetTexts() {
  const text = (node) =>
    [...node.querySelectorAll('*')]
      .map((element) => (element.shadowRoot ? text(element.shadowRoot) : ''))
      .concat(node.textContent)
      .join(' ');
  return Object.fromEntries(
    [...document.querySelectorAll('main > *')]
      .filter((element) => element.localName.startsWith('brief-'))
      .map((element) => [
        element.id || element.localName,
        element.shadowRoot ? text(element.shadowRoot).replace(/\s+/g, ' ') : '',
      ]),
  );
}

/** Asserts, with `assert`, that each widget (by id or tag) shows each of its phrases. */
export function assertShows(assert, texts, expected, when) {
  for (const [tag, phrases] of Object.entries(expected)) {
    for (const phrase of phrases) assert.ok(texts[tag]?.includes(phrase), `${tag} shows “${phrase}” ${when}`);
  }
}

/**
 * Opens `url` with JavaScript off: the widgets' texts, and whether any element got
 * defined (none should: the text came with the HTML).
 */
export async function readWithoutJavaScript(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  await page.setJavaScriptEnabled(false);
  await page.goto(url, { waitUntil: 'load' });
  const texts = await page.evaluate(widgetTexts);
  const defined = await page.evaluate(() => customElements.get('brief-timeline') !== undefined);
  await page.close();
  return { texts, defined };
}

/** Runs before the page's scripts: sums every layout shift, as CLS does. */
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Opens `url` with JavaScript on and waits until the widgets have hydrated and painted
 * what they draw after it. Returns each widget's state, their texts, the layout shifts
 * and every console error, warning or page error. `beforeScripts` (a function or its source) runs in
 * the page before its scripts, e.g. to store a reader's ticks.
 */
export async function hydrate(browser, url, beforeScripts) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  if (beforeScripts) await page.evaluateOnNewDocument(beforeScripts);
  await page.evaluateOnNewDocument(recordShifts);
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(url, { waitUntil: 'networkidle0' });
  const state = await page.evaluate(async () => {
    const widgets = [...document.querySelectorAll('main > *')].filter((element) =>
      element.localName.startsWith('brief-'),
    );
    await Promise.all(widgets.map((element) => element.updateComplete));
    // Two frames: whatever the widgets draw after hydration (sizes read, reader state) is painted.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return widgets.map((element) => ({
      tag: element.localName,
      upgraded: element.hasUpdated === true,
      hydrated: element.shadowRoot.innerHTML.includes('<!--lit-part'),
      bases: element.shadowRoot.querySelectorAll('[part~="base"]').length,
      loading: element.shadowRoot.querySelectorAll('[part~="loading"], [part~="error"]').length,
    }));
  });
  const texts = await page.evaluate(widgetTexts);
  const shifts = await page.evaluate(() => window.__shifts);
  await page.close();
  return { state, texts, shifts, problems };
}

/** Asserts every widget hydrated the server's markup: upgraded, markers kept, drawn once, no placeholder. */
export function assertHydrated(assert, state) {
  for (const widget of state) {
    assert.ok(widget.upgraded, `${widget.tag} upgraded`);
    assert.ok(widget.hydrated, `${widget.tag} kept the server's markup (hydrated, not redrawn)`);
    assert.equal(widget.bases, 1, `${widget.tag} draws its content once`);
    assert.equal(widget.loading, 0, `${widget.tag} shows no loading placeholder or error`);
  }
}
