/**
 * The documentation cannot drift from the code (after `npm run build`): the Theming page
 * lists exactly the `--brief-*` tokens the styles use, with their light and dark defaults;
 * no element documents a global token as its own; and `dist/custom-elements.json` holds
 * the public API only, every entry described (STYLE 7.4).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, 'utf8');
const sources = readdirSync(`${root}src`, { recursive: true })
  .filter((path) => path.endsWith('.ts'))
  .map((path) => ({ path: `src/${path}`, text: read(`src/${path}`) }));
const manifest = JSON.parse(read('dist/custom-elements.json'));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement),
);
const tokenPattern = /--brief-[a-z][a-z0-9-]*/g;

/** The Theming page's token table: token → its light and dark cells. */
function documentedTokens() {
  const page = read('stories/concepts/Theming.mdx');
  const rows = new Map();
  for (const [, row] of page.matchAll(/<tr>([\s\S]*?)<\/tr>/g)) {
    const cells = [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(([, cell]) => cell.trim());
    const token = /^<code>(--brief-[a-z0-9-]+)<\/code>$/.exec(cells[0] ?? '')?.[1];
    if (token) rows.set(token, { light: cells[1], dark: cells[2] });
  }
  return rows;
}

/** The defaults in the host styles: token → its fallback, in the light palette and the dark one. */
function tokenDefaults() {
  const styles = read('src/styles/host.styles.ts');
  const [dark, light] = styles.split('export const hostStyles');
  const defaults = (css) =>
    new Map(
      [...css.matchAll(/var\((--brief-[a-z0-9-]+), ([^;]+)\);/g)].map(([, token, value]) => [token, value]),
    );
  return { light: defaults(light), dark: defaults(dark) };
}

/** Names of the members a class's source marks private, protected or `@internal`. */
function hiddenMembers(path) {
  const source = ts.createSourceFile(path, read(path), ts.ScriptTarget.Latest, true);
  const hidden = new Set();
  const visit = (node) => {
    if (ts.isClassDeclaration(node)) {
      for (const member of node.members) {
        const name = member.name?.getText(source);
        const modifiers = ts.getModifiers(member) ?? [];
        const restricted = modifiers.some(
          (modifier) =>
            modifier.kind === ts.SyntaxKind.PrivateKeyword ||
            modifier.kind === ts.SyntaxKind.ProtectedKeyword,
        );
        const internal = ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal');
        if (name && (restricted || internal || name.startsWith('#'))) hidden.add(name);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return hidden;
}

describe('theming docs', () => {
  it('the Theming page documents every --brief-* token the source uses, and only those', () => {
    const used = new Set(sources.flatMap(({ text }) => text.match(tokenPattern) ?? []));
    const documented = new Set(documentedTokens().keys());
    assert.ok(used.size >= 14, `only ${String(used.size)} tokens found in src`);
    assert.deepEqual(
      [...used].filter((token) => !documented.has(token)).sort(),
      [],
      'used but not documented',
    );
    assert.deepEqual(
      [...documented].filter((token) => !used.has(token)).sort(),
      [],
      'documented but not used',
    );
  });

  it('the Theming page gives each token its light and dark default from the host styles', () => {
    const rows = documentedTokens();
    const { light, dark } = tokenDefaults();
    for (const [token, cells] of rows) {
      const lightValue = light.get(token);
      assert.ok(lightValue, `${token} has no default in host.styles.ts`);
      const darkValue = dark.get(token);
      if (lightValue.startsWith('var(')) {
        // A default that is another token (the focus ring takes the accent) is said in words, the same in both.
        assert.equal(darkValue, undefined, `${token} has a dark default of its own`);
        assert.equal(cells.dark, cells.light, `${token} dark`);
        continue;
      }
      assert.equal(cells.light, `<code>${lightValue}</code>`, `${token} light`);
      assert.equal(
        cells.dark,
        darkValue === undefined ? 'as light' : `<code>${darkValue}</code>`,
        `${token} dark`,
      );
    }
  });

  it('no element documents a --brief-* token as its own custom property', () => {
    const tagged = sources
      .filter(({ text }) => /@cssprop(?:erty)?\s+\[?--brief-/.test(text))
      .map(({ path }) => path);
    assert.deepEqual(tagged, [], 'a @cssproperty names a global token');
    for (const element of elements) {
      const own = (element.cssProperties ?? []).filter((property) => property.name.startsWith('--brief-'));
      assert.deepEqual(own, [], `${element.tagName} lists a global token`);
    }
  });
});

describe('the custom elements manifest', () => {
  it('lists the four elements', () => {
    assert.deepEqual(elements.map((element) => element.tagName).sort(), [
      'brief-indicator-card',
      'brief-indicator-grid',
      'brief-recommendation-checklist',
      'brief-timeline',
    ]);
  });

  it('describes every element and each of its attributes, public fields, events, parts and custom properties (STYLE 7.4)', () => {
    const missing = [];
    for (const element of elements) {
      if (!element.summary?.trim()) missing.push(`${element.tagName}: summary`);
      if (!element.description?.trim()) missing.push(`${element.tagName}: description`);
      const fields = (element.members ?? []).filter((member) => member.kind === 'field');
      for (const [kind, entries] of Object.entries({
        attribute: element.attributes,
        field: fields,
        event: element.events,
        part: element.cssParts,
        'custom property': element.cssProperties,
      })) {
        for (const entry of entries ?? []) {
          if (!entry.description?.trim()) missing.push(`${element.tagName}: ${kind} ${entry.name}`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  it('has no private, protected or @internal members, and no static styles', () => {
    const leaked = [];
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const source = (path) => path.replace(/^\/?(?:dist|src)\/(.*)\.[jt]s$/, 'src/$1.ts');
        const hidden = hiddenMembers(source(module.path));
        if (declaration.superclass?.module) {
          for (const name of hiddenMembers(source(declaration.superclass.module))) hidden.add(name);
        }
        for (const member of declaration.members ?? []) {
          if (member.privacy === 'private' || member.privacy === 'protected' || hidden.has(member.name)) {
            leaked.push(`${declaration.name}.${member.name}`);
          }
          if (member.static && member.name === 'styles') leaked.push(`${declaration.name}.styles`);
        }
      }
    }
    assert.deepEqual(leaked, []);
  });

  it('has no BriefElement declaration, while every element inherits its public API with descriptions', () => {
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    assert.equal(
      declarations.find((declaration) => declaration.name === 'BriefElement'),
      undefined,
      'the internal base class is documented as a class of its own',
    );
    for (const element of elements) {
      const members = (element.members ?? []).filter(
        (member) => member.inheritedFrom?.name === 'BriefElement',
      );
      assert.deepEqual(
        members.map((member) => member.name).sort(),
        ['brief', 'headingLevel', 'lang', 'src', 'theme', 'withoutDefault'],
        `${element.tagName} members`,
      );
      const attributes = (element.attributes ?? []).filter(
        (attribute) => attribute.inheritedFrom?.name === 'BriefElement',
      );
      assert.deepEqual(
        attributes.map((attribute) => attribute.name).sort(),
        ['heading-level', 'lang', 'src', 'theme', 'without-default'],
        `${element.tagName} attributes`,
      );
      for (const entry of [...members, ...attributes]) {
        assert.ok(entry.description?.trim(), `${element.tagName}: ${entry.name} has no description`);
      }
    }
  });
});

describe('docs/authoring.md', () => {
  const page = read('docs/authoring.md');

  it('its JSON examples are valid briefs', async () => {
    const { validateBrief } = await import('../../dist/data/index.js');
    const blocks = [...page.matchAll(/```json\n([\s\S]*?)```/g)].map(([, block]) => block);
    assert.ok(blocks.length >= 1, 'no json example');
    for (const block of blocks) {
      const result = validateBrief(JSON.parse(block));
      assert.equal(result.ok, true, JSON.stringify(result.problems));
    }
  });

  it('names every field of the schema', () => {
    const schema = JSON.parse(read('dist/brief.schema.json'));
    const fields = new Set(
      [schema, ...Object.values(schema.$defs)].flatMap((object) => Object.keys(object.properties ?? {})),
    );
    const missing = [...fields].filter((field) => !page.includes(`\`${field}\``));
    assert.deepEqual(missing, []);
  });
});
