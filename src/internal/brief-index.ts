import type { Brief, Indicator, Source } from '../data/types.js';

interface Index {
  indicators: Map<string, Indicator>;
  sources: Map<string, Source>;
}

const indexes = new WeakMap<Brief, Index>();

/**
 * Lookups by id into a brief, built once per brief object and shared by every widget
 * that shows it: a grid of a thousand cards does not scan the brief a thousand times.
 * @internal
 */
export function indexOf(brief: Brief): Index {
  let index = indexes.get(brief);
  if (!index) {
    index = {
      indicators: new Map(brief.indicators.map((indicator) => [indicator.id, indicator])),
      sources: new Map(brief.sources.map((source) => [source.id, source])),
    };
    indexes.set(brief, index);
  }
  return index;
}
