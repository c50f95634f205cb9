import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatInteger,
  formatTick,
  type DateForm,
} from '../../src/components/brief-timeline/brief-timeline.format.js';
import type { DatePrecision } from '../../src/data/types.js';
import { languages } from '../../src/internal/locale-controller.js';

/*
 * The timeline writes dates and counts without `Intl` (its first use on a page costs
 * more than the rest of a first render), so it must write them as `Intl` does, in every
 * language the widgets speak: every month, precision and form, the ticks' forms, and
 * whole numbers across the grouping thresholds. A few expectations are also written out
 * in full, so a change to both sides cannot pass unseen.
 */

/** The `Intl` options each form stood for before. */
const OPTIONS: Record<DateForm, Record<DatePrecision, Intl.DateTimeFormatOptions>> = {
  long: {
    day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
    month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
    year: { year: 'numeric', timeZone: 'UTC' },
  },
  short: {
    day: { month: 'short', year: 'numeric', timeZone: 'UTC' },
    month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
    year: { year: 'numeric', timeZone: 'UTC' },
  },
  medium: {
    day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
    month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
    year: { year: 'numeric', timeZone: 'UTC' },
  },
};
const TICKS = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  day: { month: 'short', day: 'numeric', timeZone: 'UTC' },
} as const;

/** Every month of three years the data spans, on a single- and a two-digit day, late in the UTC day. */
const times = [1994, 2026, 2042].flatMap((year) =>
  Array.from({ length: 12 }, (_, month) => [
    Date.UTC(year, month, 1, 23, 59),
    Date.UTC(year, month, 28),
  ]).flat(),
);

describe('<brief-timeline> dates and numbers', () => {
  it('writes every month, precision and form as Intl does, in every language', () => {
    for (const lang of languages) {
      for (const form of ['long', 'short', 'medium'] as const) {
        for (const precision of ['day', 'month', 'year'] as const) {
          const intl = new Intl.DateTimeFormat(lang, OPTIONS[form][precision]);
          const ours = times.map((time) => formatDate(time, precision, form, lang));
          expect(ours, `${lang} ${form} ${precision}`).to.deep.equal(times.map((time) => intl.format(time)));
        }
      }
    }
  });

  it('writes the axis’s ticks as Intl does, in every language', () => {
    for (const lang of languages) {
      for (const unit of ['year', 'month', 'day'] as const) {
        const intl = new Intl.DateTimeFormat(lang, TICKS[unit]);
        const ours = times.map((time) => formatTick(time, unit, lang));
        expect(ours, `${lang} ${unit}`).to.deep.equal(times.map((time) => intl.format(time)));
      }
    }
  });

  it('writes whole numbers as Intl does, in every language', () => {
    const values = [0, 7, 42, 999, 1000, 3221, 9999, 10000, 10001, 105752, 999999, 1000000, 1234567, -3000];
    for (const lang of languages) {
      const intl = new Intl.NumberFormat(lang);
      expect(
        values.map((value) => formatInteger(value, lang)),
        lang,
      ).to.deep.equal(values.map((value) => intl.format(value)));
    }
  });

  it('reads as written down', () => {
    const review = Date.UTC(2026, 6, 1);
    const september = Date.UTC(2026, 8, 21);
    expect(formatDate(review, 'day', 'long', 'en')).to.equal('July 1, 2026');
    expect(formatDate(review, 'day', 'long', 'es')).to.equal('1 de julio de 2026');
    expect(formatDate(review, 'month', 'long', 'es')).to.equal('julio de 2026');
    expect(formatDate(review, 'day', 'short', 'en')).to.equal('Jul 2026');
    expect(formatDate(september, 'day', 'medium', 'en')).to.equal('Sep 21, 2026');
    expect(formatDate(september, 'day', 'medium', 'es')).to.equal('21 sept 2026');
    expect(formatTick(september, 'day', 'es')).to.equal('21 sept');
    expect(formatInteger(3221, 'en')).to.equal('3,221');
    expect(formatInteger(3221, 'es')).to.equal('3221');
    expect(formatInteger(10000, 'es')).to.equal('10.000');
  });
});
