/**
 * Framework type declarations and editor data, generated from the Custom Elements Manifest
 * (`dist/custom-elements.json`) after `tsc` has written the package's own `.d.ts` files.
 * Run by `npm run build:types` (the last step of `npm run build`).
 *
 * - `dist/types/elements.d.ts`: every element's attributes, properties and events, from
 *   `@wc-toolkit/jsx-types` (React 19, Preact and Solid all read it). Two things are
 *   fixed after it runs: it imports the element classes but not the event classes when
 *   an event's type is a class rather than `CustomEvent<…>`, so the event classes are
 *   imported here (`onchange` is a `BriefChecklistChangeEvent`, not an `Event`); and it
 *   augments every JSX framework at once (and the global `JSX`), which breaks a project
 *   that lacks one of them, so those blocks are cut and each framework gets its own entry.
 * - `dist/types/{react,preact,solid,svelte,vue}.d.ts`: one small augmentation each, for
 *   `import type {} from 'briefing-widgets/react'` (or the tsconfig `types` list). Svelte 5
 *   and Vue 3 get ours: the `custom-element-svelte-integration` and `-vuejs-integration`
 *   generators write Svelte 4's `on:`/`bind:` and wrap every event in `CustomEvent<…>`.
 * - `dist/vscode.html-custom-data.json`, `dist/vscode.css-custom-data.json` (VS Code) and
 *   `dist/web-types.json` (JetBrains), with attribute values listed from their unions.
 *
 * The types point at the shipped files (`../index.js`, resolved to `dist/index.d.ts`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { format } from 'prettier';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const outdir = join(dist, 'types');
/** @type {import('custom-elements-manifest/schema').Package} */
const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * `lang` is typed `string` on the class (it overrides `HTMLElement.lang`); the widgets speak
 * English and Spanish, and read a regional tag by its language (`es-MX` → `es`).
 */
const langType = "'en' | 'es' | `en-${string}` | `es-${string}`";

/** @param {import('custom-elements-manifest/schema').Package} pkg */
function elementsOf(pkg) {
  return pkg.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => 'customElement' in declaration && declaration.customElement)
      .map(
        (declaration) =>
          /** @type {import('custom-elements-manifest/schema').CustomElementDeclaration} */ (declaration),
      ),
  );
}
const elements = elementsOf(manifest);

/**
 * The unions behind alias types (`Theme` → `'auto' | 'light' | 'dark'`), read from the
 * shipped declarations, for the editors' attribute value lists.
 * @returns {Map<string, Map<string, string>>} class name → property name → type text
 */
