/** Launches the system Chromium with puppeteer-core (no browser download). */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export const executablePath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) =>
    existsSync(path),
  );

export function launch() {
  if (!executablePath) throw new Error('No Chromium found: install Debian’s chromium or set CHROME_PATH.');
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/**
 * Runs in the page before any of its scripts: records every Content-Security-Policy
 * violation (listened for in the capture phase on the document, so none is missed, inside
 * a shadow root or not) as one line — the directive, what was blocked, the sample, the
 * element at fault with the shadow hosts around it (`brief-timeline > span.label`) and the
 * script line that set it off.
 */
function recordViolations() {
  const found = [];
  const name = (node) =>
    node instanceof Element ? [node.localName, ...node.classList].join('.') : (node?.nodeName ?? '?');
  const where = (node) => {
    const chain = [name(node)];
    for (let host = node?.getRootNode?.().host; host; host = host.getRootNode().host)
      chain.unshift(name(host));
    return chain.join(' > ');
  };
  Object.defineProperty(window, '__cspViolations', { value: found });
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const from = event.sourceFile
        ? ` (from ${event.sourceFile}:${event.lineNumber}:${event.columnNumber})`
        : '';
      found.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '?'} on ${where(event.composedPath()[0])}: ${JSON.stringify(event.sample)}${from}`,
      );
    },
    true,
  );
}

/**
 * Opens a page that records console errors, page errors, every request it makes and every
 * CSP violation. `owner` is the browser or one of its contexts. `violations()` returns the
 * violations reported since it was last called.
 */
export async function openPage(owner, url, { width = 1200, colorScheme = 'light' } = {}) {
  const page = await owner.newPage();
  await page.setViewport({ width, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
  await page.evaluateOnNewDocument(recordViolations);
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url, { waitUntil: 'networkidle0' });
  const violations = () => page.evaluate(() => window.__cspViolations.splice(0));
  return { page, problems, requests, violations };
}
