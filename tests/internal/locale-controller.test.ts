import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { LocaleController, resolveLang } from '../../src/internal/locale-controller.js';
import '../helpers/console.js';

class LocaleHost extends ReactiveElement {
  readonly locale = new LocaleController(this);
}
customElements.define('locale-test-host', LocaleHost);

describe('locale controller', () => {
  it('takes the nearest ancestor’s lang, across a shadow root', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="es-MX"><span></span></div>`);
    const inner = document.createElement('span');
    (outer.querySelector('span') as HTMLElement).attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('es');
  });

  it('resolves where there is no ShadowRoot global, as in a server’s DOM shim', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="es"><span></span></div>`);
    const own = Object.getOwnPropertyDescriptor(window, 'ShadowRoot');
    Reflect.deleteProperty(window, 'ShadowRoot');
    try {
      expect(resolveLang(outer.querySelector('span') as Element)).to.equal('es');
      // Lit SSR's element: attributes, no parent, no getRootNode.
      const serverElement = { getAttribute: () => null, parentElement: null } as unknown as Element;
      expect(resolveLang(serverElement)).to.equal('en');
      expect(resolveLang(serverElement, 'es')).to.equal('es');
    } finally {
      if (own) Object.defineProperty(window, 'ShadowRoot', own);
    }
  });

  it('speaks only its own lang while hydrating a server render, which saw no ancestor', async () => {
    const outer = await fixture<HTMLElement>(
      html`<div lang="es"><locale-test-host></locale-test-host></div>`,
    );
    const host = outer.querySelector('locale-test-host') as LocaleHost;
    expect(host.locale.sync(true)).to.equal('en');
    expect(host.locale.sync()).to.equal('es');
    host.lang = 'es';
    expect(host.locale.sync(true)).to.equal('es');
  });
});