function expandedTypes() {
  const program = ts.createProgram([join(dist, 'index.d.ts')], {
    strict: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(join(dist, 'index.d.ts'));
  if (!index) throw new Error('dist/index.d.ts is missing: run tsc first');
  const indexSymbol = checker.getSymbolAtLocation(index);
  if (!indexSymbol) throw new Error('dist/index.d.ts exports nothing');
  const result = new Map();
  for (const exported of checker.getExportsOfModule(indexSymbol)) {
    const element = elements.find((candidate) => candidate.name === exported.name);
    if (!element) continue;
    const classType = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(exported));
    const types = new Map();
    for (const member of element.members ?? []) {
      const property = classType.getProperty(member.name);
      if (!property) continue;
      const type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
      if (type.isUnion() && type.types.every((part) => part.isStringLiteral())) {
        types.set(
          member.name,
          type.types.map((part) => `'${/** @type {ts.StringLiteralType} */ (part).value}'`).join(' | '),
        );
      }
    }
    result.set(element.name, types);
  }
  return result;
}

// A copy for the generators: unions spelled out in `expandedType`, `lang` as the languages.
const annotated = structuredClone(manifest);
const unions = expandedTypes();
for (const element of elementsOf(annotated)) {
  const types = unions.get(element.name) ?? new Map();
  types.set('lang', "'en' | 'es'");
  for (const entry of [...(element.members ?? []), ...(element.attributes ?? [])]) {
    const field = 'fieldName' in entry && entry.fieldName ? entry.fieldName : entry.name;
    const text = types.get(field);
    if (text) entry.expandedType = { text };
  }
}

mkdirSync(outdir, { recursive: true });

// ── JSX (React 19, Preact, Solid) ─────────────────────────────────────────────────────
const generated = generateJsxTypes(annotated, {
  fileName: undefined,
  globalTypePath: '../index.js',
  excludeCssCustomProperties: false,
  hideLogs: true,
});
const firstAugmentation = generated.search(/^declare (module|global) /m);
if (firstAugmentation < 0) throw new Error('@wc-toolkit/jsx-types: no augmentation blocks found to cut');
const eventClasses = [
  ...new Set(
    elements.flatMap((element) => (element.events ?? []).map((event) => event.type?.text ?? 'Event')),
  ),
]
  .filter((name) => name !== 'Event')
  .sort();
for (const name of eventClasses) {
  if (!/^[A-Z]\w*$/.test(name))
    throw new Error(`event type ${name}: expected the name of an exported event class`);
}
let body = generated.slice(0, firstAugmentation);
// `lang` on the class is `string`: type the attribute with the languages the widgets speak.
body = body.replace(/("?(?:prop:)?lang"?\?:)\s*\w+\[["']lang["']\]/g, '$1 BriefLang');
if (!body.includes('BriefLang')) throw new Error('@wc-toolkit/jsx-types: no `lang` prop found to type');
const elementsDts = `// Generated by build/framework-types.js from dist/custom-elements.json: do not edit.
import type { ${eventClasses.join(', ')} } from '../index.js';

/** A language the widgets speak, or a regional tag of one (\`es-MX\` reads as \`es\`). */
export type BriefLang = ${langType};
${body}`;
writeFileSync(
  join(outdir, 'elements.d.ts'),
  await format(elementsDts, { parser: 'typescript', printWidth: 110 }),
);

// ── Per-framework entries ─────────────────────────────────────────────────────────────
const classes = elements.map((element) => /** @type {string} */ (element.name));
const tags = elements.map((element) => ({
  tag: /** @type {string} */ (element.tagName),
  name: /** @type {string} */ (element.name),
}));
const allTyped = 'attributes with their values, `brief` as a `Brief`, events as their classes';
const header = (
  framework,
  how,
  what = allTyped,
) => `// Generated by build/framework-types.js from dist/custom-elements.json: do not edit.
/**
 * ${framework}: types the briefing-widgets elements in templates (${what}).
 * ${how}
 */
${what === allTyped ? `import type { ${classes.join(', ')} } from '../index.js';\n` : ''}import type { ${tags.map(({ name }) => `${name}Props`).join(', ')} } from './elements.js';
`;
/** The element's attribute names, as a union of string literal types. */
const attributesOf = (name) =>
  (elements.find((element) => element.name === name)?.attributes ?? [])
    .map((attribute) => `'${attribute.name}'`)
    .join(' | ');
const entries = (type) => tags.map(({ tag, name }) => `      '${tag}': ${type(name)};`).join('\n');

const frameworks = {
  react: `${header('React 19 (`react/jsx-runtime`)', "Load it once: `import type {} from 'briefing-widgets/react';`.")}import type { HTMLAttributes, Key, RefAttributes } from 'react';

/** React's own attributes (\`className\`, \`ref\`, \`key\`…), the element's instead where names meet. */
type WidgetProps<E, P> = Omit<HTMLAttributes<E>, keyof P> & P & RefAttributes<E> & { key?: Key | null | undefined };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries((name) => `WidgetProps<${name}, ${name}Props>`)}
    }
  }
}
`,
  preact: `${header('Preact', "Load it once: `import type {} from 'briefing-widgets/preact';`.")}import type { HTMLAttributes } from 'preact';

type WidgetProps<E extends EventTarget, P> = Omit<HTMLAttributes<E>, keyof P> & P;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${entries((name) => `WidgetProps<${name}, ${name}Props>`)}
    }
  }
}
`,
  solid: `${header('Solid', "Load it once: `import type {} from 'briefing-widgets/solid';`. Attributes and properties take plain names or `prop:`/`attr:`/`bool:`, events `on:brief-load` (or `onbrief-load`).")}import type { JSX } from 'solid-js';
import type { ${tags.map(({ name }) => `${name}SolidJsProps`).join(', ')} } from './elements.js';

type WidgetProps<E, P> = Omit<JSX.HTMLAttributes<E>, keyof P> & P;

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${entries((name) => `WidgetProps<${name}, ${name}Props & ${name}SolidJsProps>`)}
    }
  }
}
`,
  svelte: `${header('Svelte 5 (`svelte/elements`)', 'Load it once: `import type {} from \'briefing-widgets/svelte\';` in a `.d.ts` or `<script lang="ts">`. Events are `onbrief-load`, `onchange`.')}import type { HTMLAttributes } from 'svelte/elements';

type WidgetProps<E extends EventTarget, P> = Omit<HTMLAttributes<E>, keyof P> & P;

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
${entries((name) => `WidgetProps<${name}, ${name}Props>`).replace(/^ {2}/gm, '')}
  }
}
`,
  vue: `${header('Vue 3 (`GlobalComponents`, checked by vue-tsc)', "Load it once: `import type {} from 'briefing-widgets/vue';`. Vue's compiler needs `isCustomElement: (tag) => tag.startsWith('brief-')`.")}import type { DefineComponent } from 'vue';

type Pascal<S extends string> = S extends \`\${infer Head}-\${infer Tail}\` ? \`\${Capitalize<Head>}\${Pascal<Tail>}\` : Capitalize<S>;
/**
 * Vue's names: properties camelCase (\`heading-level\` in a template is \`headingLevel\`), events
 * \`on\` + PascalCase (\`@brief-load\` is \`onBriefLoad\`, \`@change\` is \`onChange\`).
 */
type VueProps<P> = {
  [K in keyof P as K extends \`on\${infer Name}\` ? \`on\${Pascal<Name>}\` : K extends \`\${string}-\${string}\` ? never : K]: P[K];
};

declare module 'vue' {
  interface GlobalComponents {
${entries((name) => `DefineComponent<VueProps<${name}Props>>`).replace(/^ {2}/gm, '')}
  }
}
`,
  astro: `${header('Astro (`.astro` templates, checked by `astro check`)', 'Load it once: `import type {} from \'briefing-widgets/astro\';` (e.g. in `src/env.d.ts`). An `.astro` template writes HTML, so it takes the attributes only: a `brief` object goes in as inline JSON (`<script type="application/json">`) or a framework island, and events are listened to in a `<script>`.', 'their attributes with their values')}
