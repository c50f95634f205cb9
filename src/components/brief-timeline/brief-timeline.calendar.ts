/**
 * The UTC calendar intervals the timeline's axes tick by, made with d3-time's
 * `timeInterval` exactly as d3-time makes its own `utcDay`, `utcMonth` and `utcYear`.
 * Importing those from d3-time also brings its local-time intervals: their definitions
 * are calls a bundler cannot prove free of side effects, so they stay in every bundle
 * (0.2 KB brotli of the timeline's chunk).
 * @internal
 */
import { timeInterval, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { DAY } from '../../internal/dates.js';

export const utcDay: CountableTimeInterval = timeInterval(
  (date) => date.setUTCHours(0, 0, 0, 0),
  (date, step) => date.setUTCDate(date.getUTCDate() + step),
  (start, end) => (+end - +start) / DAY,
  (date) => date.getUTCDate() - 1,
);

export const utcMonth: CountableTimeInterval = timeInterval(
  (date) => {
    date.setUTCDate(1);
    date.setUTCHours(0, 0, 0, 0);
  },
  (date, step) => date.setUTCMonth(date.getUTCMonth() + step),
  (start, end) =>
    end.getUTCMonth() - start.getUTCMonth() + (end.getUTCFullYear() - start.getUTCFullYear()) * 12,
  (date) => date.getUTCMonth(),
);

export const utcYear: CountableTimeInterval = timeInterval(
  (date) => {
    date.setUTCMonth(0, 1);
    date.setUTCHours(0, 0, 0, 0);
  },
  (date, step) => date.setUTCFullYear(date.getUTCFullYear() + step),
  (start, end) => end.getUTCFullYear() - start.getUTCFullYear(),
  (date) => date.getUTCFullYear(),
);

/** Every `step` years, on years divisible by it (1995, 2000, 2005…); `step` a whole number ≥ 1. */
export function utcYears(step: number): TimeInterval {
  return timeInterval(
    (date) => {
      date.setUTCFullYear(Math.floor(date.getUTCFullYear() / step) * step, 0, 1);
      date.setUTCHours(0, 0, 0, 0);
    },
    (date, offset) => date.setUTCFullYear(date.getUTCFullYear() + offset * step),
  );
}
