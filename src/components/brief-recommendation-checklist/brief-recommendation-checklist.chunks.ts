/**
 * How the checklist draws a long list: in reading order, a chunk of lines per update, the
 * rest in the updates that follow, one task each, so that 10,000 recommendations, or one
 * of 10,000 actions, never hold the page for long. A line is a recommendation's header
 * drawn (or drawn again, opened or folded: "Expand all" opens the list a chunk at a time
 * from the top) or one action row of an open one. Every recommendation of an ordinary
 * brief is drawn in the first chunk, open or folded. Pure: no DOM.
 * @internal
 */
import type { ActionView, Shown } from './brief-recommendation-checklist.model.js';

/** Most lines one update draws. */
export const CHUNK = 200;

/** What is drawn: the first `headers` recommendations shown, which of them are drawn open, and their rows. */
export interface Drawn {
  headers: number;
  /** Rows drawn, by the id of each recommendation drawn open. */
  open: ReadonlyMap<string, number>;
}

export const NOTHING_DRAWN: Drawn = { headers: 0, open: new Map() };

/** A recommendation as drawn: open or folded, with the action rows it shows. */
export type DrawnRecommendation = Shown['recommendations'][number] & { open: boolean; drawn: ActionView[] };

/**
 * What the next update draws: `drawn` with up to `chunk` lines more, in reading order (a
 * recommendation's rows before the next one's header), each header drawn open where
 * `open` says so. `complete` when the list is then drawn as asked.
 */
export function grow(
  shown: Shown,
  drawn: Drawn,
  open: (id: string) => boolean,
  chunk = CHUNK,
): { drawn: Drawn; complete: boolean } {
  let budget = chunk;
  let headers = 0;
  let complete = true;
  const opened = new Map<string, number>();
  for (const [index, item] of shown.recommendations.entries()) {
    const id = item.view.recommendation.id;
    const wanted = open(id);
    const had = index < drawn.headers ? drawn.open.get(id) : undefined;
    // A header not drawn yet, or drawn open or folded where the reader now wants the other.
    const redraw = index >= drawn.headers || (had !== undefined) !== wanted;
    if (redraw && budget <= 0) {
      complete = false;
      if (index >= drawn.headers) break;
      if (had !== undefined) opened.set(id, had);
      headers = index + 1;
      continue;
    }
    if (redraw) budget -= 1;
    headers = index + 1;
    if (!wanted) continue;
    const rows = Math.min(had ?? 0, item.actions.length);
    const added = Math.min(item.actions.length - rows, budget);
    budget -= added;
    opened.set(id, rows + added);
    if (rows + added < item.actions.length) complete = false;
  }
  return { drawn: { headers, open: opened }, complete };
}

/** The recommendations drawn, each open or folded as drawn, with its rows. */
export function drawnList(shown: Shown, drawn: Drawn): DrawnRecommendation[] {
  return shown.recommendations.slice(0, drawn.headers).map((item) => {
    const rows = drawn.open.get(item.view.recommendation.id);
    return { ...item, open: rows !== undefined, drawn: item.actions.slice(0, rows ?? 0) };
  });
}
