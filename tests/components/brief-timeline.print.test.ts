import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { BriefTimeline } from '../../src/components/brief-timeline/brief-timeline.js';
import { usMexico2022 } from '../../src/data/index.js';
import { textOf } from '../helpers/fixtures.js';
import '../helpers/console.js';
import { click, milestone, part, settle, shadow, timelineAt } from '../helpers/timeline.js';

/*
 * The timeline on paper (reader-design §5): phase headings and one line per milestone,
 * the paths as indented lists with the realized one marked and its source's URL, no
 * controls, no prose but an open milestone's. Expectations from the bundled brief.
 */
const review = usMexico2022.timeline!.events.find((event) => event.id === 'joint-review-2026')!;
const expiry = usMexico2022.timeline!.scenarios[1]!.events.find((event) => event.id === 'usmca-expiry-2036')!;
const hk = usMexico2022.sources.find((source) => source.id === 'hk-2026-07-02')!;
const boursel = usMexico2022.sources.find((source) => source.id === 'boursel-usmca-2026-07-02')!;

async function printing(el: BriefTimeline): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  await settle(el);
  await emulateMedia({ media: 'print' });
}

describe('<brief-timeline> on paper', () => {
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
  });

  it('prints each phase’s heading and one line per milestone, today where it falls', async () => {
    const el = await timelineAt(650);
    await printing(el);
    const root = shadow(el);
    expect([...root.querySelectorAll('.print-phase__head')].map(textOf)).to.deep.equal([
      'NAFTA · 1994–2018 · 1 milestone',
      'Renegotiation · 2018–2020 · 6 milestones',
      'USMCA in force: labor cases and disputes · 2020–2025 · 16 milestones',
      'The 2026 joint review · 2025–2026 · 10 milestones',
      'After the review · 2026–2042 · 4 milestones',
    ]);
    const lines = [...root.querySelectorAll('.print-row:not(.print-row--today)')].map(textOf);
    expect(lines).to.have.length(37);
    expect(lines.slice(-6, -3)).to.deep.equal([
      'Jun 1, 2026 Last day for the Parties’ recommendations',
      'Jul 1, 2026 USMCA joint review · Branch point',
      'about 2027 First annual joint review (2027)',
    ]);
    expect(textOf(root.querySelector('.print-row--today')!)).to.equal('Today: November 28, 2026');
    // Each line fits one line of paper.
    for (const row of root.querySelectorAll<HTMLElement>('.print-row:not(.print-row--today)')) {
      const title = row.querySelector('.print-row__title')!;
      expect(title.getClientRects().length, textOf(row)).to.equal(1);
    }
  });

  it('prints the paths as indented lists, the realized one marked, with its source’s URL', async () => {
    const el = await timelineAt(650);
    await printing(el);
    const paths = [...shadow(el).querySelectorAll<HTMLElement>('.print-path')];
    expect(paths.map((path) => textOf(path.querySelector('.print-path__head')!))).to.deep.equal([
      `✓ Realized: Any Party does not confirm: annual reviews — Sources: ${hk.publisher}, “${hk.title}” ${hk.url}; ${boursel.publisher}, “${boursel.title}” ${boursel.url}`,
      'Road not taken: All three confirm: a new 16-year term',
    ]);
    expect(paths.map((path) => [...path.querySelectorAll('.print-row')].map(textOf))).to.deep.equal([
      ['about 2027 First annual joint review (2027)', 'Jul 1, 2036 USMCA expires'],
      ['2032 Next joint review, no later than 2032', '2042 Term extended to 2042'],
    ]);
    const list = paths[0]!.getBoundingClientRect().left;
    const heading = shadow(el).querySelector('.print-fork__title')!.getBoundingClientRect().left;
    expect(list - heading, 'indented').to.be.greaterThan(10);
  });

  it('prints no controls, no overview and no prose a reader did not open', async () => {
    const el = await timelineAt(650);
    await printing(el);
    const root = shadow(el);
    expect(root.querySelectorAll('button, input')).to.have.length(0);
    for (const name of ['toolbar', 'filter', 'switch', 'overview', 'plot', 'detail']) {
      expect(part(el, name), name).to.equal(null);
    }
    expect(textOf(el)).not.to.contain(review.description!.slice(0, 40));
    expect(textOf(el)).not.to.contain(usMexico2022.timeline!.phases![0]!.summary!);
  });

  it('prints the detail a reader had open, with its sources’ URLs', async () => {
    const el = await timelineAt(650);
    await click(el, milestone(el, 'usmca-expiry-2036'));
    await printing(el);
    const row = [...shadow(el).querySelectorAll('.print-row')].find((line) =>
      textOf(line).includes('USMCA expires'),
    )!;
    expect(textOf(row)).to.contain(expiry.description!);
    const url = row.querySelector('.source__url');
    expect(url !== null && getComputedStyle(url).display !== 'none', 'the URL shows').to.equal(true);
  });

  it('breaks pages between rows, never inside one, and keeps a heading with its first rows', async () => {
    const el = await timelineAt(650);
    await printing(el);
    const root = shadow(el);
    expect(getComputedStyle(root.querySelector('.print-row')!).breakInside).to.equal('avoid');
    expect(getComputedStyle(root.querySelector('.print-phase__head')!).breakAfter).to.equal('avoid');
  });

  it('hides the controls on paper even without beforeprint, and comes back after afterprint', async () => {
    const el = await timelineAt(650, html`<brief-timeline now="2026-11-28"></brief-timeline>`);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part(el, 'toolbar')!).display).to.equal('none');
    expect(getComputedStyle(part(el, 'overview')!).display).to.equal('none');
    const folded = shadow(el).querySelector('.phase__body[hidden]')!;
    expect(getComputedStyle(folded).display).to.equal('block');
    await emulateMedia({ media: 'screen' });
    await printing(el);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(part(el, 'toolbar') !== null, 'the controls are back').to.equal(true);
  });
});
