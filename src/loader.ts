/**
 * The `<script type="module">` embed, `dist/standalone/briefing-widgets.js`: a small
 * loader. It registers nothing itself: each widget's code is loaded, from the chunks next
 * to this file, the first time its tag is on the page (in the HTML, or added later), and
 * a widget loads the part of the bundled brief it shows only if it falls back to it. The
 * chunks are found relative to this file's URL, so the embed works from a CDN path and
 * self-hosted alike; their names carry a content hash, so they can be cached for good.
 *
 * Tags inside another component's shadow root are out of the loader's sight: call
 * `discover(shadowRoot)` once they are there (the widgets' own nested tags need not).
 */
import { preloadDefaultBrief, type BriefPart } from './data/default-brief.js';

const elements: Record<string, () => Promise<unknown>> = {
  'brief-indicator-card': () => import('./components/brief-indicator-card/brief-indicator-card.js'),
  'brief-indicator-grid': () => import('./components/brief-indicator-grid/brief-indicator-grid.js'),
  'brief-recommendation-checklist': () =>
    import('./components/brief-recommendation-checklist/brief-recommendation-checklist.js'),
  'brief-timeline': () => import('./components/brief-timeline/brief-timeline.js'),
};

/**
 * The shared chunks each widget's chunk imports, written in by the build (`widgetChunks` in
 * vite.config.ts): asked for together with the widget's chunk, not one round trip after it.
 */
let files: string[] = [];
let shared: Record<string, number[] | undefined> = {};
try {
  [files, shared] = JSON.parse('__WIDGET_CHUNKS__') as [typeof files, typeof shared];
} catch {
  // Not built (the sources, in a test): the browser finds them as it goes.
}
const preloaded = new Set<number>();
// Beside this file (read once: Vite would take `new URL(…, import.meta.url)` for an asset).
const here = import.meta.url;

function preload(tag: string): void {
  for (const index of shared[tag] ?? []) {
    if (preloaded.has(index)) continue;
    preloaded.add(index);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(`chunks/${files[index] ?? ''}`, here).href;
    document.head.append(link);
  }
}

const selector = Object.keys(elements).join(',');
const loading = new Map<string, Promise<unknown>>();

/** Loads the code of `tag` (one of the four widgets) once; resolves when it is defined. */
export function load(tag: string): Promise<unknown> {
  let pending = loading.get(tag);
  if (!pending) {
    preload(tag);
    pending = (elements[tag]?.() ?? Promise.resolve()).catch((error: unknown) => {
      // A reload or a later tag may try again.
      loading.delete(tag);
      console.error(`briefing-widgets: could not load <${tag}>:`, error);
    });
    loading.set(tag, pending);
  }
  return pending;
}

/** The part of the bundled brief `element` will show if it has no brief of its own; else none. */
function fallbackPart(element: Element): BriefPart | undefined {
  if ((element as { brief?: unknown }).brief != null) return undefined;
  if (element.hasAttribute('src') || element.hasAttribute('without-default')) return undefined;
  if (element.querySelector(':scope > script[type="application/json"]')) return undefined;
  switch (element.localName) {
    case 'brief-indicator-card':
      return `indicator:${(element.getAttribute('indicator') ?? '').trim()}`;
    case 'brief-indicator-grid':
      return 'indicators';
    case 'brief-recommendation-checklist':
      return 'recommendations';
    default:
      return 'timeline';
  }
}

/**
 * Loads the code of every widget in `root` (and `root` itself, an element), and with it the
 * parts of the bundled brief they will fall back to (or the whole brief, where it is
 * lighter than those parts together), so code and data arrive together.
 */
export function discover(root: ParentNode = document): void {
  const found = root instanceof Element && root.localName in elements ? [root] : [];
  const parts: BriefPart[] = [];
  for (const element of [...found, ...root.querySelectorAll(selector)]) {
    if (customElements.get(element.localName)) continue;
    void load(element.localName);
    const part = fallbackPart(element);
    if (part) parts.push(part);
  }
  preloadDefaultBrief(parts);
}

// A second copy of this loader on the page (the snippet pasted twice) leaves it to the first.
const claim = Symbol.for('briefing-widgets.loader');
const scope = globalThis as { [claim]?: true };
if (typeof document !== 'undefined' && !scope[claim]) {
  scope[claim] = true;
  discover();
  const watch = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
    // Once every widget is defined, new tags upgrade by themselves.
    if (Object.keys(elements).every((tag) => customElements.get(tag))) watch.disconnect();
  });
  watch.observe(document, { childList: true, subtree: true });
}
