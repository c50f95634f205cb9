/**
 * A strict JSON parser (what `JSON.parse` accepts, nothing more) that also says where
 * each value and each object key starts, by field path (`indicators[0].note`), so the
 * CLI can point at `file:line:col`.
 * @internal
 */
import { formatPath } from '../data/validate.js';

export interface Where {
  /** Offset of the value's first character. */
  value: number;
  /** Offset of the key's opening quote, for an object member. */
  key?: number;
}

export type Parsed =
  { ok: true; value: unknown; where: Map<string, Where> } | { ok: false; offset: number; message: string };

class Failure extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseJson(text: string): Parsed {
  const where = new Map<string, Where>();
  let at = 0;
  const fail = (message: string, offset = at): never => {
    throw new Failure(offset, message);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] as string)) at += 1;
  };
  const describe = (offset: number) =>
    offset >= text.length ? 'the end of the file' : `"${text[offset] as string}"`;

  const string = (): string => {
    const start = at;
    at += 1;
    while (at < text.length) {
      const char = text[at] as string;
      if (char === '"') {
        at += 1;
        try {
          return JSON.parse(text.slice(start, at)) as string;
        } catch {
          // A backslash JSON does not know (`\x`, a short `\u12`).
          return fail('a backslash that is not a JSON escape: write \\\\ for a backslash', start);
        }
      }
      if (char === '\\') at += 2;
      else if (char < ' ') fail('a line break or control character inside a string: end the string first');
      else at += 1;
    }
    return fail('a string that never ends (a missing closing quote)', start);
  };

  const value = (path: (string | number)[], key?: number): unknown => {
    space();
    const start = at;
    where.set(formatPath(path), key === undefined ? { value: start } : { value: start, key });
    const char = text[at];
    if (char === '{') {
      at += 1;
      const object: Record<string, unknown> = {};
      space();
      if (text[at] === '}') {
        at += 1;
        return object;
      }
      for (;;) {
        space();
        if (text[at] !== '"') fail(`expected a field name in double quotes, found ${describe(at)}`);
        const keyAt = at;
        const name = string();
        space();
        if (text[at] !== ':') fail(`expected ":" after "${name}", found ${describe(at)}`);
        at += 1;
        object[name] = value([...path, name], keyAt);
        space();
        if (text[at] === ',') {
          at += 1;
          space();
          if (text[at] === '}') fail('a comma before "}": remove the last comma');
          continue;
        }
        if (text[at] === '}') {
          at += 1;
          return object;
        }
        fail(`expected "," or "}", found ${describe(at)}`);
      }
    }
    if (char === '[') {
      at += 1;
      const list: unknown[] = [];
      space();
      if (text[at] === ']') {
        at += 1;
        return list;
      }
      for (;;) {
        list.push(value([...path, list.length]));
        space();
        if (text[at] === ',') {
          at += 1;
          space();
          if (text[at] === ']') fail('a comma before "]": remove the last comma');
          continue;
        }
        if (text[at] === ']') {
          at += 1;
          return list;
        }
        fail(`expected "," or "]", found ${describe(at)}`);
      }
    }
    if (char === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(at, at + 400),
    );
    if (!literal) {
      if (char === '/') fail('a comment: JSON has none');
      if (char === "'") fail('a string in single quotes: JSON strings use double quotes');
      fail(`expected a value, found ${describe(at)}`);
    }
    at += (literal as RegExpExecArray)[0].length;
    return JSON.parse((literal as RegExpExecArray)[0]) as unknown;
  };

  try {
    if (text.charCodeAt(0) === 0xfeff) at = 1;
    const result = value([]);
    space();
    if (at < text.length) fail(`more after the end of the JSON: ${describe(at)}`);
    return { ok: true, value: result, where };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, offset: error.offset, message: error.message };
    throw error;
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): [line: number, column: number] {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text[i] === '\n') {
      line += 1;
      start = i + 1;
    }
  }
  return [line, offset - start + 1];
}

/** Where a problem at `path` points: its key for an unknown field, else its value, else the nearest enclosing value. */
export function locate(where: Map<string, Where>, path: string, unknownKey: boolean): number {
  const found = where.get(path);
  if (found) return unknownKey && found.key !== undefined ? found.key : found.value;
  let parent = path;
  while (parent) {
    const cut = Math.max(parent.lastIndexOf('.'), parent.lastIndexOf('['));
    parent = cut > 0 ? parent.slice(0, cut) : '';
    const up = where.get(parent || '(brief)');
    if (up) return up.value;
  }
  return where.get('(brief)')?.value ?? 0;
}
