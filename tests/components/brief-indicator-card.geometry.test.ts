import { expect } from '@open-wc/testing';
import {
  chartLabels,
  nearestPoint,
  sparkline,
} from '../../src/components/brief-indicator-card/brief-indicator-card.geometry.js';
import { recordSince, sinceDirection } from '../../src/internal/record-since.js';
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

describe('record since the brief', () => {
  const BRIEF = '2022-06-12';

  it('tells a fall from a peak reached after the brief as "down from the peak"', () => {
    // Overdose deaths: 106,699 in 2021 (the brief's latest year), a record 107,941 in 2022, 79,385 in 2024.
    const since = recordSince(overdose, BRIEF)!;
    expect(since.kind).to.equal('peak');
    expect(since.base).to.include({ date: '2021-12-31', value: 106699 });
    expect(since.peak).to.include({ date: '2022-12-31', value: 107941 });
    expect(since.last).to.include({ date: '2024-12-31', value: 79385 });
    expect(since.change).to.be.closeTo(-0.2646, 1e-4);
    expect(sinceDirection(since)).to.equal('lower');
  });

  it('measures a rise, a fall and a level series from the value at the brief, not from the first', () => {
    const series = (values: number[]) => ({
      points: values.map((value, i) => point(`${String(2019 + i)}-12-31`, value)),
    });
    // 2019: 50, 2021: 100 at the brief, 2023: 153 → up 53% from 2021.
    const up = recordSince(series([50, 80, 100, 120, 153]), BRIEF)!;
    expect(up).to.include({ kind: 'up' });
    expect(up.base.date).to.equal('2021-12-31');
    expect(up.change).to.be.closeTo(0.53, 1e-9);
    expect(recordSince(series([50, 80, 100, 90, 80]), BRIEF)).to.include({ kind: 'down' });
    expect(recordSince(series([50, 80, 100, 101, 101]), BRIEF)).to.include({ kind: 'flat' });
  });

  it('says there is no newer figure when the series ends before the brief', () => {
    const since = recordSince({ points: [point('2019-12-31', 1), point('2021-12-31', 2)] }, BRIEF)!;
    expect(since.kind).to.equal('none');
    expect(sinceDirection(since)).to.equal('none');
  });

  it('names the latest of equal peaks, and skips gaps', () => {
    // Journalists killed: 6 in 2020 (2021 is a gap), 12 in 2022, 5 in 2023 and 2024.
    const since = recordSince(journalists, BRIEF)!;
    expect(since.kind).to.equal('peak');
    expect(since.base).to.include({ date: '2020-12-31', value: 6 });
    expect(since.peak).to.include({ date: '2022-12-31', value: 12 });
    expect(since.first).to.include({ date: '2016-12-31', value: 11 });
    expect(since.last).to.include({ date: '2024-12-31', value: 5 });
  });

  it('tells a cumulative count from the brief’s value to the last', () => {
    // Labor-mechanism requests: 4 on the brief's date, 22 by April 10, 2024.
    const since = recordSince(indicator('trade-tensions').series!, BRIEF)!;
    expect(since.kind).to.equal('cumulative');
    expect(since.base).to.include({ date: '2022-06-12', value: 4 });
    expect(since.last).to.include({ date: '2024-04-10', value: 22 });
    expect(sinceDirection(since)).to.equal('higher');
  });

  it('has no record for fewer than two values', () => {
    expect(recordSince({ points: [point('2019-01-01', 1), point('2020-01-01', null)] }, BRIEF)).to.equal(
      null,
    );
  });
});

describe('chart labels', () => {
  it('keeps the most important labels and drops one that would crowd another', () => {
    const chart = sparkline(overdose.points, 300, 72, { inset: 5 })!;
    // Points 7 (2022) and 6 (2021) sit a ninth of the width apart: the second asked for goes.
    const labels = chartLabels(chart, [7, 6, 0], 40);
    expect(labels.map((label) => label.index)).to.deep.equal([7, 0]);
    expect(labels.map((label) => label.align)).to.deep.equal(['middle', 'start']);
  });

  it('marks the brief’s date on the x axis and bridges gaps with their own segments', () => {
    const chart = sparkline(journalists.points, 300, 72, { inset: 5, mark: '2022-06-12' })!;
    // 2016 → 2024 spans 8 years; June 12, 2022 is 5.45 years in.
    expect(chart.markX).to.be.closeTo(5 + (290 * 5.447) / 8, 0.5);
    // Gaps in 2019 and 2021: two bridges, 2018 → 2020 and 2020 → 2022.
    expect(chart.gaps.match(/M/g)).to.have.length(2);
  });
});

describe('series CSV', () => {
  it('has a header and one row per point, gaps left empty, with the sources’ titles and URLs', () => {
    const csv = seriesCsv(usMexico2022, indicator('human-rights'));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).to.equal('date,value,unit,series,note,sources,source_urls');
    // A header and the nine years 2016–2024.
    expect(lines).to.have.length(10);
    const label = '"Journalists killed in Mexico per year, possibly for their work (Article 19)"';
    expect(lines[1]).to.equal(
      `2016-12-31,11,journalists killed,${label},,` +
        '"Article 19 figures on journalists killed in Mexico, 2016–2018 (September 2019) (Noticias Pedro Canché; data: Article 19)",' +
        'https://noticiaspedrocanche.com/tag/prensa/',
    );
    // 2019 is a gap: no value, the note saying why, and the partial count it rests on.
    expect(lines[4]).to.equal(
      `2019-12-31,,journalists killed,${label},"No full-year figure is shown for 2019. Article 19 had counted 10 killings by September 3, 2019.",` +
        'En el primer semestre documentamos 249 agresiones contra la prensa (Article 19 México y Centroamérica; data: Article 19),' +
        'https://articulo19.org/en-el-primer-semestre-documentamos-249-agresiones-contra-la-prensa/?share=facebook',
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
