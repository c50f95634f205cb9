/**
 * The timeline's sources never write a style attribute as a string (DESIGN.md "CSP-safe"),
 * read with the TypeScript parser: no `styleMap` import, no `style=` attribute in an
 * `html`/`svg` template, no `setAttribute('style', …)` or `cssText`. The browser test
 * (tests/components/brief-timeline.csp.test.ts) checks the same under a real policy in
 * every state a reader reaches; this one names the line at fault without a browser.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const folder = fileURLToPath(new URL('../../src/components/brief-timeline/', import.meta.url));
const files = readdirSync(folder).filter((file) => file.endsWith('.ts'));

/** Every problem in one source file, as `file:line what`. */
function problems(file) {
  const text = readFileSync(`${folder}${file}`, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const at = (node, what) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${file}:${String(line + 1)} ${what}`);
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && /style-map/.test(node.moduleSpecifier.getText(source))) {
      at(node, 'imports styleMap');
    }
    if (ts.isTaggedTemplateExpression(node) && /^(html|svg)$/.test(node.tag.getText(source))) {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template.rawText ?? '']
        : [template.head.rawText ?? '', ...template.templateSpans.map((span) => span.literal.rawText ?? '')];
      if (parts.some((part) => /\sstyle\s*=/.test(part))) at(node, 'binds a style attribute in a template');
    }
    if (ts.isCallExpression(node) && /\.setAttribute$/.test(node.expression.getText(source))) {
      const name = node.arguments[0];
      if (name && ts.isStringLiteralLike(name) && name.text === 'style')
        at(node, "calls setAttribute('style')");
    }
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'cssText') at(node, 'writes cssText');
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('brief-timeline sources under a style-src policy', () => {
  it('finds the sources to check', () => {
    assert.ok(files.includes('brief-timeline.views.ts') && files.includes('brief-timeline.list-view.ts'));
  });

  it('write no style attribute as a string', () => {
    assert.deepEqual(files.flatMap(problems), []);
  });
});
