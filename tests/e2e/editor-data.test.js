/**
 * The editor data the package ships (after `npm run build`), as VS Code and JetBrains read
 * it: every element of the manifest, its attributes with their values listed where the
 * type is a union, and package.json pointing at the files.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
const packageJson = read('package.json');
const manifest = read('dist/custom-elements.json');
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement)
  .map((declaration) => declaration.tagName)
  .sort();
const themes = ['auto', 'light', 'dark'];

describe('editor data', () => {
  it('package.json names files the build writes (contributes for VS Code, web-types for JetBrains)', () => {
    const files = [
      ...packageJson.contributes.html.customData,
      ...packageJson.contributes.css.customData,
      packageJson['web-types'],
    ];
    assert.equal(files.length, 3);
    for (const file of files) assert.ok(existsSync(`${root}${file}`), `${file} is missing`);
  });

  it('VS Code: every element, with the values of theme, layout and lang', () => {
    const data = read('dist/vscode.html-custom-data.json');
    assert.deepEqual(data.tags.map((tag) => tag.name).sort(), tags);
    const values = (tag, attribute) =>
      data.tags
        .find((entry) => entry.name === tag)
        ?.attributes.find((entry) => entry.name === attribute)
        ?.values?.map((value) => value.name);
    for (const tag of tags) assert.deepEqual(values(tag, 'theme'), themes, tag);
    assert.deepEqual(values('brief-timeline', 'layout'), ['auto', 'horizontal', 'vertical']);
    assert.deepEqual(values('brief-indicator-card', 'lang'), ['en', 'es']);
    const css = read('dist/vscode.css-custom-data.json');
    assert.ok(css.properties.some((property) => property.name === '--card-padding'));
  });

  it('JetBrains: the package and version, every element, its attribute values and its events', () => {
    const webTypes = read('dist/web-types.json');
    assert.equal(webTypes.name, packageJson.name);
    assert.equal(webTypes.version, packageJson.version);
    const elements = webTypes.contributions.html.elements;
    assert.deepEqual(elements.map((element) => element.name).sort(), tags);
    const checklist = elements.find((element) => element.name === 'brief-recommendation-checklist');
    assert.equal(
      checklist.attributes.find((attribute) => attribute.name === 'theme').value.type,
      "'auto' | 'light' | 'dark'",
    );
    const change = checklist.js.events.find((event) => event.name === 'change');
    assert.equal(change.type, 'BriefChecklistChangeEvent');
  });
});
