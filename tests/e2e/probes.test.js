/**
 * Compile probes (after `npm run build`): for each framework a tiny app under
 * tests/probes/<framework>/ installs the packed tarball (`npm pack`) and runs that
 * framework's own type checker, as its users do (`tsc` for React 19, Preact and Solid,
 * `svelte-check` for Svelte 5, `vue-tsc` for Vue 3, `astro check` for Astro 5). The app that uses every element the
 * documented way (attributes, a `brief` property, each event read through its class:
 * `event.brief`, `event.problems`, `event.actionId`, `event.id`) must check clean; a file
 * with a typo'd attribute, one with `theme="purple"` and one with a number for `brief` must
 * each fail with an error that names the problem (Astro: a `brief={…}` property, which an
 * `.astro` template cannot set). Angular (`ngc` with strictTemplates) types no custom
 * element's attributes, whatever a package ships, so its probe checks what it can: the
 * app with CUSTOM_ELEMENTS_SCHEMA compiles, one without it fails naming the tag, and a
 * `(brief-load)` handler that wants another event class fails.
 *
 * The checkers are tests/probes/package.json's devDependencies, installed once into
 * tests/probes/node_modules (kept until that lockfile changes) from the npm registry.
 */
import assert from 'node:assert/strict';
import { execFile as execFileCallback, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFile = promisify(execFileCallback);
const root = fileURLToPath(new URL('../..', import.meta.url));
const probes = join(root, 'tests/probes');
const bin = (name) => join(probes, 'node_modules/.bin', name);
// Plain output (no colours) and no usage report from Astro.
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Each framework's checker, and how to read a diagnostic out of its output. */
const frameworks = {
  react: { command: () => [bin('tsc'), ['-p', '.', '--pretty', 'false']], parse: parseTsc },
  preact: { command: () => [bin('tsc'), ['-p', '.', '--pretty', 'false']], parse: parseTsc },
  solid: { command: () => [bin('tsc'), ['-p', '.', '--pretty', 'false']], parse: parseTsc },
  svelte: {
    command: () => [
      bin('svelte-check'),
      ['--tsconfig', './tsconfig.json', '--output', 'machine', '--fail-on-warnings'],
    ],
    parse: parseSvelteCheck,
  },
  vue: { command: () => [bin('vue-tsc'), ['-p', '.', '--pretty', 'false']], parse: parseTsc },
  astro: {
    command: () => [bin('astro'), ['check', '--minimumSeverity', 'error']],
    parse: parseCodeFrames,
    // An .astro template writes HTML: it cannot set a property, so `brief` is no attribute there.
    expect: { brief: /Property 'brief' does not exist on type/ },
  },
  // Angular types no custom element's attributes (CUSTOM_ELEMENTS_SCHEMA accepts any), so
  // its probe checks the glue and the events: `$event` comes from the package's own maps.
  angular: {
    command: () => [bin('ngc'), ['-p', '.']],
    parse: parseCodeFrames,
    only: {
      noschema: /NG8001: 'brief-indicator-card' is not a known element/,
      event: /Argument of type 'BriefLoadEvent' is not assignable to parameter of type 'BriefSelectEvent'/,
    },
  },
};

/** What each failing file must be rejected for: the error names the offending name or value. */
const expectedErrors = {
  typo: /'"?indicatr"?' does not exist|Property 'indicatr' does not exist/,
  theme: /Type '"purple"' is not assignable to type '.*(Theme|'auto' \| 'light' \| 'dark')/,
  brief: /Type 'number' is not assignable to type '\{ id: string; version: string; title: string;/,
};

/** `file(line,col): error TS1234: message` lines (tsc, vue-tsc), continuation lines joined. */
function parseTsc(output) {
  const diagnostics = [];
  for (const line of output.split('\n')) {
    const match = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line);
    if (match)
      diagnostics.push({ file: match[1], line: Number(match[2]), message: `${match[3]}: ${match[4]}` });
    else if (line.startsWith(' ') && diagnostics.length > 0) diagnostics.at(-1).message += `\n${line.trim()}`;
  }
  return diagnostics;
}

/** svelte-check's machine output: `<time> ERROR "file" line:col "message"`. */
function parseSvelteCheck(output) {
  const diagnostics = [];
  for (const line of output.split('\n')) {
    const match = /^\d+ (ERROR|WARNING) "(.+?)" (\d+):\d+ (".*")$/.exec(line);
    if (match) diagnostics.push({ file: match[2], line: Number(match[3]), message: JSON.parse(match[4]) });
  }
  return diagnostics;
}

