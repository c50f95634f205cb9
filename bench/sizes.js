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

/** Bundles one entry with everything it imports, minified, and returns its code. */
export async function bundle(entry) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'entry' },
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  return Buffer.from(
    chunks
      .filter((chunk) => chunk.type === 'chunk')
      .map((chunk) => chunk.code)
      .join('\n'),
  );
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
  for (const [name, entry] of entries) rows.push({ name, ...measure(await bundle(entry)) });
  return rows;
}
