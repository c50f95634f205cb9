/**
 * What a reader sees of the checklist's compact layout and of the record since the brief:
 * folded recommendations with their progress and counts by status, the record's label
 * and summary strip, each action's status with its date and "What happened", and the
 * printed page. The statuses and the record are set here by hand on a copy of the bundled
 * brief (never its own, which the data keeps up to date); every expected string and count
 * is written down from them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/brief-recommendation-checklist/brief-recommendation-checklist.js';
import type { BriefRecommendationChecklist } from '../../src/components/brief-recommendation-checklist/brief-recommendation-checklist.js';
import type { ActionStatus, Brief } from '../../src/data/index.js';
import '../helpers/console.js';
import { briefWith, textOf } from '../helpers/fixtures.js';

type Checklist = BriefRecommendationChecklist;

/** Two sources of the hand-set record: one reports another's statement, one is of medium confidence. */
function addSources(brief: Brief): void {
  brief.sources.push(
    {
      id: 'test-wire-report',
      title: 'Construction resumes at the border',
      publisher: 'The Daily Record',
      producer: 'Wire Service',
      url: 'https://example.org/wire-report',
      date: '2025-03-15',
      confidence: 'high',
    },
    {
      id: 'test-ministry-note',
      title: 'Statement on the bilateral agenda',
      publisher: 'Ministry of Records',
      url: 'https://example.org/ministry-note',
      confidence: 'medium',
    },
  );
}

/** The statuses set by hand: 1 adopted, 2 in progress, 1 proposed, 1 not adopted; 11 actions with none. */
const STATUSES: Record<string, ActionStatus> = {
  'rec-1-a': {
    state: 'adopted',
    date: '2025-03-14',
    note: 'Construction restarted in March 2025.',
    sourceIds: ['test-wire-report', 'test-ministry-note'],
  },
  'rec-1-b': { state: 'in-progress', date: '2024-04-20', sourceIds: ['test-wire-report'] },
  'rec-2-a': {
    state: 'in-progress',
    date: '2022-07-20',
    note: 'Consultations were requested; no panel followed.',
    sourceIds: ['test-ministry-note'],
  },
  'rec-3-b': { state: 'proposed', date: '2023-09-28', sourceIds: ['test-wire-report'] },
  'rec-6-a': {
    state: 'not-adopted',
    date: '2022-07-12',
    note: 'The meeting took place on July 12, 2022.',
    sourceIds: ['test-wire-report'],
  },
};

/** A copy of the bundled brief with the statuses above, a record as `record` says, and `change` applied. */
function scoredBrief(record: Brief['record'] | null = { asOf: '2026-12-01', by: 'public-sources' }): Brief {
  return briefWith((draft) => {
    addSources(draft);
    if (record) draft.record = record;
    else delete draft.record;
    for (const rec of draft.recommendations) {
      for (const action of rec.actions) {
        const status = STATUSES[action.id];
        if (status) action.status = structuredClone(status);
        else delete action.status;
      }
    }
  });
}

/** A copy with a status of 40 words for every one of its 16 actions: the tallest record the data allows. */
function fullyScoredBrief(): Brief {
  const states = ['adopted', 'in-progress', 'proposed', 'not-adopted'] as const;
  const note = Array.from({ length: 40 }, () => 'word').join(' ');
  return briefWith((draft) => {
    addSources(draft);
    draft.record = {
      asOf: '2026-12-01',
      by: 'public-sources',
      note: 'One sentence on how the record is kept.',
    };
    let i = 0;
    for (const rec of draft.recommendations) {
      for (const action of rec.actions) {
        action.status = {
          state: states[i % 4]!,
          date: '2025-01-15',
          note,
          sourceIds: ['test-wire-report', 'test-ministry-note'],
        };
        i += 1;
      }
    }
  });
}

function root(el: Checklist): ShadowRoot {
  return el.shadowRoot!;
}

function parts(el: Checklist, name: string): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

function partText(el: Checklist, name: string): string {
  const found = root(el).querySelector(`[part~="${name}"]`);
  return found ? textOf(found) : '';
}

function shown(element: Element | null): boolean {
  return element !== null && getComputedStyle(element).display !== 'none';
}

/** The row of action `id`. */
function row(el: Checklist, id: string): HTMLElement {
  const text = root(el).getElementById(`text-${id}`);
  if (!text) throw new Error(`no row for ${id}`);
  return text.closest('li')!;
}

async function click(el: Checklist, target: Element): Promise<void> {
  (target as HTMLElement).click();
  await el.updateComplete;
}

