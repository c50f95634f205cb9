/**
 * Layout shift: the cumulative layout shift (CLS) of a page that embeds the widgets as
 * the README documents, with the elements above the fold, at 1280×800 — and, for
 * comparison, the ways the README advises against. Each page is generated here (into
 * bench/results/cls/) so the script tag is the only difference between them. The score
 * sums every `layout-shift` entry without recent input from navigation until the page
 * has been still for a second; the elements that moved are named.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

const embed = '/dist/standalone/briefing-widgets.js';
const classic = '/dist/standalone/briefing-widgets.iife.js';

const variants = [
  ['module loader in head (README)', `<script type="module" src="${embed}"></script>`, ''],
  ['classic script in head (README, a widget at the top)', `<script src="${classic}"></script>`, ''],
  [
    'classic script in the body, before the elements (README, Custom HTML)',
    '',
    `<script src="${classic}"></script>`,
  ],
  [
    'module loader in head, blocking="render"',
    `<script type="module" blocking="render" src="${embed}"></script>`,
    '',
  ],
  ['module script in the body, before the elements', '', `<script type="module" src="${embed}"></script>`],
];

function page(head, body) {
  const text =
    '<p>Every indicator in the U.S.-Mexico bilateral relationship is headed in the wrong direction. ' +
    'This paragraph stands for the article text that sits around the widgets.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CLS</title>
<meta name="viewport" content="width=device-width, initial-scale=1">${head}</head>
<body style="max-width: 650px; margin: 0 auto; font: 18px/1.6 Georgia, serif">
<h1>An article with widgets above the fold</h1>${text}${body}
<brief-indicator-card indicator="overdose-deaths"><p>Record U.S. overdose deaths: nearly 106,000 in 12 months (CDC, 2022).</p></brief-indicator-card>
${text}
<brief-timeline><p>USMCA: from NAFTA to the 2026 joint review.</p></brief-timeline>
${text}${text}
<brief-recommendation-checklist></brief-recommendation-checklist>
${text}
</body></html>`;
}

async function cls(browser, url) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  await tab.evaluateOnNewDocument(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        const moved = entry.sources.map((source) => source.node?.nodeName?.toLowerCase() ?? '?');
        window.shifts.push({ value: entry.value, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(url, { waitUntil: 'networkidle0' });
  await tab.evaluate(() => customElements.whenDefined('brief-timeline'));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const shifts = await tab.evaluate(() => window.shifts);
  await tab.close();
  const score = shifts.reduce((sum, shift) => sum + shift.value, 0);
  const moved = [...new Set(shifts.flatMap((shift) => shift.moved))].join(', ');
  return [Math.round(score * 1000) / 1000, moved || '—'];
}

export default async function run({ browser, origin }) {
  mkdirSync('bench/results/cls', { recursive: true });
  const rows = [];
  for (const [i, [name, head, body]] of variants.entries()) {
    writeFileSync(`bench/results/cls/${String(i)}.html`, page(head, body));
    rows.push([name, ...(await cls(browser, `${origin}/bench/results/cls/${String(i)}.html`))]);
  }
  rows.push([
    'the demo article (module loader in head)',
    ...(await cls(browser, `${origin}/demo/index.html`)),
  ]);
  return {
    title: 'Layout shift: a card, the timeline and the checklist above the fold, 1280×800 (CLS)',
    columns: ['how the script is embedded', 'CLS', 'what moved'],
    rows,
    notes:
      'Headless Chromium, cumulative layout shift from navigation until a second after the widgets are defined. The classic script keeps every widget drawn before the first paint (0); the module loader draws them when their chunks arrive, after the first paint, so widgets in the first screen move what follows them (Google calls up to 0.1 "good").',
  };
}
