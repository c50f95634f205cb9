import { expect } from '@open-wc/testing';
import {
  nearestPoint,
  sparkline,
} from '../../src/components/brief-indicator-card/brief-indicator-card.geometry.js';
import { trendOf } from '../../src/components/brief-indicator-card/brief-indicator-card.trend.js';
import { seriesCsv } from '../../src/components/brief-indicator-card/brief-indicator-card.csv.js';
import { usMexico2022 } from '../../src/data/index.js';
import type { SeriesPoint } from '../../src/data/index.js';
import '../helpers/console.js';
import { briefWith } from '../helpers/fixtures.js';

const indicator = (id: string) => usMexico2022.indicators.find((item) => item.id === id)!;
const overdose = indicator('overdose-deaths').series!;
const journalists = indicator('human-rights').series!;

const point = (date: string, value: number | null): SeriesPoint => ({
  date,
  value,
  sourceIds: value === null ? [] : ['s'],
});

describe('sparkline geometry', () => {
  it('places the first and last dates at the ends of the box, inside the inset', () => {
    const chart = sparkline(overdose.points, 300, 72, { inset: 4 })!;
    expect(chart.points[0]!.x).to.equal(4);
    expect(chart.points[chart.points.length - 1]!.x).to.equal(296);
  });

  it('puts the largest value at the top and zero at the bottom', () => {
    const chart = sparkline(overdose.points, 300, 72, { inset: 4 })!;
    const values = overdose.points.map((p) => p.value ?? 0);
    const top = chart.points.find((p) => p.value === Math.max(...values))!;
    expect(top.y).to.equal(4);
    expect(chart.min).to.equal(0);
    expect(chart.baseline).to.equal(68);
  });

  it('spaces points by date, not by index', () => {
    const chart = sparkline(
      [point('2020-01-01', 1), point('2020-01-02', 2), point('2020-01-11', 3)],
      110,
      20,
      { inset: 5 },
    )!;
    const [a, b, c] = chart.points;
    expect(b!.x - a!.x).to.be.closeTo((c!.x - a!.x) / 10, 1e-9);
  });

  it('keeps gaps as gaps: the path breaks where a value is null', () => {
    const chart = sparkline(journalists.points, 300, 72)!;
    const gaps = journalists.points.filter((p) => p.value === null).length;
    expect(gaps).to.be.greaterThan(0);
    expect(chart.points).to.have.length(journalists.points.length - gaps);
    // Each run of defined points starts with a move: one more run per inner gap.
    expect(chart.path.match(/M/g)!.length).to.be.greaterThan(1);
  });

  it('draws nothing from fewer than two values, or in a box too small', () => {
    expect(sparkline([point('2020-01-01', 1), point('2021-01-01', null)], 300, 72)).to.equal(null);
    expect(sparkline(overdose.points, 4, 4)).to.equal(null);
  });

  it('skips non-finite values instead of drawing them', () => {
    const chart = sparkline(
      [point('2020-01-01', 1), point('2021-01-01', Number.NaN), point('2022-01-01', 3)],
      100,
      20,
    )!;
    expect(chart.points.map((p) => p.value)).to.deep.equal([1, 3]);
    expect(chart.path).to.not.contain('NaN');
  });

  it('fits the value axis to the data when zero is not asked for, and survives a flat series', () => {
    const chart = sparkline([point('2020-01-01', 50), point('2021-01-01', 100)], 100, 20, {
      zero: false,
      inset: 0,
    })!;
    expect(chart.points[0]!.y).to.equal(20);
    const flat = sparkline([point('2020-01-01', 5), point('2021-01-01', 5)], 100, 20)!;
    expect(flat.path).to.not.contain('NaN');
    // A series of zeros lies on the zero baseline at the bottom (20 − inset 4), not mid-box.
    const zeros = sparkline([point('2020-01-01', 0), point('2021-01-01', 0)], 100, 20)!;
    expect(zeros.points.map((p) => p.y)).to.deep.equal([16, 16]);
    expect(zeros.baseline).to.equal(16);
  });

  it('finds the point nearest a pointer position', () => {
    const chart = sparkline(overdose.points, 300, 72)!;
    expect(nearestPoint(chart.points, 0)!.index).to.equal(0);
    expect(nearestPoint(chart.points, 1000)!.index).to.equal(overdose.points.length - 1);
  });
});