/** `astro check` and `ngc`: `file:line:col - error ts(1234): message`, indented detail, a code frame. */
function parseCodeFrames(output) {
  const diagnostics = [];
  // It colours its output whatever NO_COLOR says.
  // eslint-disable-next-line no-control-regex
  for (const line of output.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const match = /^(.+?):(\d+):\d+ - error (\S+): (.*)$/.exec(line);
    if (match)
      diagnostics.push({ file: match[1], line: Number(match[2]), message: `${match[3]}: ${match[4]}` });
    else if (/^ {2}[A-Za-z]/.test(line) && diagnostics.length > 0)
      diagnostics.at(-1).message += `\n${line.trim()}`;
  }
  return diagnostics;
}

/** Runs a checker; resolves with its exit code and output (a failing check is not an exception here). */
async function check(framework) {
  const [command, args] = frameworks[framework].command();
  const started = Date.now();
  try {
    const { stdout, stderr } = await execFile(command, args, {
      cwd: join(probes, framework),
      env,
      maxBuffer: 1 << 24,
    });
    return { code: 0, output: stdout + stderr, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, output: error.stdout + error.stderr, seconds: (Date.now() - started) / 1000 };
  }
}

/** The probes' checkers, from tests/probes/package-lock.json: installed again only when it changes. */
function installCheckers() {
  const lock = readFileSync(join(probes, 'package-lock.json'));
  const stamp = join(probes, 'node_modules/.probes-lock-sha256');
  const sha = createHash('sha256').update(lock).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === sha) return;
  execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: probes, stdio: 'inherit' });
  writeFileSync(stamp, sha);
}

/** `npm pack` of the built package, installed into the probes as a user's `npm install <tgz>`. */
function installTarball() {
  assert.ok(
    existsSync(join(root, 'dist/types/react.d.ts')),
    'dist/types is missing: run `npm run build` first',
  );
  const packDir = join(root, '.pack/probes');
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  const tarball = execFileSync(npm, ['pack', '--silent', '--pack-destination', packDir], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  rmSync(join(probes, 'node_modules/briefing-widgets'), { recursive: true, force: true });
  execFileSync(
    npm,
    [
      'install',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      join(packDir, tarball),
    ],
    { cwd: probes, stdio: 'inherit' },
  );
}

describe('compile probes: each framework type-checks the packed package', () => {
  /** @type {Map<string, Promise<{ code: number, output: string, seconds: number }>>} */
  const runs = new Map();

  before(() => {
    installCheckers();
    installTarball();
    // All checkers at once: they are independent, and each is mostly waiting on its own files.
    for (const framework of Object.keys(frameworks)) runs.set(framework, check(framework));
  });

  for (const [framework, { parse, expect = {}, only }] of Object.entries(frameworks)) {
    const errors = only ?? { ...expectedErrors, ...expect };
    describe(framework, () => {
      /** The run's diagnostics by probe file: `ok`, `typo`, `theme`, `brief`. */
      async function diagnostics() {
        const run = await runs.get(framework);
        const byFile = new Map();
        for (const diagnostic of parse(run.output)) {
          const name = diagnostic.file
            .replace(/^.*[\\/]/, '')
            .replace(/\.\w+$/, '')
            .toLowerCase();
          byFile.set(name, [...(byFile.get(name) ?? []), diagnostic]);
        }
        return { run, byFile };
      }

      it('checks the app that uses every element as documented, with no error', async (t) => {
        const { run, byFile } = await diagnostics();
        t.diagnostic(`${framework}: checked in ${run.seconds.toFixed(1)} s`);
        const files = readdirSync(join(probes, framework), { recursive: true, encoding: 'utf8' }).map(
          (file) =>
            basename(file)
              .replace(/\.\w+$/, '')
              .toLowerCase(),
        );
        assert.ok(files.includes('ok'), `tests/probes/${framework} has no ok file`);
        assert.deepEqual(byFile.get('ok') ?? [], [], run.output);
        const unexpected = [...byFile.keys()].filter((file) => !(file in errors));
        assert.deepEqual(unexpected, [], `errors outside the failing files:\n${run.output}`);
      });

      for (const [file, pattern] of Object.entries(errors)) {
        const what = {
          typo: "a typo'd attribute (indicatr)",
          theme: 'theme="purple"',
          brief: framework === 'astro' ? 'a brief={…} property' : 'brief={123}',
          noschema: 'a template without CUSTOM_ELEMENTS_SCHEMA',
          event: 'a (brief-load) handler that wants another event',
        }[file];
        it(`fails on ${what}, naming it`, async () => {
          const { run, byFile } = await diagnostics();
          assert.notEqual(run.code, 0, `the checker passed:\n${run.output}`);
          const found = byFile.get(file) ?? [];
          assert.equal(found.length, 1, `expected one error in the ${file} probe:\n${run.output}`);
          assert.match(found[0].message, pattern);
        });
      }
    });
  }
});
