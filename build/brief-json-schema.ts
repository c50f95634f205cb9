/**
 * `brief.schema.json`: the brief's JSON Schema (draft 2020-12), made from the valibot
 * schema that validates at runtime, with each object under `$defs` and every field's
 * description from `src/data/schema-docs.ts`, so an editor completes, checks and explains
 * a brief (`"$schema"` in the file). Unknown fields are refused (`additionalProperties:
 * false`), as the validator refuses them.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { SCHEMA_URL } from '../src/cli/starter.js';
import { BriefSchema } from '../src/data/schema.js';
import { definitions, fieldDocs, objectDocs } from '../src/data/schema-docs.js';

type Json = Record<string, unknown>;

function describe(object: Json, name: keyof typeof fieldDocs): void {
  object['description'] = objectDocs[name];
  const docs = fieldDocs[name] as Record<string, string>;
  const properties = (object['properties'] ?? {}) as Record<string, Json>;
  for (const [key, property] of Object.entries(properties)) {
    const text = docs[key];
    if (!text) throw new Error(`brief.schema.json: no description for ${name}.${key} in schema-docs.ts`);
    property['description'] = text;
    // What the validator's http(s) check is, for an editor (valibot's checks do not convert).
    if (key === 'url') property['pattern'] = '^https?://[^/]';
  }
}

export function briefJsonSchemaDocument(): Json {
  const schema = toJsonSchema(BriefSchema, {
    errorMode: 'ignore',
    target: 'draft-2020-12',
    definitions,
  }) as Json;
  describe(schema, 'Brief');
  const defs = schema['$defs'] as Record<string, Json>;
  for (const name of Object.keys(definitions) as (keyof typeof definitions)[]) {
    const def = defs[name];
    if (def) describe(def, name);
  }
  return {
    $schema: schema['$schema'],
    $id: SCHEMA_URL,
    title: 'Brief',
    ...schema,
  };
}
