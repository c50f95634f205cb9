/**
 * Splits a brief into the parts the widgets show, each a valid brief of its own: the
 * brief's own fields (title, publisher, actors, record…) with one indicator, all the
 * indicators, the recommendations or the timeline, and just the sources those cite.
 * The `<script>` embed's build makes each part of the bundled brief a chunk of its own,
 * so a page with one card downloads one indicator (`vite.config.ts`).
 * @internal
 */
import type { BriefPart } from './default-brief.js';
import type { Brief } from './types.js';

/** Every source id `value` cites (`sourceIds`, `outcomeSourceIds`…), however deep. */
function citedSources(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) citedSources(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (/sourceIds$/i.test(key) && Array.isArray(item)) for (const id of item) into.add(String(id));
      else citedSources(item, into);
    }
  }
  return into;
}

export function briefParts(brief: Brief): Map<Exclude<BriefPart, 'all'>, Brief> {
  const { indicators, recommendations, timeline, sources, ...own } = brief;
  // What an editor reads (the file's schema) is no part of what a widget shows.
  delete own.$schema;
  const part = (shown: Partial<Brief>): Brief => {
    const cited = citedSources([own, shown], new Set());
    return {
      ...own,
      indicators: [],
      recommendations: [],
      ...shown,
      sources: sources.filter((source) => cited.has(source.id)),
    };
  };
  const parts = new Map<Exclude<BriefPart, 'all'>, Brief>();
  for (const indicator of indicators)
    parts.set(`indicator:${indicator.id}`, part({ indicators: [indicator] }));
  parts.set('indicators', part({ indicators }));
  parts.set('recommendations', part({ recommendations }));
  if (timeline) parts.set('timeline', part({ timeline }));
  return parts;
}