type WidgetProps<P> = Omit<astroHTML.JSX.HTMLAttributes, keyof P> & P;

declare global {
  namespace astroHTML.JSX {
    interface IntrinsicElements {
${tags.map(({ tag, name }) => `      '${tag}': WidgetProps<Pick<${name}Props, ${attributesOf(name)}>>;`).join('\n')}
    }
  }
}
`,
};
for (const [framework, dts] of Object.entries(frameworks)) {
  writeFileSync(join(outdir, `${framework}.d.ts`), `${dts}\nexport {};\n`);
  // An empty module beside it: the entry resolves at run time too (an `import` of it is harmless).
  writeFileSync(join(outdir, `${framework}.js`), `// Types only: see ${framework}.d.ts.\nexport {};\n`);
}

// ── Editors ───────────────────────────────────────────────────────────────────────────
generateVsCodeCustomElementData(annotated, {
  outdir: dist,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  typesSrc: 'expandedType',
  hideLogs: true,
});
generateJetBrainsWebTypes(annotated, {
  outdir: dist,
  webTypesFileName: 'web-types.json',
  packageJson: false,
  typesSrc: 'expandedType',
  hideLogs: true,
});
// web-types names the package and version it describes.
const webTypesPath = join(dist, 'web-types.json');
const webTypes = JSON.parse(readFileSync(webTypesPath, 'utf8'));
webTypes.name = packageJson.name;
webTypes.version = packageJson.version;
writeFileSync(webTypesPath, `${JSON.stringify(webTypes, null, 2)}\n`);
