/**
 * The checklist's reader state as pure functions, no DOM: the storage key and the stored
 * record, the share-link fragment and the Markdown export.
 */

/** Ids as the schema allows them; anything else in stored or shared data is refused. */
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Most ids a stored record may hold: far above any brief, low enough to refuse a flood. */
const MAX_STORED = 100_000;

/** The fragment parameter that carries shared ticks. */
export const SHARE_PARAM = 'brief-ticks';

/** The `localStorage` key of a brief's ticks: one list per brief id and version. */
export function storageKey(briefId: string, version: string): string {
  return `briefing-widgets:checklist:${briefId}@${version}`;
}

/** The stored record: a version number and the ticked action ids. */
export function serializeTicks(ticked: Iterable<string>): string {
  return JSON.stringify({ v: 1, ticked: [...ticked].sort() });
}

/**
 * Reads a stored record. `null` (nothing stored) gives an empty set; a record that is not
 * ours gives `undefined` (corrupt: ignore it, and do not write over it).
 */
export function parseTicks(text: string | null): Set<string> | undefined {
  if (text === null) return new Set();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as { v?: unknown; ticked?: unknown };
  if (record.v !== 1 || !Array.isArray(record.ticked) || record.ticked.length > MAX_STORED) {
    return undefined;
  }
  const ticked = new Set<string>();
  for (const id of record.ticked) {
    if (typeof id !== 'string' || !ID.test(id)) return undefined;
    ticked.add(id);
  }
  return ticked;
}

/**
 * A short fingerprint of the action ids in order (32-bit FNV-1a, base 36): a share link
 * made for another list of actions is recognised and refused, not misread.
 */
