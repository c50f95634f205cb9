/**
 * The Eleventy proof (issue 13): a one-page site whose widgets are rendered at build time by
 * `@lit-labs/eleventy-plugin-lit` (Lit SSR in a worker thread) into declarative shadow DOM.
 * Built by tests/e2e/eleventy.test.js into `.eleventy-site/`, or by hand from the repository
 * after `npm run build`:
 *
 *   npx @11ty/eleventy --config=tests/eleventy/eleventy.config.js
 */
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import litPlugin from '@lit-labs/eleventy-plugin-lit';

/** Whether to render the widgets on the server; off only to watch the test fail without it. */
const ssr = process.env.ELEVENTY_LIT !== 'off';

export default function (eleventyConfig) {
  if (ssr) {
    eleventyConfig.addPlugin(litPlugin, {
      mode: 'worker',
      componentModules: [fileURLToPath(new URL('components.js', import.meta.url))],
    });
  }
}

/** From this folder into the repository's `.eleventy-site/`, whatever the working directory. */
export const config = {
  dir: {
    input: fileURLToPath(new URL('.', import.meta.url)),
    output: fileURLToPath(new URL('../../.eleventy-site/', import.meta.url)),
  },
  templateFormats: ['njk'],
};
