/**
 * The package's command line (`bin/briefing-widgets.js`, built into dist/cli by
 * `npm run build`), run as an author runs it, on real files in a temporary folder.
 * The line and column numbers below were read off the files by hand.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/briefing-widgets.js', import.meta.url));
const bundled = fileURLToPath(new URL('../../src/data/briefs/us-mexico-2022.json', import.meta.url));

let dir;
/** Runs the CLI in the temporary folder. */
function cli(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, out: result.stdout.trimEnd(), err: result.stderr.trimEnd() };
}

describe('briefing-widgets (command line)', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'bw-cli-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes the bundled brief', () => {
    const { code, out } = cli('check', bundled);
    assert.equal(code, 0);
    assert.equal(
      out,
      `${bundled}: valid brief "us-mexico-2022" (8 indicators, 6 recommendations, 37 milestones, 215 sources)`,
    );
  });

  it('writes a starter brief that passes check, and will not overwrite it', () => {
    assert.equal(cli('new', 'starter.json').code, 0);
    const starter = JSON.parse(readFileSync(join(dir, 'starter.json'), 'utf8'));
    assert.equal(starter.$schema, 'https://unpkg.com/briefing-widgets/dist/brief.schema.json');
    assert.deepEqual(cli('check', 'starter.json'), {
      code: 0,
      out: 'starter.json: valid brief "my-brief" (1 indicator, 1 recommendation, 2 milestones, 1 source)',
      err: '',
    });
    const again = cli('new', 'starter.json');
    assert.equal(again.code, 2);
    assert.equal(again.err, 'new: starter.json exists; add --force to replace it');
    assert.equal(cli('new', 'starter.json', '--force').code, 0);
  });

  it('names a misspelled field at its line and column, with a suggestion, and exits 1', () => {
    cli('new', 'typo.json');
    const text = readFileSync(join(dir, 'typo.json'), 'utf8');
    // Line 21 is `      "claim": "Replace with …"`; line 24 is `        "value": 120,`.
    writeFileSync(
      join(dir, 'typo.json'),
      text.replace('"claim":', '"claims":').replace('"value": 120', '"value": "120"'),
    );
    const { code, out } = cli('check', 'typo.json');
    assert.equal(code, 1);
    assert.deepEqual(out.split('\n'), [
      'typo.json:18:5  indicators[0].claim  is missing',
      'typo.json:21:7  indicators[0].claims  unknown field "claims"; did you mean "claim"?',
      'typo.json:24:18  indicators[0].headline.value  expected number, got "120"',
      '',
      '3 problems in 1 file',
    ]);
  });

  it('reports a JSON syntax error at its place', () => {
    writeFileSync(join(dir, 'comma.json'), '{\n  "id": "x",\n  "title": "y",\n}\n');
    const { code, out } = cli('check', 'comma.json', bundled);
    assert.equal(code, 1);
    assert.equal(out.split('\n')[0], 'comma.json:4:1  (JSON)  a comma before "}": remove the last comma');
    assert.ok(out.includes(`${bundled}: valid brief`), 'the next file is still checked');
  });

  it('reports a backslash JSON does not know at its string, without crashing', () => {
    writeFileSync(join(dir, 'escape.json'), '{\n  "title": "C:\\data\\x"\n}\n');
    const { code, out } = cli('check', 'escape.json');
    assert.equal(code, 1);
    assert.equal(
      out.split('\n')[0],
      'escape.json:2:12  (JSON)  a backslash that is not a JSON escape: write \\\\ for a backslash',
    );
  });

  it('exits 2 on a file it cannot read, and on a command it does not know', () => {
    const missing = cli('check', 'no-such.json');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /^no-such\.json: cannot read it: ENOENT/);
    assert.equal(cli('chekc').code, 2);
    assert.match(cli('--help').out, /^Usage: briefing-widgets <command>/);
  });

  it('turns a real series from the bundled brief into points and back', () => {
    // Journalists killed in Mexico, by year, with two years of no verified figure.
    const brief = JSON.parse(readFileSync(bundled, 'utf8'));
    const points = brief.indicators.find((indicator) => indicator.id === 'human-rights').series.points;
    const csv = [
      'year;journalists killed',
      ...points.map((point) => `${point.date.slice(0, 4)};${point.value ?? 'NA'}`),
    ].join('\r\n');
    writeFileSync(join(dir, 'series.csv'), csv);
    const { code, out, err } = cli('series-from-csv', 'series.csv', '--source', 'cpj-mexico');
    assert.equal(code, 0, err);
    const back = JSON.parse(out).points;
    assert.deepEqual(
      back.map((point) => [point.date, point.value]),
      points.map((point) => [point.date, point.value]),
    );
    assert.deepEqual(back[3], { date: '2019-12-31', value: null, sourceIds: [] });
    assert.deepEqual(back[0], { date: '2016-12-31', value: 11, sourceIds: ['cpj-mexico'] });
  });

  it('reads quoted thousands and month dates, and names a bad row by its line', () => {
    writeFileSync(join(dir, 'months.csv'), 'date,value\n2024-01,"1,250"\n2024-02,\n2024-03,1 300\n');
    assert.deepEqual(JSON.parse(cli('series-from-csv', 'months.csv', '--source', 's').out).points, [
      { date: '2024-01-31', value: 1250, sourceIds: ['s'] },
      { date: '2024-02-29', value: null, sourceIds: [] },
      { date: '2024-03-31', value: 1300, sourceIds: ['s'] },
    ]);
    writeFileSync(
      join(dir, 'bad.csv'),
      'date,value\n2024-01-31,5\n31/03/2024,6\n2023-12-31,7\n2024-05-31,many\n',
    );
    const { code, err } = cli('series-from-csv', 'bad.csv');
    assert.equal(code, 1);
    assert.deepEqual(err.split('\n'), [
      'bad.csv:3  "31/03/2024" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-06-30)',
      'bad.csv:4  dates must run in order, oldest first: 2023-12-31 does not come after 2024-01-31',
      'bad.csv:5  "many" is not a number (leave it empty, or write NA, for a gap)',
    ]);
  });
});
