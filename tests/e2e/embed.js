/**
 * The embed as a web editor writes it, for the end-to-end checks: the built standalone
 * files (`npm run build`), the script tag for each, a plain page around an element, and
 * the server and browser a suite opens such pages with.
 */
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.js';
import { serve } from './server.js';

/** The repository, which the test server serves. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

export const esm = '/dist/standalone/briefing-widgets.js';
export const iife = '/dist/standalone/briefing-widgets.iife.js';

/** The script tag an editor pastes, for each build. */
export const scripts = {
  module: `<script type="module" src="${esm}"></script>`,
  classic: `<script src="${iife}"></script>`,
};

/** A plain page: `head` in its head (a script tag), `body` (the elements) in its body. */
export const embedPage = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed</title>${head}</head><body>${body}</body></html>`;

/**
 * For the suite it is called in: serves the repository and `pages` (HTML from memory, sent
 * with the strict policy) and launches Chromium before its tests, and stops both after
 * them. The tests read `env.server` and `env.browser`.
 */
export function serveAndLaunch(pages) {
  const env = { server: undefined, browser: undefined };
  before(async () => {
    env.server = await serve(root, pages);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
