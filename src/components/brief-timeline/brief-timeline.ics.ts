/**
 * A pure iCalendar (RFC 5545) builder for "add upcoming milestones to my calendar":
 * CRLF line endings, lines folded at 75 octets, TEXT values escaped, one all-day VEVENT
 * per milestone. No DOM.
 * @internal
 */
import type { DatePrecision } from '../../data/types.js';
import { nextDay } from '../../internal/dates.js';

/** One milestone to put in the calendar. */
export interface IcsEvent {
  /** Globally unique and stable, so that importing again updates instead of duplicating. */
  uid: string;
  /** `YYYY-MM-DD`. */
  date: string;
  precision: DatePrecision;
  approximate?: boolean;
  title: string;
  description?: string;
  /** A link for the event (the brief's URL). */
  url?: string;
}

export interface IcsCalendar {
  /** The calendar's name (`X-WR-CALNAME`). */
  name: string;
  /** When the file is made (`DTSTAMP`). */
  stamp: Date;
  events: readonly IcsEvent[];
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1): a CRLF and
 * one space before each continuation, never splitting a UTF-8 character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const compact = (iso: string) => iso.replace(/-/g, '');

function stampOf(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * The `.ics` text for a calendar of all-day events. A milestone known only to the month
 * or year is still one all-day event on its recorded date, and says so in its description.
 */
export function buildIcs(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//briefing-widgets//brief-timeline//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  const stamp = stampOf(calendar.stamp);
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.title)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
