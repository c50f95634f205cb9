/**
 * Dates and whole numbers as `<brief-timeline>` writes them, in the languages the widgets
 * speak, without `Intl`. A page's first `Intl.DateTimeFormat` or `Intl.NumberFormat` loads
 * ICU's formatting data: 15–45 ms in Chromium, a third of the timeline's first render when
 * it is the first widget to format anything. The words and patterns are CLDR's, as
 * Chromium's `Intl` prints them (`July 1, 2026`, `1 de julio de 2026`, `Jul 2026`,
 * `sept 2026`, `3,000`, `3000`, `10.000`); a test compares every month, form and language
 * with `Intl`. Dates are UTC, like the data's. Pure.
 * @internal
 */
import type { DatePrecision } from '../../data/types.js';
import type { Lang } from '../../internal/locale-controller.js';

/** A date's forms: long (`July 1, 2026`), short (`Jul 2026`: no day), medium (`Jul 1, 2026`). */
export type DateForm = 'long' | 'short' | 'medium';
/** What a tick of the axis falls on: its label is `2026`, `Jul 2026` or `Jul 1`. */
export type TickUnit = 'year' | 'month' | 'day';

interface Words {
  long: readonly string[];
  short: readonly string[];
  /** A date at each precision and form, from its parts. */
  day: Record<DateForm, (d: number, m: string, mm: string, y: string) => string>;
  month: Record<'long' | 'short', (m: string, mm: string, y: string) => string>;
  /** A tick on a day: month and day, no year. */
  tickDay: (d: number, mm: string) => string;
  /** The thousands separator, and the fewest digits a number has before it is grouped. */
  group: string;
  groupFrom: number;
}

const WORDS: Record<Lang, Words> = {
  en: {
    long: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    day: {
      long: (d, m, _mm, y) => `${m} ${String(d)}, ${y}`,
      medium: (d, _m, mm, y) => `${mm} ${String(d)}, ${y}`,
      short: (_d, _m, mm, y) => `${mm} ${y}`,
    },
    month: { long: (m, _mm, y) => `${m} ${y}`, short: (_m, mm, y) => `${mm} ${y}` },
    tickDay: (d, mm) => `${mm} ${String(d)}`,
    group: ',',
    groupFrom: 4,
  },
  es: {
    long: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    short: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
    day: {
      long: (d, m, _mm, y) => `${String(d)} de ${m} de ${y}`,
      medium: (d, _m, mm, y) => `${String(d)} ${mm} ${y}`,
      short: (_d, _m, mm, y) => `${mm} ${y}`,
    },
    month: { long: (m, _mm, y) => `${m} de ${y}`, short: (_m, mm, y) => `${mm} ${y}` },
    tickDay: (d, mm) => `${String(d)} ${mm}`,
    group: '.',
    groupFrom: 5,
  },
};

/** A date at `precision` in a form: `July 1, 2026` (long), `Jul 2026` (short), `Jul 1, 2026` (medium); a year is a year in every form. */
export function formatDate(time: number, precision: DatePrecision, form: DateForm, lang: Lang): string {
  const date = new Date(time);
  const year = String(date.getUTCFullYear());
  if (precision === 'year') return year;
  const words = WORDS[lang];
  const month = date.getUTCMonth();
  const long = words.long[month] ?? '';
  const short = words.short[month] ?? '';
  if (precision === 'month') return words.month[form === 'long' ? 'long' : 'short'](long, short, year);
  return words.day[form](date.getUTCDate(), long, short, year);
}

/** A tick's label by the unit the ticks fall on: `2026`, `Jul 2026`, `Jul 1` (`1 jul`). */
export function formatTick(time: number, unit: TickUnit, lang: Lang): string {
  if (unit !== 'day') return formatDate(time, unit, 'short', lang);
  const date = new Date(time);
  return WORDS[lang].tickDay(date.getUTCDate(), WORDS[lang].short[date.getUTCMonth()] ?? '');
}

/** A whole number as `Intl.NumberFormat` writes it: `3,000` (`en`); `3000`, `10.000` (`es`). Other numbers go to `Intl`. */
export function formatInteger(value: number, lang: Lang): string {
  if (!Number.isSafeInteger(value)) return new Intl.NumberFormat(lang).format(value);
  const { group, groupFrom } = WORDS[lang];
  const digits = String(Math.abs(value));
  const grouped = digits.length < groupFrom ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return value < 0 ? `-${grouped}` : grouped;
}
