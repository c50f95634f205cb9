/**
 * The embed build's template squeezer (build/minify-literals.js): what it may change and
 * what it must keep, on examples written out by hand.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyLiterals } from '../../build/minify-literals.js';

describe('minifyLiterals', () => {
  it('drops CSS comments and the whitespace around braces, semicolons and commas', () => {
    const code =
      'const s = css`\n  /* the card */\n  :host {\n    display: block;\n    margin: 0 auto;\n  }\n  a, b > c { color: red }\n`;';
    assert.equal(
      minifyLiterals(code),
      'const s = css`:host{display: block;margin: 0 auto;}a,b > c{color: red}`;',
    );
  });

  it('keeps one space where markup breaks a line, so inline text keeps its spacing', () => {
    const code = 'html`<p>\n      <b>Brief</b>\n      says <i>so</i>\n    </p>`';
    assert.equal(minifyLiterals(code), 'html`<p> <b>Brief</b> says <i>so</i> </p>`');
  });

  it('leaves expressions alone, squeezing the templates nested in them', () => {
    const code =
      'html`<ul>\n  ${items.map((item) => html`<li>\n    ${item}\n  </li>`)}\n</ul>` + `keep\n  this`';
    assert.equal(
      minifyLiterals(code),
      'html`<ul> ${items.map((item) => html`<li> ${item} </li>`)} </ul>` + `keep\n  this`',
    );
  });

  it('keeps whitespace inside a line and escaped backticks', () => {
    const code = 'html`<span title="a  b">x \\` y</span>`';
    assert.equal(minifyLiterals(code), code);
  });
});
