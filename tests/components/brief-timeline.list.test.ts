import { expect, html } from '@open-wc/testing';
import { usMexico2022 } from '../../src/data/index.js';
import { briefWith, textOf } from '../helpers/fixtures.js';
import '../helpers/console.js';
import {
  button,
  click,
  milestone,
  part,
  parts,
  phases,
  shadow,
  timelineAt,
  visibleMilestones,
  wordsBrokenInside,
  notRealized,
  realized,
  timeline,
} from '../helpers/timeline.js';

/*
 * The list of phases as a reader sees it in an article column. Expectations are written
 * down from the bundled brief (src/data/briefs/us-mexico-2022.ts): five phases holding
 * 1, 6, 16, 10 and 4 milestones; on November 28, 2026 today falls in "After the review",
 * after the July 1, 2026 review and before the paths' first milestone (2027).
 */

const HEADINGS = [
  'NAFTA 1994–2018 · 1 milestone',
  'Renegotiation 2018–2020 · 6 milestones',
  'USMCA in force: labor cases and disputes 2020–2025 · 16 milestones',
  'The 2026 joint review 2025–2026 · 10 milestones',
  'After the review 2026–2042 · 4 milestones Today',
];

const top = (element: Element) => element.getBoundingClientRect().top;

describe('<brief-timeline> list of phases', () => {
  it('is at most 1,000 px tall in a 650 px column, in auto and in vertical layout', async () => {
    for (const layout of ['auto', 'vertical']) {
      const el = await timelineAt(
        650,
        html`<brief-timeline now="2026-11-28" layout=${layout}></brief-timeline>`,
      );
      expect(part(el, 'list') !== null, `${layout}: the list`).to.equal(true);
      expect(el.getBoundingClientRect().height, layout).to.be.at.most(1000);
    }
  });

  it('shows a section per phase with its years, count and summary, folded but for today’s', async () => {
    const el = await timelineAt(650);
    const sections = phases(el);
    expect(sections.map((phase) => phase.heading)).to.deep.equal(HEADINGS);
    expect(sections.map((phase) => phase.open)).to.deep.equal([false, false, false, false, true]);
    const summaries = sections.map((phase) => textOf(phase.section.querySelector('.phase__summary')!));
    expect(summaries[0]).to.equal(timeline.phases![0]!.summary);
    for (const phase of sections)
      expect(phase.section.querySelector('.phase__summary')!.checkVisibility()).to.equal(true);
    // Folded rows stay in the page for find-in-page, hidden until found.
    const bodies = sections.map((phase) => phase.section.querySelector('.phase__body')!);
    expect(bodies.map((body) => body.getAttribute('hidden'))).to.deep.equal([
      'until-found',
      'until-found',
      'until-found',
      'until-found',
      null,
    ]);
    expect(visibleMilestones(el).map((entry) => entry.dataset['id'])).to.deep.equal([
      'first-annual-review-2027',
      'usmca-expiry-2036',
      'next-joint-review-2032',
      'term-to-2042',
    ]);
  });

  it('opens a phase from its heading, all of them with "Show all phases", and folds them back', async () => {
    const el = await timelineAt(650);
    const toggle = phases(el)[2]!.section.querySelector<HTMLButtonElement>('.phase__toggle')!;
    await click(el, toggle);
    expect(phases(el).map((phase) => phase.open)).to.deep.equal([false, false, true, false, true]);
    expect(milestone(el, 'rrm-gm-silao').checkVisibility()).to.equal(true);
    await click(el, button(el, 'Show all phases'));
    expect(phases(el).every((phase) => phase.open)).to.equal(true);
    expect(visibleMilestones(el)).to.have.length(37);
    await click(el, button(el, 'Fold phases'));
    expect(phases(el).map((phase) => phase.open)).to.deep.equal([false, false, false, false, true]);
  });

  it('opens a folded phase when find-in-page reaches it', async () => {
    const el = await timelineAt(650);
    const body = phases(el)[1]!.section.querySelector('.phase__body')!;
    body.dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(phases(el)[1]!.open).to.equal(true);
    expect(body.hasAttribute('hidden')).to.equal(false);
  });

  it('draws a folded phase’s rows only once opened, its dates and titles there for find-in-page', async () => {
    const el = await timelineAt(650);
    const renegotiation = () => phases(el)[1]!.section;
    // Folded: no rows, but every milestone's short date and title as one text, hidden until found.
    expect(renegotiation().querySelectorAll('[part~="milestone"]')).to.have.length(0);
    const folded = renegotiation().querySelector('.phase__body')!;
    expect(folded.getAttribute('hidden')).to.equal('until-found');
    expect(textOf(folded).split(' · ')).to.have.length(6);
    expect(textOf(folded)).to.contain('Nov 2018 USMCA signed in Buenos Aires');
    // Opened (find-in-page fires beforematch): the six rows, the same milestone among them.
    folded.dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(renegotiation().querySelectorAll('[part~="milestone"]')).to.have.length(6);
    expect(textOf(milestone(el, 'usmca-signed'))).to.contain('USMCA signed in Buenos Aires');
    expect(textOf(milestone(el, 'usmca-signed').querySelector('.row__date')!)).to.equal('Nov 2018');
  });

  it('puts the Today line where today is: after the last past milestone, before the first upcoming', async () => {
    for (const [now, last, first] of [
      ['2026-11-28', 'joint-review-2026', 'first-annual-review-2027'],
      ['2026-03-01', 'report-statutory-deadline', 'first-bilateral-round-announced'],
    ] as const) {
      const el = await timelineAt(650, html`<brief-timeline now=${now}></brief-timeline>`);
      await click(el, button(el, 'Show all phases'));
      const today = parts(el, 'today');
      expect(today, now).to.have.length(1);
      expect(top(milestone(el, last))).to.be.below(top(today[0]!));
      expect(top(today[0]!)).to.be.below(top(milestone(el, first)));
    }
  });

  it('shows a date column, the title and its category, one line of detail only for a branch point; no "Past" pills', async () => {
    const el = await timelineAt(650);
    await click(el, button(el, 'Show all phases'));
    const row = (id: string) => milestone(el, id);
    const date = (id: string) => textOf(row(id).querySelector('.row__date')!);
    expect(date('joint-review-2026')).to.equal('Jul 2026');
    expect(date('gm-corn-measures-ineffective')).to.equal('Feb 2025');
    expect(date('next-joint-review-2032')).to.equal('2032');
    expect(date('first-annual-review-2027')).to.equal('about 2027');
    expect(textOf(row('joint-review-2026').querySelector('.row__category')!)).to.equal('Review process');
    expect(textOf(row('joint-review-2026').querySelector('.row__meta')!)).to.equal(
      'Branch point: 2 paths follow',
    );
    expect(textOf(row('rrm-teksid').querySelector('.row__category')!)).to.equal('Labor cases');
    expect(row('rrm-teksid').querySelector('.row__meta')).to.equal(null);
    const pills = [...shadow(el).querySelectorAll('.badge')]
      .filter((badge) => badge.checkVisibility())
      .map(textOf);
    expect(pills).to.deep.equal(['Branch point: 2 paths follow', 'Today', 'Realized', 'Road not taken']);
    // The full date stays in each milestone's name.
    expect(textOf(row('nafta-in-force'))).to.contain('January 1, 1994');
  });

  it('puts the date above the title at 320 px, so a title keeps the row’s width', async () => {
    const el = await timelineAt(320);
    await click(el, button(el, 'Show all phases'));
    const rows = visibleMilestones(el);
    expect(rows.length, 'the 33 milestones and the paths’ 4').to.equal(37);
    for (const row of rows) {
      const date = row.querySelector('.row__date')!.getBoundingClientRect();
      // The title: the button's own text, after the date.
      const title = document.createRange();
      title.selectNodeContents(row);
      title.setStartAfter(row.querySelector('.row__date')!);
      title.setEndBefore(row.querySelector('.row__category')!);
      const lines = [...title.getClientRects()].filter((rect) => rect.width > 8); // words, not the space after
      expect(date.bottom, textOf(row)).to.be.at.most(Math.min(...lines.map((rect) => rect.top)) + 1);
      // Every line of the title starts where the row does (after the dot's column), not after a date column.
      const start = Math.max(...lines.map((rect) => rect.left)) - row.getBoundingClientRect().left;
      expect(start, textOf(row)).to.be.at.most(30);
    }
  });

  it('shows the paths after the review as two lanes, the realized one with its source', async () => {
    const el = await timelineAt(650);
    const fork = part(el, 'paths')!;
    expect(textOf(fork.querySelector('.fork__title')!)).to.equal(
      'What follows the USMCA joint review (July 1, 2026)',
    );
    const [first, second] = parts(el, 'path');
    expect(first!.getAttribute('part')).to.equal('path path--realized');
    expect(textOf(first!)).to.contain(`Realized ${realized.title}`);
    expect(first!.querySelector('a')!.getAttribute('href')).to.equal(
      usMexico2022.sources.find((source) => source.id === 'hk-2026-07-02')!.url,
    );
    expect(second!.getAttribute('part')).to.equal('path path--not-realized');
    expect(textOf(second!)).to.contain(`Road not taken ${notRealized.title}`);
    // Side by side in a 650 px column.
    expect(top(first!)).to.equal(top(second!));
  });

  it('groups by calendar spans when the data has no phases', async () => {
    const brief = briefWith((draft) => {
      delete draft.timeline!.phases;
    });
    const el = await timelineAt(
      650,
      html`<brief-timeline .brief=${brief} now="2026-11-28"></brief-timeline>`,
    );
    expect(phases(el).map((phase) => [phase.heading, phase.open])).to.deep.equal([
      ['1994 1 milestone', false],
      ['2018–2019 5 milestones', false],
      ['2020–2024 16 milestones', false],
      ['2025–2027 12 milestones Today', true],
      ['2032 1 milestone', false],
      ['2036 1 milestone', false],
      ['2042 1 milestone', false],
    ]);
  });

  it('speaks Spanish with lang="es", new strings included', async () => {
    const el = await timelineAt(650, html`<brief-timeline now="2026-11-28" lang="es"></brief-timeline>`);
    expect(phases(el)[0]!.heading).to.equal('NAFTA 1994–2018 · 1 hito');
    expect(phases(el)[4]!.heading).to.equal('After the review 2026–2042 · 4 hitos Hoy');
    expect(textOf(part(el, 'switch')!)).to.equal('Cronología Lista');
    expect(button(el, 'Mostrar todas las fases').getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(part(el, 'calendar')!)).to.equal('Añadir a mi calendario (2 próximos)');
    expect(textOf(milestone(el, 'usmca-expiry-2036'))).to.contain('1 de julio de 2036');
    expect(textOf(milestone(el, 'usmca-expiry-2036'))).to.contain('Previsto');
    expect(textOf(part(el, 'today')!)).to.equal('Hoy: 28 de noviembre de 2026');
  });

  it('keeps every word whole in the detail panel at 320 px, the Close button on one line', async () => {
    for (const layout of ['vertical', 'horizontal']) {
      const el = await timelineAt(
        320,
        html`<brief-timeline now="2026-11-28" layout=${layout}></brief-timeline>`,
      );
      await click(el, milestone(el, 'usmca-expiry-2036'));
      const detail = part(el, 'detail')!;
      expect(wordsBrokenInside(detail), layout).to.deep.equal([]);
      const close = detail.querySelector<HTMLButtonElement>('.detail__close')!;
      const range = document.createRange();
      range.selectNodeContents(close);
      expect(new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size).to.equal(1);
      expect(close.scrollWidth).to.be.at.most(close.clientWidth);
      // No control of the timeline breaks inside a word either.
      expect(wordsBrokenInside(part(el, 'toolbar')!), `${layout} toolbar`).to.deep.equal([]);
    }
  });
});
