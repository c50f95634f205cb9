#!/usr/bin/env node
// The package's command line: `npx briefing-widgets check brief.json` (see --help).
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { run } from '../dist/cli/main.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
process.exitCode = run(
  process.argv.slice(2),
  {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  },
  version,
);
