/**
 * The bundled default brief, loaded only when a widget falls back to it: an app that
 * passes its own brief never downloads it.
 *
 * A widget asks for the part it shows. From the npm package every part is the whole
 * brief (one lazily imported module, split off by the app's bundler). The `<script>`
 * embed's build replaces this module with one that loads just that part — the brief's
 * own fields, one indicator (or all of them), the recommendations or the timeline, and
 * the sources they cite — as a chunk of its own (`vite.config.ts`, `defaultBriefParts`).
 * @internal
 */
import type { Brief } from './types.js';

/** The part of the default brief a widget shows: `indicator:<id>`, a list, or all of it. */
export type BriefPart = `indicator:${string}` | 'indicators' | 'recommendations' | 'timeline' | 'all';

let whole: Promise<Brief> | undefined;

export function loadDefaultBrief(_part: BriefPart): Promise<Brief> {
  whole ??= import('./briefs/us-mexico-2022.js').then((module) => module.usMexico2022);
  return whole;
}

/**
 * Starts loading what the widgets on a page will fall back to: each of `parts`, or the
 * whole brief where the parts together weigh more (they repeat the sources they share).
 */
export function preloadDefaultBrief(parts: readonly BriefPart[]): void {
  // A failure is reported by the widget that asks for the part.
  if (parts.length > 0) loadDefaultBrief('all').catch(() => undefined);
}
