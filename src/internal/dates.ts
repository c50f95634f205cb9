/**
 * Calendar dates as the data writes them (`YYYY-MM-DD`) and as the widgets compute with
 * them (UTC milliseconds), so that a date never shifts by a day in a reader's time zone.
 * Pure, no DOM; the data module's schema uses it too.
 * @internal
 */

/** One day in milliseconds. */
export const DAY = 86_400_000;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` date as UTC milliseconds at midnight; `NaN` when it is not a real calendar date. */
export function toTime(iso: string): number {
  const match = ISO.exec(iso);
  if (!match) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? time
    : Number.NaN;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  return !Number.isNaN(toTime(value));
}

/** A UTC time as `YYYY-MM-DD`. */
export function toIso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The day after a `YYYY-MM-DD` date. */
export function nextDay(iso: string): string {
  return toIso(toTime(iso) + DAY);
}

/** The reader's calendar date today (their time zone), as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
