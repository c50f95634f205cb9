/**
 * Squeezes the whitespace and comments out of Lit's `css`, `html` and `svg` templates in
 * the embed's builds, which the JavaScript minifier leaves as written. Only what cannot
 * change the result: in CSS, comments go and whitespace shrinks to one space (none beside
 * `{`, `}`, `;` or `,`); in markup, a run of whitespace that holds a line break becomes one
 * space, so text between inline elements keeps its space. The `${…}` parts are left alone.
 */

const TAG = /\b(css|html|svg)`/g;

/** The index just past the template literal whose opening backtick is at `start`. */
/** @param {string} code @param {number} start @returns {number} */
function literalEnd(code, start) {
  let i = start + 1;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') return i + 1;
    else if (c === '$' && code[i + 1] === '{') i = expressionEnd(code, i + 2);
    else i += 1;
  }
  throw new Error('unterminated template literal');
}

/** The index just past the `}` that closes an expression starting at `start`. */
/** @param {string} code @param {number} start @returns {number} */
function expressionEnd(code, start) {
  let depth = 1;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === '`') i = literalEnd(code, i);
    else if (c === "'" || c === '"') {
      i += 1;
      while (code[i] !== c) i += code[i] === '\\' ? 2 : 1;
      i += 1;
    } else if (c === '/' && code[i + 1] === '/') i = code.indexOf('\n', i);
    else if (c === '/' && code[i + 1] === '*') i = code.indexOf('*/', i) + 2;
    else {
      if (c === '{') depth += 1;
      if (c === '}' && --depth === 0) return i + 1;
      i += 1;
    }
  }
  throw new Error('unterminated template expression');
}

/** @param {string} text */
const squeezeCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1');

/** @param {string} text */
const squeezeMarkup = (text) => text.replace(/\s*\n\s*/g, ' ');

/** `code` with each tagged template's static text squeezed. */
/** @param {string} code @returns {string} */
export function minifyLiterals(code) {
  let out = '';
  let at = 0;
  for (const match of code.matchAll(TAG)) {
    const open = match.index + match[0].length - 1;
    if (open < at) continue;
    const end = literalEnd(code, open);
    const squeeze = match[1] === 'css' ? squeezeCss : squeezeMarkup;
    let body = '';
    let i = open + 1;
    let text = '';
    while (i < end - 1) {
      if (code[i] === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        const close = expressionEnd(code, i + 2);
        body += squeeze(text) + minifyLiterals(code.slice(i, close));
        text = '';
        i = close;
      } else text += code[i++];
    }
    body += squeeze(text);
    // A stylesheet's own first and last spaces go; a space beside an expression may be a combinator.
    if (match[1] === 'css') body = body.replace(/^ /, '').replace(/ $/, '');
    out += `${code.slice(at, open)}\`${body}\``;
    at = end;
  }
  return out + code.slice(at);
}

/** @returns {import('vite').Plugin} */
export function minifyTemplateLiterals() {
  return {
    name: 'minify-template-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !TAG.test(code)) return null;
      TAG.lastIndex = 0;
      return { code: minifyLiterals(code), map: null };
    },
  };
}
