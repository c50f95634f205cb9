/**
 * Server rendering in Node with `briefing-widgets/ssr` (Lit SSR): each element renders to
 * declarative shadow DOM holding what a reader reads — from the bundled brief, from a
 * brief passed as a property, and in Spanish — in one synchronous pass (no loading
 * placeholder), with no console error.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { html } from 'lit';
// eslint-disable-next-line import-x/extensions -- the package's own entry (resolves once dist/ is built)
import { renderToString } from 'briefing-widgets/ssr';
// eslint-disable-next-line import-x/extensions -- the package's own entry
import { defaultBrief } from 'briefing-widgets/data';

/** The text a reader would see: markup, comments and styles taken out. */
const textOf = (markup) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** An author's brief: the bundled one under another title, with its first action reworded. */
const authorBrief = structuredClone(defaultBrief);
authorBrief.id = 'author-brief';
authorBrief.timeline.title = 'An author’s own timeline';
authorBrief.indicators[0].title = 'An author’s own indicator';
authorBrief.recommendations[0].title = 'An author’s own recommendation';

const cases = [
  [
    html`<brief-indicator-card indicator="overdose-deaths"></brief-indicator-card>`,
    ['Record U.S. Overdose Deaths', '105,752 deaths', 'Source: CDC/NCHS'],
  ],
  [
    html`<brief-indicator-grid></brief-indicator-grid>`,
    ['8 of 8 indicators worsening', 'Security Cooperation Further Deteriorating'],
  ],
  [
    html`<brief-recommendation-checklist></brief-recommendation-checklist>`,
    ['Secure the Southwest Border from the U.S. Side, Period.', '0 of 16 actions ticked'],
  ],
  [
    html`<brief-timeline now="2026-06-01"></brief-timeline>`,
    ['USMCA: from NAFTA to the 2026 joint review', 'NAFTA enters into force', 'Showing 37 of 37 milestones'],
  ],
  [
    html`<brief-indicator-card indicator="overdose-deaths" .brief=${authorBrief}></brief-indicator-card>`,
    ['An author’s own indicator'],
  ],
  [html`<brief-indicator-grid .brief=${authorBrief}></brief-indicator-grid>`, ['An author’s own indicator']],
  [
    html`<brief-recommendation-checklist .brief=${authorBrief}></brief-recommendation-checklist>`,
    ['An author’s own recommendation'],
  ],
  [
    html`<brief-timeline .brief=${authorBrief}></brief-timeline>`,
    ['An author’s own timeline', 'NAFTA enters into force'],
  ],
  [
    html`<brief-timeline lang="es" now="2026-06-01"></brief-timeline>`,
    ['Se muestran 37 de 37 hitos', 'ene 1994'],
  ],
];

describe('server rendering (briefing-widgets/ssr)', () => {
  for (const [template, phrases] of cases) {
    const tag = template.strings[0].trim().split(/[ >]/)[0].slice(1);
    const how = template.values.length
      ? 'from a brief property'
      : template.strings.join('').includes('lang="es"')
        ? 'in Spanish'
        : 'from the bundled brief';
    it(`renders <${tag}> ${how} into a declarative shadow root`, async () => {
      const errors = [];
      const error = console.error;
      console.error = (...args) => errors.push(args.join(' '));
      let markup;
      try {
        markup = await renderToString(template);
      } finally {
        console.error = error;
      }
      assert.deepEqual(errors, []);
      assert.match(markup, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
      assert.doesNotMatch(markup, /part="(loading|error)"/, 'no loading placeholder or error panel');
      const text = textOf(markup);
      for (const phrase of phrases) assert.ok(text.includes(phrase), `<${tag}> shows “${phrase}”`);
    });
  }

  it('draws the whole checklist and the timeline’s list on the server, with the day it drew', async () => {
    const checklist = textOf(
      await renderToString(html`<brief-recommendation-checklist></brief-recommendation-checklist>`),
    );
    assert.ok(checklist.includes('6.'), 'the sixth recommendation is there');
    const timeline = await renderToString(html`<brief-timeline></brief-timeline>`);
    assert.match(timeline, /<brief-timeline[^>]* data-drawn-on="\d{4}-\d{2}-\d{2}"/);
    assert.ok(textOf(timeline).includes('USMCA signed in Buenos Aires'));
  });
});
