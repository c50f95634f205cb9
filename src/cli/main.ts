/// <reference types="node" />
/**
 * `npx briefing-widgets <command>`: check briefs, start one, turn a CSV into series points.
 * Works offline: the validator is the one the widgets run.
 * @internal
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Brief } from '../data/types.js';
import { validateBrief } from '../data/validate.js';
import { seriesFromCsv } from './csv.js';
import { lineColumn, locate, parseJson } from './json-positions.js';
import { starterBrief } from './starter.js';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = `Usage: briefing-widgets <command>

  check <brief.json> [more.json …]   every problem as file:line:col  path  message;
                                     exit 1 when there are problems, 0 when all are valid
  new [brief.json] [--force]         write a starter brief (to standard output without a file)
  series-from-csv <data.csv> [--source <id>]
                                     a date,value CSV as a series' "points" (JSON);
                                     empty, NA or - is a gap (null)
  --help, --version`;

const plural = (count: number, word: string) => `${String(count)} ${word}${count === 1 ? '' : 's'}`;

function summary(brief: Brief): string {
  const events = brief.timeline
    ? brief.timeline.events.length +
      brief.timeline.scenarios.reduce((sum, scenario) => sum + scenario.events.length, 0)
    : 0;
  return [
    plural(brief.indicators.length, 'indicator'),
    plural(brief.recommendations.length, 'recommendation'),
    plural(events, 'milestone'),
    plural(brief.sources.length, 'source'),
  ].join(', ');
}

/** Checks one file; returns how many problems it printed, or -1 when it could not be read. */
function checkFile(file: string, io: Io): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.err(`${file}: cannot read it: ${(error as Error).message}`);
    return -1;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const [line, column] = lineColumn(text, parsed.offset);
    io.out(`${file}:${String(line)}:${String(column)}  (JSON)  ${parsed.message}`);
    return 1;
  }
  const result = validateBrief(parsed.value);
  if (result.ok) {
    io.out(`${file}: valid brief "${result.brief.id}" (${summary(result.brief)})`);
    return 0;
  }
  // In the order of the file, as a compiler lists them.
  const placed = result.problems
    .map((problem) => ({
      problem,
      offset: locate(parsed.where, problem.path, problem.message.startsWith('unknown field')),
    }))
    .sort((a, b) => a.offset - b.offset);
  for (const { problem, offset } of placed) {
    const [line, column] = lineColumn(text, offset);
    io.out(`${file}:${String(line)}:${String(column)}  ${problem.path}  ${problem.message}`);
  }
  return result.problems.length;
}

function check(files: string[], io: Io): number {
  if (files.length === 0) {
    io.err('check: name at least one brief file, e.g. briefing-widgets check brief.json');
    return 2;
  }
  let problems = 0;
  let unreadable = false;
  for (const file of files) {
    const found = checkFile(file, io);
    if (found < 0) unreadable = true;
    else problems += found;
  }
  if (problems > 0) io.out(`\n${plural(problems, 'problem')} in ${plural(files.length, 'file')}`);
  if (unreadable) return 2;
  return problems > 0 ? 1 : 0;
}

function start(args: string[], io: Io): number {
  const force = args.includes('--force');
  const [file, ...extra] = args.filter((arg) => arg !== '--force');
  if (extra.length > 0) {
    io.err(`new: one file at most, got ${String(args.length)}`);
    return 2;
  }
  const text = `${JSON.stringify(starterBrief(), null, 2)}\n`;
  if (!file) {
    io.out(text.trimEnd());
    return 0;
  }
  if (existsSync(file) && !force) {
    io.err(`new: ${file} exists; add --force to replace it`);
    return 2;
  }
  writeFileSync(file, text);
  io.out(`Wrote ${file}: replace every "Replace with …", then run briefing-widgets check ${file}`);
  return 0;
}

function csv(args: string[], io: Io): number {
  const sources: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--source') {
      const id = args[i + 1];
      if (!id) {
        io.err('series-from-csv: --source needs a source id');
        return 2;
      }
      sources.push(id);
      i += 1;
    } else files.push(arg);
  }
  const [file] = files;
  if (!file || files.length > 1) {
    io.err(
      'series-from-csv: name one CSV file, e.g. briefing-widgets series-from-csv data.csv --source my-source',
    );
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.err(`${file}: cannot read it: ${(error as Error).message}`);
    return 2;
  }
  const { points, problems } = seriesFromCsv(text, sources);
  if (problems.length > 0) {
    for (const problem of problems) io.err(`${file}:${String(problem.line)}  ${problem.message}`);
    return 1;
  }
  if (points.length === 0) {
    io.err(`${file}: no rows of data`);
    return 1;
  }
  const lines = points.map(
    (point) => `    ${JSON.stringify(point).replace(/,"/g, ', "').replace(/":/g, '": ')}`,
  );
  io.out(`{\n  "points": [\n${lines.join(',\n')}\n  ]\n}`);
  if (sources.length === 0 && points.some((point) => point.value !== null)) {
    io.err('Note: every point with a value needs its source ids: add --source <id>, or fill in "sourceIds".');
  }
  return 0;
}

export function run(argv: readonly string[], io: Io, version = ''): number {
  const [command, ...args] = argv;
  switch (command) {
    case 'check':
      return check(args, io);
    case 'new':
      return start(args, io);
    case 'series-from-csv':
      return csv(args, io);
    case '--version':
    case '-v':
      io.out(version);
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.out(USAGE);
      return 0;
    default:
      io.err(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}
