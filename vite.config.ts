import { readdirSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { briefJsonSchemaDocument } from './build/brief-json-schema.js';
import { minifyTemplateLiterals } from './build/minify-literals.js';
import { briefParts } from './src/data/brief-parts.js';
import { usMexico2022 } from './src/data/briefs/us-mexico-2022.js';
import { validateBrief } from './src/data/validate.js';

/** Every element folder under src/components is an entry of its own. */
const components = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Refuses to build when the bundled brief (`src/data/briefs/us-mexico-2022.json`) does not
 * validate: the widgets trust it without validating it at runtime.
 */
function validateBundledBrief(): Plugin {
  return {
    name: 'validate-bundled-brief',
    buildStart() {
      const result = validateBrief(usMexico2022);
      if (!result.ok) {
        const lines = result.problems.map((problem) => `  ${problem.path}: ${problem.message}`);
        this.error(`src/data/briefs/us-mexico-2022.json is not a valid brief:\n${lines.join('\n')}`);
      }
    },
  };
}

/** Emits `brief.schema.json` from the same valibot schema that validates at runtime. */
function briefJsonSchema(): Plugin {
  return {
    name: 'brief-json-schema',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'brief.schema.json',
        source: `${JSON.stringify(briefJsonSchemaDocument(), null, 2)}\n`,
      });
    },
  };
}

/**
 * The `<script>` embed's bundled brief in parts: `src/data/default-brief.ts` becomes a map
 * from each part a widget may ask for (one indicator, the indicators, the recommendations,
 * the timeline) to a chunk holding just that part (`briefParts`), so a page with one card
 * downloads one indicator and the sources it cites. An unknown indicator gets all of them
 * (its card then names the ones there are).
 */
function defaultBriefParts(): Plugin {
  const target = resolve('src/data/default-brief.ts');
  const whole = resolve('src/data/briefs/us-mexico-2022.ts');
  const parts = briefParts(usMexico2022);
  const file = (part: string) => `${usMexico2022.id}_${part.replace(':', '_')}`;
  const loaders = [...parts.keys()]
    .map((part) => `${JSON.stringify(part)}: () => import(${JSON.stringify(`brief-part/${file(part)}`)}),`)
    .join('\n');
  // What each part weighs (brotli), so a page whose widgets need several parts gets the
  // whole brief when that is lighter.
  const weight = (brief: unknown) =>
    brotliCompressSync(JSON.stringify(brief), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  // In hundreds of bytes, in the order of `parts`: close enough to choose, and short.
  const weights = [...parts.values()].map((brief) => Math.round(weight(brief) / 100));
  const map = `const parts = {
${loaders}
all: () => import(${JSON.stringify(whole)}).then((module) => ({ default: module.usMexico2022 })),
};
const weights = ${JSON.stringify(weights)};
const all = ${String(Math.round(weight(usMexico2022) / 100))};
const names = Object.keys(parts);
const loading = new Map();
export function loadDefaultBrief(part) {
  const key = loading.has('all') ? 'all' : part in parts ? part : part.startsWith('indicator:') ? 'indicators' : 'all';
  let pending = loading.get(key);
  if (!pending) loading.set(key, (pending = parts[key]().then((module) => module.default)));
  return pending;
}
export function preloadDefaultBrief(wanted) {
  const keys = [...new Set(wanted.map((part) => (part in parts ? part : 'indicators')))];
  const sum = keys.reduce((total, key) => total + weights[names.indexOf(key)], 0);
  for (const key of sum > all ? ['all'] : keys) loadDefaultBrief(key).catch(() => undefined);
}
`;
  const byFile = new Map([...parts].map(([part, brief]) => [file(part), brief]));
  return {
    name: 'default-brief-parts',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source.startsWith('brief-part/')) return `\0${source}`;
      if (!source.endsWith('default-brief.js') || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === target ? '\0default-brief' : null;
    },
    load(id) {
      if (id === '\0default-brief') return map;
      if (!id.startsWith('\0brief-part/')) return null;
      return `export default ${JSON.stringify(byFile.get(id.slice('\0brief-part/'.length)))};\n`;
    },
  };
}

/**
 * Writes into the loader, for each widget, the shared chunks its chunk imports, so the
 * loader can ask for them (`modulepreload`) along with the widget's chunk instead of one
 * round trip later. Replaces the loader's `__WIDGET_CHUNKS__` placeholder.
 */
