/**
 * The series as CSV, with its sources, for readers who want the numbers. Pure.
 */
import type { Brief, Indicator } from '../../data/types.js';

/** Quotes a field when it holds a comma, quote or line break (RFC 4180). */
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: prefix it.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per point: date, value (empty for a gap), unit, and its sources' titles (with who produced the data) and URLs. */
export function seriesCsv(brief: Brief, indicator: Indicator): string {
  const series = indicator.series;
  if (!series) return '';
  const sources = new Map(brief.sources.map((source) => [source.id, source]));
  const rows: (string | number | null)[][] = [
    ['date', 'value', 'unit', 'series', 'note', 'sources', 'source_urls'],
    ...series.points.map((point) => {
      const cited = point.sourceIds.flatMap((id) => sources.get(id) ?? []);
      return [
        point.date,
        point.value,
        series.unit,
        series.label,
        point.note ?? '',
        cited
          .map((source) =>
            source.producer && source.producer !== source.publisher
              ? `${source.title} (${source.publisher}; data: ${source.producer})`
              : `${source.title} (${source.publisher})`,
          )
          .join('; '),
        cited.map((source) => source.url).join(' '),
      ];
    }),
  ];
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
