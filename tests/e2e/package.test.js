/**
 * The packed npm tarball as a consumer gets it (after `npm run build`): its entry points
 * resolve and type-check under TypeScript's NodeNext and bundler resolution, including the
 * `components/*.js` wildcard that attw cannot check, and `briefing-widgets/data` runs in
 * Node with no DOM, registering nothing. Every path its source maps and its manifest name
 * is a file in the tarball.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Inside the repository, so the consumer finds lit and d3 in the repository's node_modules.
const consumer = `${root}.pack/consumer`;
const tsc = `${root}node_modules/typescript/bin/tsc`;
const packed = `${consumer}/node_modules/briefing-widgets`;

const source = `
import 'briefing-widgets';
import { BriefIndicatorCard, BriefChecklistChangeEvent, briefEventNames, type Brief } from 'briefing-widgets';
import { BriefTimeline } from 'briefing-widgets/components/brief-timeline.js';
import 'briefing-widgets/components/brief-indicator-grid.js';
import 'briefing-widgets/components/brief-recommendation-checklist.js';
import { validateBrief, usMexico2022 } from 'briefing-widgets/data';
import schema from 'briefing-widgets/brief.schema.json' with { type: 'json' };
import manifest from 'briefing-widgets/custom-elements.json' with { type: 'json' };

const card: BriefIndicatorCard = document.createElement('brief-indicator-card');
card.indicator = 'overdose-deaths';
const brief: Brief = usMexico2022;
card.brief = brief;
card.addEventListener('brief-error', (event) => event.problems.map((problem) => problem.path));
const timeline = document.querySelector('brief-timeline');
if (timeline instanceof BriefTimeline) timeline.addEventListener('brief-select', (event) => event.id);
document.addEventListener('change', (event) => event instanceof BriefChecklistChangeEvent && event.actionId);
const result = validateBrief(JSON.parse('{}'));
export const checks = [result.ok, schema, manifest, briefEventNames.select];
`;

function tsconfig(moduleResolution) {
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: moduleResolution === 'bundler' ? 'ESNext' : 'NodeNext',
      moduleResolution,
      strict: true,
      noEmit: true,
      resolveJsonModule: true,
      skipLibCheck: true,
      lib: ['ES2023', 'DOM'],
      types: [],
    },
    files: ['consumer.ts'],
  });
}

describe('the packed package', () => {
  /** Every file in the tarball, relative to the package root. */
  let shipped = new Set();
  before(() => {
    rmSync(consumer, { recursive: true, force: true });
    mkdirSync(packed, { recursive: true });
    execFileSync('npm', ['pack', '--silent', '--pack-destination', consumer], { cwd: root, stdio: 'pipe' });
    const tarball = readdirSync(consumer).find((file) => file.endsWith('.tgz'));
    execFileSync('tar', ['-xzf', tarball, '-C', 'node_modules/briefing-widgets', '--strip-components=1'], {
      cwd: consumer,
    });
    writeFileSync(
      `${consumer}/package.json`,
      JSON.stringify({ name: 'consumer', type: 'module', private: true }),
    );
    writeFileSync(`${consumer}/consumer.ts`, source);
    shipped = new Set(
      readdirSync(packed, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(packed, join(entry.parentPath, entry.name))),
    );
  });
  after(() => rmSync(consumer, { recursive: true, force: true }));

  it('ships source maps whose sources are all in the package, and none for the standalone embed', () => {
    const maps = [...shipped].filter((file) => file.endsWith('.map'));
    assert.ok(maps.length > 0, 'no source maps shipped');
    assert.deepEqual(
      maps.filter((file) => file.startsWith('dist/standalone/')),
      [],
      'standalone source maps',
    );
    const unresolved = [];
    for (const map of maps) {
      const { sourceRoot = '', sources } = JSON.parse(readFileSync(`${packed}/${map}`, 'utf8'));
      for (const source of sources) {
        const file = join(dirname(map), sourceRoot, source);
        if (!shipped.has(file)) unresolved.push(`${map}: ${source}`);
      }
    }
    assert.deepEqual(unresolved, []);
  });

  it('the manifest names only built modules in the package: module paths and every module reference', () => {
    const manifest = JSON.parse(readFileSync(`${packed}/dist/custom-elements.json`, 'utf8'));
    const paths = [];
    const collect = (value, key) => {
      if (key === 'module' && typeof value === 'string') paths.push(value);
      else if (value && typeof value === 'object')
        for (const [inner, item] of Object.entries(value)) collect(item, inner);
    };
    for (const module of manifest.modules) paths.push(module.path);
    collect(manifest.modules);
    assert.ok(paths.length > manifest.modules.length, 'no module references found');
    const unique = [...new Set(paths)];
    assert.deepEqual(
      unique.filter((path) => !shipped.has(path)),
      [],
      'not in the tarball',
    );
    // The built modules, not the TypeScript sources the package also ships for its source maps.
    assert.deepEqual(
      unique.filter((path) => !/^dist\/.+\.js$/.test(path)),
      [],
      'not a built module',
    );
  });

  for (const resolution of ['NodeNext', 'bundler']) {
    it(`type-checks a consumer's imports of every entry point (moduleResolution ${resolution})`, () => {
      writeFileSync(`${consumer}/tsconfig.json`, tsconfig(resolution));
      try {
        execFileSync(process.execPath, [tsc, '-p', consumer], { stdio: 'pipe' });
      } catch (error) {
        assert.fail(`tsc failed:\n${String(error.stdout)}${String(error.stderr)}`);
      }
    });
  }

  it('runs briefing-widgets/data in Node: no DOM needed, nothing registered, the bundled brief valid', () => {
    const script = `
      const data = await import('briefing-widgets/data');
      const result = data.validateBrief(structuredClone(data.usMexico2022));
      console.log(JSON.stringify({ ok: result.ok, ids: data.usMexico2022.indicators.length, customElements: typeof customElements }));
    `;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: consumer,
    }).toString();
    assert.deepEqual(JSON.parse(output), { ok: true, ids: 8, customElements: 'undefined' });
  });

  it('ships the command line: its bin starts a brief and checks it', () => {
    const bin = `${packed}/bin/briefing-widgets.js`;
    const pkg = JSON.parse(readFileSync(`${packed}/package.json`, 'utf8'));
    assert.equal(pkg.bin['briefing-widgets'], './bin/briefing-widgets.js');
    execFileSync(process.execPath, [bin, 'new', 'brief.json', '--force'], { cwd: consumer });
    const output = execFileSync(process.execPath, [bin, 'check', 'brief.json'], { cwd: consumer }).toString();
    assert.equal(
      output.trim(),
      'brief.json: valid brief "my-brief" (1 indicator, 1 recommendation, 2 milestones, 1 source)',
    );
  });
});
