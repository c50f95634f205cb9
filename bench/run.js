/**
 * `npm run bench`: sizes (and, as widgets gain them, render times) as a table.
 * Needs `npm run build` first for the standalone files; builds it when missing.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { sizeRows } from './sizes.js';

if (!existsSync('dist/standalone/briefing-widgets.js')) {
  execSync('npx vite build --mode standalone', { stdio: 'inherit' });
}

const format = (n) => n.toLocaleString('en-US');
const rows = await sizeRows();
const width = Math.max(...rows.map((row) => row.name.length));
console.log('\nBytes (each entry bundled on its own with its dependencies, minified)\n');
console.log(
  `| ${'entry'.padEnd(width)} | ${'min'.padStart(8)} | ${'gzip'.padStart(8)} | ${'brotli'.padStart(8)} |`,
);
console.log(`| ${'-'.repeat(width)} | ${'-'.repeat(8)}:| ${'-'.repeat(8)}:| ${'-'.repeat(8)}:|`);
for (const row of rows) {
  console.log(
    `| ${row.name.padEnd(width)} | ${format(row.min).padStart(8)} | ${format(row.gzip).padStart(8)} | ${format(row.brotli).padStart(8)} |`,
  );
}
