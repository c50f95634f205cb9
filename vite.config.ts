import { readdirSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { defineConfig, type Plugin } from 'vite';
import { BriefSchema } from './src/data/schema.js';

/** Every element folder under src/components is an entry of its own. */
const components = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Emits `brief.schema.json` from the same valibot schema that validates at runtime. */
function briefJsonSchema(): Plugin {
  return {
    name: 'brief-json-schema',
    generateBundle() {
      const schema = {
        ...toJsonSchema(BriefSchema, { errorMode: 'ignore' }),
        $id: 'https://unpkg.com/briefing-widgets/dist/brief.schema.json',
        title: 'Brief',
        description:
          'A policy brief for briefing-widgets: indicators, recommendations, timeline and sources.',
      };
      this.emitFile({
        type: 'asset',
        fileName: 'brief.schema.json',
        source: `${JSON.stringify(schema, null, 2)}\n`,
      });
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
    // The <script> embed: everything bundled and minified, as an ES module and a classic script.
    // No source maps: they would point into node_modules, which the package does not ship.
    return {
      build: {
        outDir: 'dist/standalone',
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: false,
        lib: {
          entry: 'src/standalone.ts',
          name: 'BriefingWidgets',
          formats: ['es', 'iife'],
          fileName: (format) => (format === 'es' ? 'briefing-widgets.js' : 'briefing-widgets.iife.js'),
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
    plugins: [briefJsonSchema()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: {
        entry: {
          index: 'src/index.ts',
          'data/index': 'src/data/index.ts',
          ...Object.fromEntries(
            components.map((tag) => [`components/${tag}/${tag}`, `src/components/${tag}/${tag}.ts`]),
          ),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^valibot$/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
