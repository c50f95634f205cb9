/**
 * The demo article (`npm start`) as a reader gets it: every widget renders, no console
 * error, no request leaves the page, at phone and desktop widths, light and dark.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch, openPage } from './browser.js';
import { serve } from './server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('demo page', () => {
  let browser;
  let server;
  before(async () => {
    server = await serve(root);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [width, colorScheme] of [
    [320, 'light'],
    [1200, 'dark'],
  ]) {
    it(`renders every widget at ${width} px (${colorScheme}) with no error and no outside request`, async () => {
      const { page, problems, requests } = await openPage(browser, `${server.origin}/demo/index.html`, {
        width,
        colorScheme,
      });
      const widgets = await page.$$eval('*', (elements) =>
        elements
          .filter((element) => element.localName.startsWith('brief-'))
          .map((element) => ({
            tag: element.localName,
            rendered: Boolean(element.shadowRoot?.querySelector('[part~="base"]')),
            error: Boolean(element.shadowRoot?.querySelector('[part~="error"]')),
            overflow: element.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
          })),
      );
      assert.ok(widgets.length > 0, 'the demo holds widgets');
      for (const widget of widgets) {
        assert.ok(widget.rendered && !widget.error, `${widget.tag} did not render`);
        assert.ok(!widget.overflow, `${widget.tag} overflows the page at ${width} px`);
      }
      assert.deepEqual(problems, []);
      const outside = requests.filter((url) => !url.startsWith(server.origin));
      assert.deepEqual(outside, []);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `page scrolls sideways: ${scrollWidth} > ${width}`);
      await page.close();
    });
  }
});