/** Opens recommendation `n` (1-based) with a click on its title. */
async function openRec(el: Checklist, n: number): Promise<void> {
  await click(el, parts(el, 'recommendation-title')[n - 1]!);
}

async function checklist(brief?: Brief, attributes: { readonly?: boolean; lang?: string } = {}) {
  const wrapper = await fixture<HTMLElement>(html`
    <div style="width: 650px">
      <brief-recommendation-checklist
        lang=${attributes.lang ?? 'en'}
        ?readonly=${attributes.readonly ?? false}
        .brief=${brief}
      ></brief-recommendation-checklist>
    </div>
  `);
  const el = wrapper.querySelector('brief-recommendation-checklist')!;
  await el.updateComplete;
  return el;
}

beforeEach(() => {
  localStorage.clear();
});

afterEach(async () => {
  localStorage.clear();
  window.dispatchEvent(new Event('afterprint'));
  await emulateMedia({ media: 'screen' });
});

describe('<brief-recommendation-checklist> compact layout and record', () => {
  describe('compact by default', () => {
    it('is at most 1,300 px tall in a 650 px column with the bundled brief, and with a status on every action', async () => {
      const bundled = await checklist();
      expect(bundled.getBoundingClientRect().height).to.be.at.most(1300);
      const full = await checklist(fullyScoredBrief());
      expect(full.getBoundingClientRect().height).to.be.at.most(1300);
      expect(parts(full, 'action'), 'every recommendation folded').to.have.length(0);
    });

    it('shows each folded recommendation’s number, title, who it is addressed to, the reader’s progress and the record’s counts', async () => {
      const el = await checklist(scoredBrief());
      const titles = parts(el, 'recommendation-title');
      expect(titles.map((title) => title.getAttribute('aria-expanded'))).to.deep.equal(
        Array(6).fill('false'),
      );
      expect(textOf(titles[0]!)).to.equal('1. Secure the Southwest Border from the U.S. Side, Period.');
      const first = parts(el, 'recommendation')[0]!;
      expect(textOf(first.querySelector('.rec__actors')!)).to.equal(
        'Addressed to Biden Administration, Congress, and U.S. border states',
      );
      expect(parts(el, 'recommendation-progress').map((item) => textOf(item))).to.deep.equal([
        '0 of 4 ticked',
        '0 of 3 ticked',
        '0 of 3 ticked',
        '0 of 4 ticked',
        '0 of 1 ticked',
        '0 of 1 ticked',
      ]);
      expect(parts(el, 'recommendation-status').map((item) => textOf(item))).to.deep.equal([
        'Record: ✓ 1 adopted ◐ 1 in progress – 2 no record',
        'Record: ◐ 1 in progress – 2 no record',
        'Record: ○ 1 proposed – 2 no record',
        'Record: – 4 no record',
        'Record: – 1 no record',
        'Record: ✕ 1 not adopted',
      ]);
      await expect(el).to.be.accessible();
    });

    it('opens one recommendation with one click and shows its actions, each status with its state word and date', async () => {
      const el = await checklist(scoredBrief());
      await openRec(el, 1);
      const recs = parts(el, 'recommendation');
      expect(recs[0]!.querySelectorAll('[part~="action"]')).to.have.length(4);
      expect(parts(el, 'action')).to.have.length(4);
      const state = (id: string) => textOf(row(el, id).querySelector('.status__state')!);
      expect(state('rec-1-a')).to.equal('Record: ✓ Adopted · Mar 2025');
      expect(state('rec-1-b')).to.equal('Record: ◐ In progress · Apr 2024');
      expect(state('rec-1-c')).to.equal('Record: – No record yet');
      expect(row(el, 'rec-1-a').querySelector('time')!.getAttribute('datetime')).to.equal('2025-03-14');
      await openRec(el, 6);
      expect(state('rec-6-a')).to.equal('Record: ✕ Not adopted · Jul 2022');
      await openRec(el, 3);
      expect(state('rec-3-b')).to.equal('Record: ○ Proposed · Sep 2023');
      // The reader's tick changes their progress, never the record.
      await click(el, row(el, 'rec-1-c').querySelector('.action__text')!);
      expect(textOf(parts(el, 'recommendation-progress')[0]!)).to.equal('1 of 4 ticked');
      expect(textOf(parts(el, 'recommendation-status')[0]!)).to.equal(
        'Record: ✓ 1 adopted ◐ 1 in progress – 2 no record',
      );
      expect(state('rec-1-c')).to.equal('Record: – No record yet');
      await expect(el).to.be.accessible();
    });

    it('keeps the reader’s checkbox on the left, outside the record, in the accent colour', async () => {
      const el = await checklist(scoredBrief());
      await openRec(el, 1);
      const box = row(el, 'rec-1-a').querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      const status = row(el, 'rec-1-a').querySelector('[part~="status"]')!;
      expect(status.contains(box)).to.equal(false);
      expect(box.closest('label')!.contains(status)).to.equal(false);
      expect(box.getBoundingClientRect().left).to.be.below(status.getBoundingClientRect().left);
      // The light theme's accent, not a status colour (host.styles.ts).
      expect(getComputedStyle(box).accentColor).to.equal('rgb(10, 88, 168)');
      expect(partText(el, 'progress')).to.contain('Your checklist');
    });
  });

  describe('the record', () => {
    it('says what the record is, with the as-of date from the data', async () => {
      const el = await checklist(scoredBrief({ asOf: '2026-12-01', by: 'public-sources' }));
      expect(textOf(root(el).querySelector('.record__label')!)).to.equal(
        'Record since the brief, compiled from public sources, as of December 1, 2026',
      );
      const older = await checklist(scoredBrief({ asOf: '2019-05-03', by: 'public-sources' }));
      expect(textOf(root(older).querySelector('.record__label')!)).to.equal(
        'Record since the brief, compiled from public sources, as of May 3, 2019',
      );
      const publisher = await checklist(
        scoredBrief({ asOf: '2026-12-01', by: 'publisher', note: 'Updated by our editors each quarter.' }),
      );
      expect(textOf(root(publisher).querySelector('.record__label')!)).to.equal(
        'The publisher’s record, as of December 1, 2026',
      );
      expect(partText(publisher, 'record')).to.contain('Updated by our editors each quarter.');
      await expect(publisher).to.be.accessible();
    });

    it('lets the statuses speak with their own dates when the brief does not say who keeps the record', async () => {
      const el = await checklist(scoredBrief(null));
      expect(textOf(root(el).querySelector('.record__label')!)).to.equal(
        'Status of the 16 actions since the brief',
      );
      expect(partText(el, 'record')).not.to.contain('as of');
      await openRec(el, 1);
      expect(textOf(row(el, 'rec-1-a').querySelector('.status__state')!)).to.equal(
        'Record: ✓ Adopted · Mar 2025',
      );
    });

    it('sums the record up by status in a fixed order, in words, with a stacked bar of the same counts', async () => {
      const el = await checklist(scoredBrief());
      const items = [...parts(el, 'status-summary')[0]!.querySelectorAll('li')].map((li) => textOf(li));
      expect(items).to.deep.equal([
        '✓ 1 adopted',
        '◐ 2 in progress',
        '○ 1 proposed',
        '✕ 1 not adopted',
        '– 11 no record',
      ]);
      const rects = [...root(el).querySelectorAll('.summary-bar rect')];
      expect(rects.map((rect) => [rect.getAttribute('x'), rect.getAttribute('width')])).to.deep.equal([
        ['0', '1'],
        ['1', '2'],
        ['3', '1'],
        ['4', '1'],
        ['5', '11'],
      ]);
      expect(root(el).querySelector('.summary-bar')!.getAttribute('viewBox')).to.equal('0 0 16 1');
      expect(root(el).querySelector('.summary-bar')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows a plain row of counts, without a bar, under ten actions', async () => {
      const brief = scoredBrief();
      brief.recommendations = brief.recommendations.slice(4);
      const el = await checklist(brief);
      expect(partText(el, 'status-summary')).to.equal('✕ 1 not adopted – 1 no record');
      expect(root(el).querySelector('.summary-bar') === null, 'no bar for two actions').to.equal(true);
    });

    it('opens “What happened” with a click: the note, and each source with its link, who, when and how sure', async () => {
      const el = await checklist(scoredBrief());
      await openRec(el, 1);
      const toggle = row(el, 'rec-1-a').querySelector<HTMLButtonElement>('[part~="status-toggle"]')!;
      expect(textOf(toggle)).to.equal('What happened');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const panel = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(panel.hidden).to.equal(true);
      await click(el, toggle);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.equal(false);
      expect(textOf(panel.querySelector('.status__note')!)).to.equal('Construction restarted in March 2025.');
      const sources = [...panel.querySelectorAll('li')];
      expect(sources.map((li) => li.querySelector('a')!.getAttribute('href'))).to.deep.equal([
        'https://example.org/wire-report',
        'https://example.org/ministry-note',
      ]);
      expect(textOf(sources[0]!.querySelector('.status__meta')!)).to.equal(
        '— Wire Service via The Daily Record, March 15, 2025 · high confidence',
      );
      expect(textOf(sources[1]!.querySelector('.status__meta')!)).to.equal(
        '— Ministry of Records · medium confidence',
      );
      await expect(el).to.be.accessible();
      await click(el, toggle);
      expect(panel.hidden).to.equal(true);
      expect(panel.querySelector('a') === null, 'closed again').to.equal(true);
    });

    it('opens “What happened” with Enter from the keyboard', async () => {
      const el = await checklist(scoredBrief());
      await openRec(el, 6);
      const toggle = row(el, 'rec-6-a').querySelector<HTMLButtonElement>('[part~="status-toggle"]')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(textOf(row(el, 'rec-6-a'))).to.contain('The meeting took place on July 12, 2022.');
    });

    it('speaks Spanish for everything new', async () => {
      const el = await checklist(scoredBrief(), { lang: 'es' });
      expect(textOf(root(el).querySelector('.record__label')!)).to.equal(
        'Registro desde el informe, elaborado con fuentes públicas, al 1 de diciembre de 2026',
      );
      expect(partText(el, 'status-summary')).to.equal(
        '✓ 1 adoptada ◐ 2 en curso ○ 1 propuesta ✕ 1 no adoptada – 11 sin registro',
      );
      expect(partText(el, 'progress')).to.contain('Su lista');
      expect(textOf(parts(el, 'recommendation-status')[0]!)).to.equal(
        'Registro: ✓ 1 adoptada ◐ 1 en curso – 2 sin registro',
      );
      await openRec(el, 1);
      expect(textOf(parts(el, 'recommendation')[0]!.querySelector('.rec__actors')!)).to.equal(
        'Dirigida a Biden Administration, Congress y U.S. border states',
      );
      expect(textOf(row(el, 'rec-1-a').querySelector('.status__state')!)).to.equal(
        'Registro: ✓ Adoptada · mar 2025',
      );
      expect(textOf(row(el, 'rec-1-c').querySelector('.status__state')!)).to.equal(
        'Registro: – Aún sin registro',
      );
      const toggle = row(el, 'rec-1-a').querySelector<HTMLButtonElement>('[part~="status-toggle"]')!;
      expect(textOf(toggle)).to.equal('Qué pasó');
      await click(el, toggle);
      expect(textOf(row(el, 'rec-1-a').querySelector('.status__meta')!)).to.equal(
        '— Wire Service vía The Daily Record, 15 de marzo de 2025 · confianza alta',
      );
      const publisher = await checklist(scoredBrief({ asOf: '2026-12-01', by: 'publisher' }), { lang: 'es' });
      expect(textOf(root(publisher).querySelector('.record__label')!)).to.equal(
        'Registro del editor, al 1 de diciembre de 2026',
      );
      await expect(el).to.be.accessible();
    });

    it('reads as a scorecard in read-only mode: the record, its counts per recommendation, each action’s status', async () => {
      const el = await checklist(scoredBrief(), { readonly: true });
      expect(partText(el, 'title')).to.equal('Where the recommendations stand');
      expect(partText(el, 'status-summary')).to.equal(
        '✓ 1 adopted ◐ 2 in progress ○ 1 proposed ✕ 1 not adopted – 11 no record',
      );
      expect(parts(el, 'recommendation-progress')).to.have.length(0);
      expect(textOf(parts(el, 'recommendation-status')[0]!)).to.equal(
        'Record: ✓ 1 adopted ◐ 1 in progress – 2 no record',
      );
      // Each recommendation's counts as a small bar too: 1 adopted, 1 in progress, 2 with no record.
      const bar = parts(el, 'recommendation-status')[0]!.querySelector('svg')!;
      expect([...bar.querySelectorAll('rect')].map((rect) => rect.getAttribute('width'))).to.deep.equal([
        '1',
        '1',
        '2',
      ]);
      await expect(el).to.be.accessible();
      await openRec(el, 1);
      expect(root(el).querySelectorAll('input')).to.have.length(0);
      expect(textOf(row(el, 'rec-1-a').querySelector('.status__state')!)).to.equal(
        'Record: ✓ Adopted · Mar 2025',
      );
      await click(el, row(el, 'rec-1-a').querySelector('[part~="status-toggle"]')!);
      expect(textOf(row(el, 'rec-1-a'))).to.contain('Construction restarted in March 2025.');
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme with a recommendation and its details open', async () => {
      const el = await checklist(scoredBrief());
      el.theme = 'dark';
      await el.updateComplete;
      await openRec(el, 1);
      await click(el, row(el, 'rec-1-a').querySelector('[part~="status-toggle"]')!);
      await click(el, row(el, 'rec-1-b').querySelector('.action__text')!);
      expect(getComputedStyle(parts(el, 'base')[0]!).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    });
  });

  describe('print', () => {
    async function printed(el: Checklist): Promise<void> {
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
    }

    it('prints every action with the reader’s tick as ☑ or ☐ and the record’s status and date, without the controls', async () => {
      const el = await checklist(scoredBrief());
      await openRec(el, 1);
      await click(el, row(el, 'rec-1-b').querySelector('.action__text')!);
      await click(el, row(el, 'rec-1-a').querySelector('[part~="status-toggle"]')!);
      await openRec(el, 1);
      await printed(el);
      const rows = parts(el, 'action').filter(shown);
      expect(rows).to.have.length(16);
      const marks = rows.map((item) => item.querySelector('.action__mark')!);
      expect(marks.every(shown), 'a mark on every row').to.equal(true);
      expect(marks.map((mark) => textOf(mark)).join('')).to.equal('☐☑☐☐☐☐☐☐☐☐☐☐☐☐☐☐');
      expect(
        rows.some((item) => shown(item.querySelector('input'))),
        'no empty box on paper',
      ).to.equal(false);
      expect(textOf(row(el, 'rec-1-a').querySelector('.status__state')!)).to.equal(
        'Record: ✓ Adopted · Mar 2025',
      );
      expect(shown(row(el, 'rec-6-a').querySelector('.status__state'))).to.equal(true);
      for (const name of ['tools', 'filters', 'status-toggle', 'share']) {
        expect(parts(el, name).some(shown), `${name} on paper`).to.equal(false);
      }
      expect(shown(parts(el, 'record')[0]!)).to.equal(true);
      expect(textOf(root(el).querySelector('.print-legend')!)).to.equal(
        '☑ ticked in your checklist, ☐ not ticked',
      );
      expect(shown(root(el).querySelector('.print-legend'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('draws the legend and the ☑/☐ marks for paper only while the page prints', async () => {
      const el = await checklist(scoredBrief());
      await openRec(el, 1);
      await click(el, row(el, 'rec-1-b').querySelector('.action__text')!);
      const legend = () => root(el).querySelector('.print-legend');
      const marks = () => [...root(el).querySelectorAll('.action__mark')].map((mark) => textOf(mark));
      // On screen the reader sees the checkboxes: no legend, no marks in the page at all.
      expect(legend() === null, 'no legend on screen').to.equal(true);
      expect(marks()).to.deep.equal([]);
      await printed(el);
      expect(textOf(legend()!)).to.equal('☑ ticked in your checklist, ☐ not ticked');
      // Every row of every recommendation prints, rec-1-b ticked.
      expect(marks().join('')).to.equal('☐☑☐☐☐☐☐☐☐☐☐☐☐☐☐☐');
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      await emulateMedia({ media: 'screen' });
      expect(legend() === null, 'the legend goes after printing').to.equal(true);
      // rec-1 is still open: its four rows stay, without marks.
      expect(parts(el, 'action')).to.have.length(4);
      expect(marks()).to.deep.equal([]);
    });

    it('prints notes only where the reader opened them, with their sources’ URLs', async () => {
      const el = await checklist(scoredBrief());
      await openRec(el, 1);
      await click(el, row(el, 'rec-1-a').querySelector('[part~="status-toggle"]')!);
      await printed(el);
      const opened = row(el, 'rec-1-a').querySelector('[part~="status-details"]')!;
      expect(shown(opened)).to.equal(true);
      expect(textOf(opened)).to.contain('Construction restarted in March 2025.');
      const urls = [...opened.querySelectorAll('.status__url')].filter(shown).map((url) => textOf(url));
      expect(urls).to.deep.equal(['https://example.org/wire-report', 'https://example.org/ministry-note']);
      const closed = row(el, 'rec-6-a').querySelector('[part~="status-details"]')!;
      expect(shown(closed)).to.equal(false);
      expect(textOf(el)).not.to.contain('The meeting took place on July 12, 2022.');
    });

    it('prints a read-only tracker without marks: the record alone', async () => {
      const el = await checklist(scoredBrief(), { readonly: true });
      await printed(el);
      const rows = parts(el, 'action').filter(shown);
      expect(rows).to.have.length(16);
      expect(root(el).querySelector('.action__mark') === null, 'no tick marks').to.equal(true);
      expect(shown(root(el).querySelector('.print-legend'))).to.equal(false);
      expect(textOf(row(el, 'rec-6-a').querySelector('.status__state')!)).to.equal(
        'Record: ✕ Not adopted · Jul 2022',
      );
      await expect(el).to.be.accessible();
    });
  });
});