export function fingerprint(actionIds: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const id of actionIds) {
    for (let i = 0; i < id.length; i += 1) {
      hash ^= id.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x2c; // a comma between ids: ["ab", "c"] and ["a", "bc"] differ
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The ticks as a bit field over the actions in order, in URL-safe base 64 (6 actions a character). */
export function encodeBits(actionIds: readonly string[], ticked: ReadonlySet<string>): string {
  let out = '';
  for (let start = 0; start < actionIds.length; start += 6) {
    let value = 0;
    for (let bit = 0; bit < 6; bit += 1) {
      const id = actionIds[start + bit];
      if (id !== undefined && ticked.has(id)) value |= 1 << bit;
    }
    out += B64.charAt(value);
  }
  return out;
}

/** Reverses `encodeBits`; `undefined` when the text does not fit the list. */
export function decodeBits(actionIds: readonly string[], text: string): Set<string> | undefined {
  if (text.length !== Math.ceil(actionIds.length / 6)) return undefined;
  const ticked = new Set<string>();
  for (let c = 0; c < text.length; c += 1) {
    const value = B64.indexOf(text.charAt(c));
    if (value < 0) return undefined;
    for (let bit = 0; bit < 6; bit += 1) {
      if ((value & (1 << bit)) === 0) continue;
      const id = actionIds[c * 6 + bit];
      if (id === undefined) return undefined;
      ticked.add(id);
    }
  }
  return ticked;
}

/** The fragment parameter for a brief's ticks: `brief-ticks=<brief id>:<fingerprint>:<bits>`. */
export function shareParam(
  briefId: string,
  actionIds: readonly string[],
  ticked: ReadonlySet<string>,
): string {
  return `${SHARE_PARAM}=${briefId}:${fingerprint(actionIds)}:${encodeBits(actionIds, ticked)}`;
}

/** A page address with its fragment replaced by the brief's ticks. */
export function shareUrl(
  href: string,
  briefId: string,
  actionIds: readonly string[],
  ticked: ReadonlySet<string>,
): string {
  const hash = href.indexOf('#');
  const base = hash < 0 ? href : href.slice(0, hash);
  return `${base}#${shareParam(briefId, actionIds, ticked)}`;
}

/** What a page's fragment says about a brief's ticks. */
export type SharedTicks = { kind: 'none' } | { kind: 'mismatch' } | { kind: 'ticks'; ticked: Set<string> };

/** The fragment's parameters, `#a=1&brief-ticks=…`, without throwing on garbage. */
function fragmentParams(hash: string): string[] {
  return hash.replace(/^#/, '').split('&');
}

/**
 * Reads shared ticks for one brief from a fragment (`location.hash`). Ticks for another
 * brief are `none` (another checklist on the page may take them); ticks for this brief
 * but another list of actions, or that do not decode, are a `mismatch`.
 */
export function readShared(hash: string, briefId: string, actionIds: readonly string[]): SharedTicks {
  if (hash.length > 200_000) return { kind: 'none' };
  for (const param of fragmentParams(hash)) {
    if (!param.startsWith(`${SHARE_PARAM}=`)) continue;
    const [id, print, bits, ...rest] = param.slice(SHARE_PARAM.length + 1).split(':');
    if (id !== briefId) continue;
    if (print !== fingerprint(actionIds) || bits === undefined || rest.length > 0)
      return { kind: 'mismatch' };
    const ticked = decodeBits(actionIds, bits);
    return ticked ? { kind: 'ticks', ticked } : { kind: 'mismatch' };
  }
  return { kind: 'none' };
}

/** A fragment without the brief's shared ticks (other parameters kept): `''` when nothing is left. */
export function withoutShared(hash: string, briefId: string): string {
  const kept = fragmentParams(hash).filter(
    (param) => param !== '' && !param.startsWith(`${SHARE_PARAM}=${briefId}:`),
  );
  return kept.length > 0 ? `#${kept.join('&')}` : '';
}

/** True when two sets hold the same ids. */
export function sameTicks(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/** A copy of `set` with `id` added, or removed when it was there (a toggle button's new state). */
export function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** The ids of `ticked` that are among `actionIds`. */
export function countTicked(actionIds: readonly string[], ticked: ReadonlySet<string>): number {
  let count = 0;
  for (const id of actionIds) if (ticked.has(id)) count += 1;
  return count;
}

// ── Markdown export ──────────────────────────────────────────────────────────────────

/** One action as the export gives it, every text already in the reader's language. */
export interface MarkdownAction {
  /** `true`/`false` for the reader's tick; `null` in a read-only list (no box). */
  checked: boolean | null;
  text: string;
  actors: string;
  /** The publisher's record in words, e.g. "Not adopted, July 12, 2022". */
  status?: string;
  note?: string;
  sources: readonly { title: string; url: string }[];
}

/** The whole list as the export gives it. */
export interface MarkdownList {
  title: string;
  lines: readonly string[];
  recommendations: readonly { heading: string; progress: string; actions: readonly MarkdownAction[] }[];
  labels: { actors: string; record: string; sources: string };
}

/** Text as Markdown shows it, never as markup: one line, special characters escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>~&|]/g, '\\$&')
    .replace(/^([-+=#])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A link only for `http(s)` addresses, with the characters that end a Markdown link encoded. */
function link(title: string, url: string): string {
  const text = escapeMarkdown(title);
  if (!/^https?:\/\//i.test(url)) return text;
  const safe = url.replace(
    /[\s()<>[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${text}](${safe})`;
}

/** The list as Markdown: a task list per recommendation, with actors and the publisher's record. */
export function toMarkdown(list: MarkdownList): string {
  const out = [`# ${escapeMarkdown(list.title)}`, ''];
  for (const line of list.lines) out.push(escapeMarkdown(line), '');
  for (const recommendation of list.recommendations) {
    out.push(`## ${escapeMarkdown(recommendation.heading)}`, '');
    if (recommendation.progress) out.push(escapeMarkdown(recommendation.progress), '');
    for (const action of recommendation.actions) {
      const box = action.checked === null ? '' : action.checked ? '[x] ' : '[ ] ';
      out.push(`- ${box}${escapeMarkdown(action.text)}`);
      out.push(`  - ${escapeMarkdown(list.labels.actors)}: ${escapeMarkdown(action.actors)}`);
      if (action.status) {
        const note = action.note ? ` — ${escapeMarkdown(action.note)}` : '';
        out.push(`  - ${escapeMarkdown(list.labels.record)}: ${escapeMarkdown(action.status)}${note}`);
      }
      if (action.sources.length > 0) {
        const links = action.sources.map((source) => link(source.title, source.url)).join('; ');
        out.push(`  - ${escapeMarkdown(list.labels.sources)}: ${links}`);
      }
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