function widgetChunks(): Plugin {
  return {
    name: 'widget-chunks',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (name: string, into = new Set<string>()) => {
        if (into.has(name)) return into;
        into.add(name);
        for (const next of byName.get(name)?.imports ?? []) closure(next, into);
        return into;
      };
      const loader = chunks.find((chunk) => chunk.isEntry);
      if (!loader) return;
      const own = closure(loader.fileName);
      // Each file once, by its name under chunks/; each widget lists its files by index.
      const files: string[] = [];
      const deps: Record<string, number[]> = {};
      for (const tag of components) {
        const chunk = chunks.find((item) => item.facadeModuleId?.endsWith(`/${tag}/${tag}.ts`));
        if (!chunk) continue;
        deps[tag] = [...closure(chunk.fileName)]
          .filter((name) => name !== chunk.fileName && !own.has(name))
          .map((name) => {
            const file = name.replace(/^chunks\//, '');
            if (!files.includes(file)) files.push(file);
            return files.indexOf(file);
          });
      }
      const placeholder = /([`'"])__WIDGET_CHUNKS__\1/;
      if (!placeholder.test(loader.code)) this.error('the loader has no __WIDGET_CHUNKS__ placeholder');
      loader.code = loader.code.replace(placeholder, JSON.stringify(JSON.stringify([files, deps])));
    },
  };
}

/**
 * `npm run dev`: the demo page loads the sources instead of the built embed, so an edit in
 * `src/` reloads the page at once (Vite transforms each module on request).
 */
function demoFromSources(): Plugin {
  return {
    name: 'demo-from-sources',
    transformIndexHtml(html) {
      return html.replace('../dist/standalone/briefing-widgets.js', '/src/standalone.ts');
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'standalone') {
    // The module embed: the loader, and beside it in chunks/ each widget's code, the code they
    // share, the validator and the bundled brief's parts, each loaded when a page needs it.
    // No source maps: they would point into node_modules, which the package does not ship.
    return {
      plugins: [validateBundledBrief(), defaultBriefParts(), minifyTemplateLiterals(), widgetChunks()],
      build: {
        outDir: 'dist/standalone',
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: false,
        lib: { entry: 'src/loader.ts', formats: ['es'], fileName: () => 'briefing-widgets.js' },
        rolldownOptions: {
          output: {
            minify: true,
            // A widget's chunk, the validator and a brief part by name; what they share as shared-*.
            chunkFileNames: (chunk) =>
              chunk.isDynamicEntry ? 'chunks/[name]-[hash].js' : 'chunks/shared-[hash].js',
          },
        },
      },
    };
  }
  if (mode === 'standalone-classic') {
    // The classic-script embed: one file with every widget and the whole bundled brief, for
    // pages that cannot load modules.
    return {
      plugins: [minifyTemplateLiterals()],
      build: {
        outDir: 'dist/standalone',
        emptyOutDir: false,
        target: 'es2022',
        sourcemap: false,
        lib: {
          entry: 'src/standalone.ts',
          name: 'BriefingWidgets',
          formats: ['iife'],
          fileName: () => 'briefing-widgets.iife.js',
        },
        rolldownOptions: { output: { minify: true } },
      },
    };
  }
  if (mode === 'dev') {
    return { plugins: [demoFromSources()], server: { port: 8080, open: '/demo/index.html' } };
  }
  if (mode === 'demo') {
    // `npm start`: Vite's dev server on the repository; the demo page loads the standalone build.
    return { server: { port: 8080, open: '/demo/index.html' } };
  }
  // The npm build: one module per source file, dependencies left to the consumer. Its source
  // maps (and tsc's declaration maps) point at ../src/*.ts, which the package ships.
  return {
    plugins: [validateBundledBrief(), briefJsonSchema()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: {
        entry: {
          index: 'src/index.ts',
          ssr: 'src/ssr.ts',
          'data/index': 'src/data/index.ts',
          'cli/main': 'src/cli/main.ts',
          ...Object.fromEntries(
            components.map((tag) => [`components/${tag}/${tag}`, `src/components/${tag}/${tag}.ts`]),
          ),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^valibot$/, /^node:/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
