import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BriefTimeline } from '../../src/components/brief-timeline/brief-timeline.js';
import '../helpers/console.js';
import { textOf } from '../helpers/fixtures.js';
import { briefWithMilestones } from '../helpers/large-briefs.js';
import { click, focusedId, phases, settle, shadow, timelineAt } from '../helpers/timeline.js';

/*
 * A timeline of 10,000 milestones (the bundled 37, then copies spread over 1994–2041: see
 * tests/helpers/large-briefs.ts), with the bundled brief's phases and without them. The
 * list draws an open phase's first 200 rows (a folded phase draws none: only their dates
 * and titles, for find-in-page); "Show more" names how many it adds and how many of how
 * many are shown, and moves focus to the first row it adds. The overview strip draws one
 * dot a pixel where thousands crowd it.
 */

const list = (brief = briefWithMilestones(10000)) =>
  timelineAt(650, html`<brief-timeline .brief=${brief} now="2026-11-28"></brief-timeline>`);

function section(el: BriefTimeline, heading: string): HTMLElement {
  const found = phases(el).find((phase) => phase.heading.startsWith(heading));
  if (!found) throw new Error(`no phase "${heading}"`);
  return found.section;
}

const rows = (phase: HTMLElement) => phase.querySelectorAll('[part~="milestone"]').length;
/** The milestones a folded phase offers find-in-page: its text's "date title" entries. */
const foldedEntries = (phase: HTMLElement) =>
  phase.querySelector('.phase__body[hidden]')?.textContent.split(' · ').length ?? 0;
const more = (phase: HTMLElement) => phase.querySelector<HTMLButtonElement>('[part~="more"]');

describe('<brief-timeline> with 10,000 milestones', () => {
  it('draws the first 200 rows of each phase, and counts every milestone in the headings', async () => {
    const el = await list();
    // By their dates: 5,104 milestones fall in NAFTA (1994 to July 2018), 404 in the
    // renegotiation, 1,089 while the USMCA is in force, 182 in the review year and 3,217
    // after it, with the four on the two paths.
    expect(phases(el).map((phase) => phase.heading)).to.deep.equal([
      'NAFTA 1994–2018 · 5,104 milestones',
      'Renegotiation 2018–2020 · 404 milestones',
      'USMCA in force: labor cases and disputes 2020–2025 · 1,089 milestones',
      'The 2026 joint review 2025–2026 · 182 milestones',
      'After the review 2026–2042 · 3,221 milestones Today',
    ]);
    expect(phases(el).map((phase) => phase.open)).to.deep.equal([false, false, false, false, true]);
    expect(phases(el).map((phase) => rows(phase.section))).to.deep.equal([0, 0, 0, 0, 204]);
    expect(phases(el).map((phase) => foldedEntries(phase.section))).to.deep.equal([200, 200, 200, 182, 0]);
    expect(textOf(more(section(el, 'After the review'))!)).to.equal(
      'Show 500 more milestones (204 of 3,221 shown)',
    );
    await click(el, section(el, 'NAFTA').querySelector<HTMLButtonElement>('.phase__toggle')!);
    expect(rows(section(el, 'NAFTA'))).to.equal(200);
    expect(textOf(more(section(el, 'NAFTA'))!)).to.equal('Show 500 more milestones (200 of 5,104 shown)');
    await click(el, section(el, 'The 2026 joint review').querySelector<HTMLButtonElement>('.phase__toggle')!);
    expect(more(section(el, 'The 2026 joint review')) === null, 'a phase of 182 shows them all').to.equal(
      true,
    );
    await expect(el).to.be.accessible();
  });

  it('adds 500 rows with the keyboard and moves focus to the first of them', async () => {
    const el = await list();
    const after = section(el, 'After the review');
    more(after)!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(rows(after)).to.equal(704);
    // The 201st milestone after the review, by date: copy 6,948, of the report made public, June 19, 2027.
    expect(focusedId(el)).to.equal('auto-roo-report-public-6948');
    expect(textOf(more(after)!)).to.equal('Show 500 more milestones (704 of 3,221 shown)');
    // The milestone that took focus holds the list's one tab stop now.
    const stops = [...shadow(el).querySelectorAll<HTMLElement>('[part~="milestone"]')].filter(
      (button) => button.tabIndex === 0,
    );
    expect(stops.map((button) => button.dataset['id'])).to.deep.equal(['auto-roo-report-public-6948']);
    await expect(el).to.be.accessible();
  });

  it('groups them by decades without phases, each drawing its first 200 rows', async () => {
    const el = await list(briefWithMilestones(10000, { phases: false }));
    expect(phases(el).map((phase) => phase.heading)).to.deep.equal([
      '1994–1999 1,247 milestones',
      '2000–2009 2,076 milestones',
      '2010–2019 2,080 milestones',
      '2020–2029 2,104 milestones Today',
      '2030–2039 2,078 milestones',
      '2040–2042 415 milestones',
    ]);
    // Each decade's first 200, and the paths' milestones of its years (2027; 2032 and 2036; 2042):
    // drawn as rows in the open one, offered to find-in-page in the folded ones.
    expect(phases(el).map((phase) => rows(phase.section))).to.deep.equal([0, 0, 0, 201, 0, 0]);
    expect(phases(el).map((phase) => foldedEntries(phase.section))).to.deep.equal([
      200, 200, 200, 0, 202, 201,
    ]);
    expect(textOf(more(section(el, '2020–2029'))!)).to.equal('Show 500 more milestones (201 of 2,104 shown)');
  });

  it('says it in Spanish', async () => {
    const el = await timelineAt(
      650,
      html`<brief-timeline lang="es" .brief=${briefWithMilestones(10000)} now="2026-11-28"></brief-timeline>`,
    );
    const after = phases(el).find((phase) => phase.open)!.section;
    expect(textOf(more(after)!)).to.equal('Mostrar 500 hitos más (204 de 3221 mostrados)');
  });

  it('draws the overview strip of 10,000 milestones with one dot a pixel on each line', async () => {
    const el = await timelineAt(
      1100,
      html`<brief-timeline .brief=${briefWithMilestones(10000)} now="2026-11-28"></brief-timeline>`,
    );
    const strip = shadow(el).querySelector('[part~="overview"] svg')!;
    const width = Number(strip.getAttribute('width'));
    // One path per look of dot, each dot a circle of two arcs starting at its left edge.
    const paths = [...strip.querySelectorAll('path.dot')];
    expect(paths.length).to.be.below(30);
    const xs = paths.flatMap((path) =>
      [...path.getAttribute('d')!.matchAll(/M([\d.]+) /g)].map((match) => Number(match[1]) + 2.5),
    );
    // The main line holds past and upcoming dots (two a pixel at most); each path a few.
    expect(xs.length).to.be.at.most(2 * width + 4);
    expect(xs.length).to.be.at.least(width / 2);
    expect(Math.min(...xs)).to.be.below(width * 0.1);
    expect(Math.max(...xs)).to.be.above(width * 0.9);
  });
});
