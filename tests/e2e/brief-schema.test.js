/**
 * The emitted `dist/brief.schema.json` (run `npm run build` first): what an author's
 * editor reads through `"$schema"`. Every object refuses unknown fields and every field
 * has a description to show on hover.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const schema = JSON.parse(readFileSync(new URL('../../dist/brief.schema.json', import.meta.url), 'utf8'));

/** Every object schema in the document, with where it is. */
function objects(node, at = '#', found = []) {
  if (Array.isArray(node)) node.forEach((item, i) => objects(item, `${at}/${i}`, found));
  else if (node && typeof node === 'object') {
    if (node.type === 'object') found.push({ at, node });
    for (const [key, value] of Object.entries(node)) objects(value, `${at}/${key}`, found);
  }
  return found;
}

describe('brief.schema.json', () => {
  it('names its draft and its published address', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, 'https://unpkg.com/briefing-widgets/dist/brief.schema.json');
  });

  it('describes the brief’s objects under $defs, the ones an author writes', () => {
    assert.deepEqual(
      Object.keys(schema.$defs).sort(),
      [
        'Action',
        'ActionStatus',
        'Actor',
        'Category',
        'ContextItem',
        'Headline',
        'Indicator',
        'Phase',
        'Recommendation',
        'Record',
        'Scenario',
        'Series',
        'SeriesPoint',
        'Source',
        'TimelineEvent',
        'Timeline',
      ].sort(),
    );
  });

  it('refuses unknown fields in every object and describes every field', () => {
    const found = objects(schema);
    assert.ok(found.length >= 17, `only ${found.length} objects`);
    const loose = found.filter(({ node }) => node.additionalProperties !== false).map(({ at }) => at);
    assert.deepEqual(loose, []);
    const bare = found.flatMap(({ at, node }) =>
      Object.entries(node.properties ?? {})
        .filter(
          ([, property]) => typeof property.description !== 'string' || property.description.length < 10,
        )
        .map(([key]) => `${at}.${key}`),
    );
    assert.deepEqual(bare, []);
    assert.ok(
      found.every(({ node }) => typeof node.description === 'string'),
      'an object without a description',
    );
  });

  it('allows "$schema" and asks for http(s) addresses', () => {
    assert.equal(schema.properties.$schema.type, 'string');
    assert.equal(schema.$defs.Source.properties.url.pattern, '^https?://[^/]');
    assert.equal(schema.properties.url.pattern, '^https?://[^/]');
    assert.ok(schema.$defs.Source.required.includes('url'));
    assert.deepEqual(
      schema.$defs.SeriesPoint.properties.value.anyOf?.map((type) => type.type) ??
        schema.$defs.SeriesPoint.properties.value.type,
      ['number', 'null'],
    );
  });
});
