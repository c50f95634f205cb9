/**
 * The manifest cannot drift from the code (after `npm run build`):
 * `dist/custom-elements.json` holds the public API only, every entry described (STYLE 7.4).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, 'utf8');
const manifest = JSON.parse(read('dist/custom-elements.json'));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement),
);

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
        ['brief', 'headingLevel', 'lang', 'src', 'theme'],
        `${element.tagName} members`,
      );
      const attributes = (element.attributes ?? []).filter(
        (attribute) => attribute.inheritedFrom?.name === 'BriefElement',
      );
      assert.deepEqual(
        attributes.map((attribute) => attribute.name).sort(),
        ['heading-level', 'lang', 'src', 'theme'],
        `${element.tagName} attributes`,
      );
      for (const entry of [...members, ...attributes]) {
        assert.ok(entry.description?.trim(), `${element.tagName}: ${entry.name} has no description`);
      }
    }
  });
});
