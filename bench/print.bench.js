/**
 * Print: Letter pages of the demo article as a reader prints it, with the widgets and
 * with them taken out (the article alone), at the demo's own layout. The widgets'
 * budget (issue 9) is at most 8 pages added.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
export function pageCount(pdf) {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g) ?? []
  ).length;
}

async function printPages(browser, url, { withoutWidgets = false, save } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.evaluate(() => customElements.whenDefined('brief-timeline'));
  if (withoutWidgets) {
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('*')) {
        if (element.localName.startsWith('brief-')) element.remove();
      }
    });
  }
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  if (save) writeFileSync(save, pdf);
  await page.close();
  return pageCount(pdf);
}

export default async function run({ browser, origin }) {
  const url = `${origin}/demo/index.html`;
  const dir = mkdtempSync(join(tmpdir(), 'briefing-print-'));
  const withWidgets = await printPages(browser, url, { save: join(dir, 'demo.pdf') });
  const alone = await printPages(browser, url, { withoutWidgets: true });
  return {
    title: 'Print: the demo article on US Letter paper (pages)',
    columns: ['what prints', 'pages'],
    rows: [
      ['the article with its widgets', withWidgets],
      ['the article alone (widgets taken out)', alone],
      ['added by the widgets', withWidgets - alone],
    ],
    notes: `Headless Chromium's page.pdf(), which fires beforeprint/afterprint like a reader's print. The widgets' budget is 8 added pages. The PDF with widgets: ${join(dir, 'demo.pdf')}.`,
  };
}
