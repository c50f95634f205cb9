/**
 * A static site as a static-site generator would build it: one article page with all four
 * widgets rendered on the server by `briefing-widgets/ssr` (Lit SSR, declarative shadow
 * DOM), and a client script — Lit's hydration support first, then the widgets — bundled
 * with Vite. Writes `.ssr-site/index.html` and `.ssr-site/client.js` (plus chunks).
 *
 * Run after `npm run build`: `node tests/ssr/build-page.js`. The end-to-end check
 * (tests/e2e/ssr.test.js) calls `buildPage()` itself; tests/ssr/site.js bundles the client.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { html } from 'lit';
// eslint-disable-next-line import-x/extensions -- the package's own entry (resolves once dist/ is built)
import { renderToString } from 'briefing-widgets/ssr';
// eslint-disable-next-line import-x/extensions -- the package's own entry
import { defaultBrief } from 'briefing-widgets/data';
import { bundleClient } from './site.js';

export const siteDir = fileURLToPath(new URL('../../.ssr-site/', import.meta.url));

/**
 * An app's own brief, passed as a property: the server renders it, and the client sets
 * the same property before the widgets' code loads, so hydration sees what the server used.
 */
export const authorBrief = structuredClone(defaultBrief);
authorBrief.id = 'author-brief';
authorBrief.indicators[1].title = 'An author’s own indicator';

/** The widgets of the page, as an editor places them in an article. */
const widgets = html`
  <h2>An app’s own brief</h2>
  <brief-indicator-card
    id="author-card"
    indicator="security-cooperation"
    .brief=${authorBrief}
  ></brief-indicator-card>
  <h2>The trend behind the brief</h2>
  <brief-indicator-card indicator="overdose-deaths"></brief-indicator-card>
  <h2>Every indicator</h2>
  <brief-indicator-grid></brief-indicator-grid>
  <h2>What the brief recommends</h2>
  <brief-recommendation-checklist></brief-recommendation-checklist>
  <h2>The USMCA joint review</h2>
  <brief-timeline></brief-timeline>
`;

/** The page: a 650 px article column, the widgets' server markup in it, the client script last. */
function page(body) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Mexico’s strategic shift — briefing-widgets, rendered on the server</title>
    <link rel="stylesheet" href="page.css" />
  </head>
  <body>
    <main>
      <h1>Mexico’s strategic shift, four years on</h1>
      <p>A static page: the widgets below were rendered at build time, so their text is in the HTML.</p>
      ${body}
    </main>
    <script type="module" src="client.js"></script>
  </body>
</html>
`;
}

const css = `body { margin: 0; font: 16px/1.5 Georgia, serif; }
main { max-width: 650px; margin: 0 auto; padding: 1rem; }
`;

/**
 * The client: Lit's hydration support before any Lit element is defined, the app's brief
 * set on its widget before it upgrades, then the widgets.
 */
const client = `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { authorBrief } from './author-brief.js';
document.querySelector('#author-card').brief = authorBrief;
await import('briefing-widgets');
`;

export async function buildPage() {
  await mkdir(siteDir, { recursive: true });
  await writeFile(
    `${siteDir}author-brief.js`,
    `export const authorBrief = ${JSON.stringify(authorBrief)};\n`,
  );
  await bundleClient(siteDir, client);
  await writeFile(`${siteDir}page.css`, css);
  await writeFile(`${siteDir}index.html`, page(await renderToString(widgets)));
  return siteDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`wrote ${await buildPage()}index.html`);
}
