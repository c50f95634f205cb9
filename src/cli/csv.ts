/**
 * A two-column CSV (date, value) as a series' `points`: dates written `YYYY-MM-DD`,
 * `YYYY-MM` (the month's last day) or `YYYY` (the year's last day, as the bundled
 * brief dates a year's figure); an empty value, `NA`, `N/A`, `-` or `…` is a gap (`null`).
 * Comma or semicolon separated, fields may be quoted, a header row is skipped. Pure.
 * @internal
 */
import { isCalendarDate } from '../data/schema.js';

export interface CsvPoint {
  date: string;
  value: number | null;
  sourceIds: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

const GAPS = new Set(['', 'na', 'n/a', '-', '–', '—', '…', '...', 'null']);

/** One line's fields; `"` quotes a field, `""` inside is a quote. */
function fields(line: string, separator: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i] as string;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      out.push(field.trim());
      field = '';
    } else field += char;
  }
  out.push(field.trim());
  return out;
}

/** How many times `char` occurs in `line` outside quoted fields. */
function outsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count += 1;
  }
  return count;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A date as `YYYY-MM-DD`, or undefined when it is not written in one of the accepted forms. */
export function normalizeDate(text: string): string | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) return isCalendarDate(text) ? text : undefined;
  const month = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (month) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) return undefined;
    const mm = String(m).padStart(2, '0');
    return `${month[1] as string}-${mm}-${String(lastDay(Number(month[1]), m))}`;
  }
  if (/^\d{4}$/.test(text)) return `${text}-12-31`;
  return undefined;
}

/** A value as a number, `null` for a gap, or undefined when it is not a number. */
export function normalizeValue(text: string): number | null | undefined {
  if (GAPS.has(text.toLowerCase())) return null;
  // Thousands written with commas, spaces or underscores: 1,234,567 or 1 234 567.
  const plain = /^-?\d{1,3}(?:[, _\u00a0\u202f]\d{3})+(?:\.\d+)?$/.test(text)
    ? text.replace(/[, _\u00a0\u202f]/g, '')
    : text;
  if (!/^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(plain)) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

export function seriesFromCsv(
  text: string,
  sourceIds: readonly string[] = [],
): { points: CsvPoint[]; problems: CsvProblem[] } {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  const first = lines.find((line) => line.trim() !== '') ?? '';
  const separator = outsideQuotes(first, ';') > outsideQuotes(first, ',') ? ';' : ',';
  const points: CsvPoint[] = [];
  const problems: CsvProblem[] = [];
  let seenData = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const row = fields(raw, separator);
    const [dateText = '', valueText = ''] = row;
    const date = normalizeDate(dateText);
    if (!seenData && !date) {
      // A header row: the first row whose first field is no date.
      seenData = true;
      return;
    }
    seenData = true;
    if (row.length !== 2) {
      problems.push({ line, message: `expected two fields (date, value), found ${String(row.length)}` });
      return;
    }
    if (!date) {
      problems.push({
        line,
        message: `"${dateText}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-06-30)`,
      });
      return;
    }
    const value = normalizeValue(valueText);
    if (value === undefined) {
      problems.push({
        line,
        message: `"${valueText}" is not a number (leave it empty, or write NA, for a gap)`,
      });
      return;
    }
    const previous = points[points.length - 1];
    if (previous && previous.date >= date) {
      problems.push({
        line,
        message: `dates must run in order, oldest first: ${date} does not come after ${previous.date}`,
      });
      return;
    }
    points.push({ date, value, sourceIds: value === null ? [] : [...sourceIds] });
  });
  return { points, problems };
}
