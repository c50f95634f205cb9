/**
 * `briefing-widgets/ssr`: server rendering with Lit SSR (`@lit-labs/ssr`, installed beside
 * this package). Importing it installs Lit SSR's DOM shim, loads the bundled brief and the
 * validator (each widget then renders in one synchronous pass, never its loading
 * placeholder) and registers every element — in that order, whatever the importer imports
 * around it:
 *
 * ```js
 * import { html } from 'lit';
 * import { renderToString } from 'briefing-widgets/ssr';
 * const page = await renderToString(html`<brief-timeline></brief-timeline>`);
 * ```
 *
 * Why one entry: the shim's module has a top-level await, so a module imported statically
 * beside it (`import 'briefing-widgets'`) is evaluated before the shim is installed, and
 * its elements land in a registry the renderer never sees. Here everything after the shim
 * is imported dynamically, once the shim is in place.
 *
 * In the browser, load `@lit-labs/ssr-client/lit-element-hydrate-support.js` before the
 * widgets' code: each widget then hydrates the server's markup.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import type { RenderInfo, RenderResult } from '@lit-labs/ssr';

const ssr = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { preloadBriefData } = await import('./internal/brief-data-controller.js');
await preloadBriefData();
await import('./index.js');

/** Lit SSR's `render`: a template with widgets in it, as an iterable of HTML strings. */
export const render: (value: unknown, renderInfo?: Partial<RenderInfo>) => RenderResult = ssr.render;

/** Renders a template (with widgets in it) to a string of HTML with declarative shadow DOM. */
export function renderToString(value: unknown, renderInfo?: Partial<RenderInfo>): Promise<string> {
  return collectResult(ssr.render(value, renderInfo));
}

export type { RenderInfo, RenderResult };
