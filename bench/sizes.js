/**
 * Bytes of the embed files and of every entry point, each bundled on its own with all its
 * dependencies and minified: what a page pays for it. min / gzip (-9) / brotli (q11).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

export function measure(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Bundles one entry with everything it imports, minified, and returns its code: all of it
 * (what it can load, dynamic imports included), or with `eager` only the entry and what it
 * imports statically (what an app's bundle gets before a widget falls back to the bundled
 * brief or validates a brief).
 */
export async function bundle(entry, { eager = false } = {}) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'entry' },
      rolldownOptions: { output: { minify: true, codeSplitting: eager } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((result) => result.output)
    .filter((chunk) => chunk.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const kept = new Set();
  const keep = (chunk) => {
    if (kept.has(chunk)) return;
    kept.add(chunk);
    for (const name of chunk.imports) keep(byName.get(name));
  };
  for (const chunk of chunks) if (!eager || chunk.isEntry) keep(chunk);
  return Buffer.from([...kept].map((chunk) => chunk.code).join('\n'));
}

export async function sizeRows() {
  const rows = [];
  for (const file of ['briefing-widgets.js', 'briefing-widgets.iife.js']) {
    rows.push({ name: `standalone ${file}`, ...measure(readFileSync(`dist/standalone/${file}`)) });
  }
  const entries = [
    ['briefing-widgets (all elements)', 'src/index.ts'],
    ['briefing-widgets/data', 'src/data/index.ts'],
    ...readdirSync('src/components')
      .map((tag) => [`components/${tag}.js`, `src/components/${tag}/${tag}.ts`])
      .filter(([, entry]) => existsSync(entry)),
  ];
  for (const [name, entry] of entries) {
    rows.push({ name, ...measure(await bundle(entry)) });
    if (name.startsWith('components/'))
      rows.push({ name: `${name}, eager part`, ...measure(await bundle(entry, { eager: true })) });
  }
  return rows;
}