describe('trend', () => {
  it('tells a fall from an inner peak as "down from a peak"', () => {
    // Overdose deaths peaked at 107,941 in 2022 and fell to 79,385 in 2024.
    const trend = trendOf(overdose)!;
    expect(trend.kind).to.equal('peak');
    expect(trend.peak).to.include({ date: '2022-12-31', value: 107941 });
    expect(trend.last).to.include({ date: '2024-12-31', value: 79385 });
    expect(trend.change).to.be.closeTo(-0.2646, 1e-4);
  });

  it('tells a rise, a fall and a level series from the first value', () => {
    expect(trendOf({ points: [point('2019-01-01', 100), point('2020-01-01', 153)] })).to.include({
      kind: 'up',
    });
    expect(trendOf({ points: [point('2019-01-01', 100), point('2020-01-01', 80)] })).to.include({
      kind: 'down',
    });
    expect(trendOf({ points: [point('2019-01-01', 100), point('2020-01-01', 101)] })).to.include({
      kind: 'flat',
    });
    expect(trendOf({ points: [point('2019-01-01', 100), point('2020-01-01', 153)] })!.change).to.be.closeTo(
      0.53,
      1e-9,
    );
  });

  it('names the latest of equal peaks, and ignores gaps', () => {
    // Journalists killed: 12 in 2017 and again 12 in 2022, with gaps in 2019 and 2021.
    const trend = trendOf(journalists)!;
    expect(trend.peak).to.include({ date: '2022-12-31', value: 12 });
    expect(trend.first).to.include({ date: '2016-12-31', value: 11 });
    expect(trend.last).to.include({ date: '2024-12-31', value: 5 });
  });

  it('tells a cumulative count from its first to its last value', () => {
    // Labor-mechanism requests: 2 by the end of 2021, 22 by April 10, 2024.
    const trend = trendOf(indicator('trade-tensions').series!)!;
    expect(trend.kind).to.equal('cumulative');
    expect(trend.first).to.include({ date: '2021-12-31', value: 2 });
    expect(trend.last).to.include({ date: '2024-04-10', value: 22 });
  });

  it('has no trend for fewer than two values', () => {
    expect(trendOf({ points: [point('2019-01-01', 1), point('2020-01-01', null)] })).to.equal(null);
  });
});

describe('series CSV', () => {
  it('has a header and one row per point, gaps left empty, with the sources’ titles and URLs', () => {
    const csv = seriesCsv(usMexico2022, indicator('human-rights'));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).to.equal('date,value,unit,series,note,sources,source_urls');
    // A header and the nine years 2016–2024.
    expect(lines).to.have.length(10);
    const label =
      '"Journalists killed in Mexico per year, possibly in connection with their work (Article 19 México y Centroamérica)"';
    expect(lines[1]).to.equal(
      `2016-12-31,11,journalists killed,${label},,` +
        '"Article 19 figures on journalists killed in Mexico, 2016–2018 (September 2019) (Article 19 México y Centroamérica)",' +
        'https://noticiaspedrocanche.com/tag/prensa/',
    );
    // 2019 is a gap: no value, no source, and the note saying why.
    expect(lines[4]).to.equal(
      `2019-12-31,,journalists killed,${label},"Full-year Article 19 figure not verified (it had counted 10 by September 3, 2019).",,`,
    );
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    const brief = briefWith((draft) => {
      const series = draft.indicators[0]!.series!;
      series.label = 'Deaths, "final"';
      series.points[0]!.note = '=HYPERLINK("x")';
      series.points[1]!.note = '+1';
      series.points[2]!.note = '-2+3';
      series.points[3]!.note = '@SUM(A1)';
      series.points[4]!.value = -5;
    });
    const csv = seriesCsv(brief, brief.indicators[0]!);
    expect(csv).to.contain('"Deaths, ""final"""');
    expect(csv).to.contain(`"'=HYPERLINK(""x"")"`);
    expect(csv).to.contain(`,'+1,`);
    expect(csv).to.contain(`,'-2+3,`);
    expect(csv).to.contain(`,'@SUM(A1),`);
    // A negative number is a value, not a formula: it stays a number.
    expect(csv).to.contain('2019-12-31,-5,deaths,');
  });
});
