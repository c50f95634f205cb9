import { expect } from '@open-wc/testing';
import { buildIcs, escapeText, foldLine } from '../../src/components/brief-timeline/brief-timeline.ics.js';
import { usMexico2022 } from '../../src/data/index.js';
import '../helpers/console.js';

const timeline = usMexico2022.timeline!;
const expiry = timeline.scenarios
  .find((scenario) => scenario.id === 'annual-reviews')!
  .events.find((event) => event.id === 'usmca-expiry-2036')!;

const octets = (line: string) => new TextEncoder().encode(line).length;

/** Unfolds content lines (RFC 5545 §3.1) back to one line per property. */
function unfold(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

describe('brief-timeline .ics', () => {
  const calendar = () =>
    buildIcs({
      name: timeline.title,
      stamp: new Date(Date.UTC(2026, 10, 28, 9, 30, 5)),
      events: [
        {
          uid: `${expiry.id}.${timeline.id}@briefing-widgets`,
          date: expiry.date,
          precision: expiry.precision,
          title: expiry.title,
          description: `${expiry.description!}\nDate: July 1, 2036`,
          url: 'https://example.org/brief',
        },
      ],
    });

  it('is a VCALENDAR 2.0 with a PRODID, one VEVENT, CRLF endings and nothing longer than 75 octets', () => {
    const text = calendar();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//briefing-widgets//')).to.equal(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).to.be.at.most(75);
    expect(text.match(/BEGIN:VEVENT/g)).to.have.length(1);
    expect(text.match(/END:VEVENT/g)).to.have.length(1);
  });

  it('writes an all-day event with a UID, a DTSTAMP in UTC and the milestone’s date', () => {
    const lines = unfold(calendar());
    expect(lines).to.include('UID:usmca-expiry-2036.usmca-2026-review@briefing-widgets');
    expect(lines).to.include('DTSTAMP:20261128T093005Z');
    expect(lines).to.include('DTSTART;VALUE=DATE:20360701');
    expect(lines).to.include('DTEND;VALUE=DATE:20360702');
    expect(lines).to.include('SUMMARY:USMCA expires');
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const description = unfold(calendar()).find((line) => line.startsWith('DESCRIPTION:'))!;
    expect(description).to.contain('\\nDate: July 1\\, 2036');
    expect(description).not.to.match(/[^\\][,;]/);
  });

  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'Año de revisión “T-MEC” — '.repeat(8)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(1);
    parts.forEach((part, index) => {
      expect(octets(part)).to.be.at.most(75);
      if (index > 0) expect(part.startsWith(' ')).to.equal(true);
    });
    expect(parts.map((part, index) => (index > 0 ? part.slice(1) : part)).join('')).to.equal(line);
  });

  it('writes an empty but valid calendar when there is nothing upcoming', () => {
    const text = buildIcs({ name: 'Empty', stamp: new Date(0), events: [] });
    expect(text).to.equal(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//briefing-widgets//brief-timeline//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Empty\r\nEND:VCALENDAR\r\n',
    );
  });
});
