import { expect } from '@open-wc/testing';
import { DAY, isCalendarDate, nextDay, toIso, toTime, todayIso } from '../../src/internal/dates.js';
import { parseIdList } from '../../src/internal/id-list.js';
import { linearScale } from '../../src/internal/scale.js';
import '../helpers/console.js';

describe('internal helpers', () => {
  describe('dates', () => {
    it('reads YYYY-MM-DD as a UTC midnight and rejects impossible dates', () => {
      expect(toTime('2026-07-01')).to.equal(Date.UTC(2026, 6, 1));
      expect(toTime('2022-06-12')).to.equal(1_654_992_000_000);
      expect(toTime('2026-02-30')).to.be.NaN;
      expect(toTime('2026-13-01')).to.be.NaN;
      expect(toTime('July 1, 2026')).to.be.NaN;
      expect(isCalendarDate('2024-02-29')).to.equal(true);
      expect(isCalendarDate('2023-02-29')).to.equal(false);
    });

    it('writes a time back as YYYY-MM-DD and steps a day across month and year ends', () => {
      expect(toIso(Date.UTC(2026, 6, 1))).to.equal('2026-07-01');
      expect(nextDay('2026-12-31')).to.equal('2027-01-01');
      expect(nextDay('2024-02-28')).to.equal('2024-02-29');
      expect(toTime('2026-07-02') - toTime('2026-07-01')).to.equal(DAY);
    });

    it('gives the reader’s own calendar date, not the UTC one', () => {
      // 23:30 local time on March 9 is March 9 for the reader, whatever UTC says.
      expect(todayIso(new Date(2026, 2, 9, 23, 30))).to.equal('2026-03-09');
      expect(todayIso(new Date(2026, 0, 1, 0, 5))).to.equal('2026-01-01');
    });
  });

  describe('linear scale', () => {
    it('maps a domain onto a range, inverted ranges included, and a one-value domain to the middle', () => {
      const x = linearScale([2000, 2020], [0, 400]);
      expect(x(2000)).to.equal(0);
      expect(x(2010)).to.equal(200);
      expect(x(2025)).to.equal(500);
      const y = linearScale([0, 100], [72, 4]);
      expect(y(0)).to.equal(72);
      expect(y(50)).to.equal(38);
      expect(linearScale([5, 5], [0, 10])(5)).to.equal(5);
    });
  });

  describe('id lists', () => {
    it('reads ids separated by commas, spaces or both, in order, each once', () => {
      expect(parseIdList('congress,ustr')).to.deep.equal(['congress', 'ustr']);
      expect(parseIdList('congress ustr')).to.deep.equal(['congress', 'ustr']);
      expect(parseIdList(' congress , ustr\n administration ')).to.deep.equal([
        'congress',
        'ustr',
        'administration',
      ]);
      expect(parseIdList('ustr,ustr congress')).to.deep.equal(['ustr', 'congress']);
      expect(parseIdList('')).to.deep.equal([]);
      expect(parseIdList(' , ')).to.deep.equal([]);
      expect(parseIdList(undefined)).to.deep.equal([]);
    });
  });
});
