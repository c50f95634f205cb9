/**
 * `npm run bench`: sizes and render times as Markdown tables.
 *
 * Sections: the size table (bench/sizes.js), then every `bench/*.bench.js` module, in name
 * order. A module's default export gets `{ browser, origin, measure }` (a headless
 * Chromium and the origin of a static server on the repository root) and returns
 * `{ title, columns, rows, notes? }`. Builds the standalone embed first when it is missing.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/browser.js';
import { serve } from '../tests/e2e/server.js';
import { measure, sizeRows } from './sizes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
if (
  !['briefing-widgets.js', 'briefing-widgets.iife.js'].every((file) => existsSync(`dist/standalone/${file}`))
) {
  execSync('npm run build:embed', { stdio: 'inherit' });
}

const format = (value) => (typeof value === 'number' ? value.toLocaleString('en-US') : String(value));

function table({ title, columns, rows, notes }) {
  const cells = rows.map((row) => row.map(format));
  const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((row) => row[i].length)));
  const line = (row) =>
    `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, i) => (i === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [
    `### ${title}`,
    '',
    line(columns),
    rule,
    ...cells.map(line),
    '',
    ...(notes ? [notes, ''] : []),
  ].join('\n');
}

const sections = [
  {
    title:
      'Bytes (each entry bundled on its own with its dependencies, minified; “eager part”: without what it imports lazily, the bundled brief and the validator)',
    columns: ['entry', 'min', 'gzip', 'brotli'],
    rows: (await sizeRows()).map((row) => [row.name, row.min, row.gzip, row.brotli]),
  },
];

/** Rows `[what, goal, measured, met]` that sections report against issue goals. */
const goals = [];

const modules = readdirSync(fileURLToPath(new URL('.', import.meta.url)))
  .filter((file) => file.endsWith('.bench.js'))
  // `npm run bench -- grid` runs only the sections whose file name holds "grid".
  .filter((file) => process.argv.slice(2).every((word) => file.includes(word)))
  .sort();
if (modules.length > 0) {
  const server = await serve(root);
  const browser = await launch();
  try {
    for (const file of modules) {
      const { default: run } = await import(`./${file}`);
      const result = await run({ browser, origin: server.origin, measure });
      for (const section of Array.isArray(result) ? result : [result]) {
        goals.push(...(section.goals ?? []));
        sections.push(section);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (goals.length > 0) {
  sections.push({
    title: 'Goals, all measured in this run',
    columns: ['measure', 'goal', 'measured', 'met'],
    rows: goals.map(([what, goal, measured, met]) => [
      what,
      goal,
      measured,
      met === undefined ? '' : met ? 'yes' : 'no',
    ]),
  });
}

const report = sections.map(table).join('\n');
console.log(`\n${report}`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.md', `${report}\n`);
