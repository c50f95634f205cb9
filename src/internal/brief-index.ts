import type { Actor, Brief, Indicator, Source } from '../data/types.js';

/** A brief's lookups by id. */
export interface BriefIndex {
  indicators: ReadonlyMap<string, Indicator>;
  sources: ReadonlyMap<string, Source>;
  actors: ReadonlyMap<string, Actor>;
}

const indexes = new WeakMap<Brief, BriefIndex>();

/**
 * Lookups by id into a brief, built once per brief object and shared by every widget
 * that shows it: a grid of a thousand cards does not scan the brief a thousand times.
 * @internal
 */
export function indexOf(brief: Brief): BriefIndex {
  let index = indexes.get(brief);
  if (!index) {
    index = {
      indicators: new Map(brief.indicators.map((indicator) => [indicator.id, indicator])),
      sources: new Map(brief.sources.map((source) => [source.id, source])),
      actors: new Map(brief.actors.map((actor) => [actor.id, actor])),
    };
    indexes.set(brief, index);
  }
  return index;
}

/** The sources of `ids` that the brief has, in order, each once. */
export function sourcesOf(brief: Brief, ids: Iterable<string>): Source[] {
  const byId = indexOf(brief).sources;
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}
