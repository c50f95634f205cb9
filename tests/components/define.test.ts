import { expect } from '@open-wc/testing';
import { define } from '../../src/internal/define.js';
import { expectConsole } from '../helpers/console.js';

describe('define (registration guard)', () => {
  it('registers a tag once and does nothing when the same class is defined again', () => {
    class First extends HTMLElement {}
    define('brief-test-same', First);
    expect(() => define('brief-test-same', First)).to.not.throw();
    expect(customElements.get('brief-test-same')).to.equal(First);
  });

  it('keeps the first class and warns once when another copy of the library defines the tag', () => {
    const messages = expectConsole(1);
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define('brief-test-copy', First);
    define('brief-test-copy', Second);
    define('brief-test-copy', Second);
    expect(customElements.get('brief-test-copy')).to.equal(First);
    expect(messages).to.have.length(1);
    expect(messages[0]!.text).to.contain('<brief-test-copy> is already defined');
  });
});
