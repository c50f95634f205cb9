import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { TimelineEvent } from '../../src/data/index.js';
import { usMexico2022 } from '../../src/data/index.js';
import type { Brief } from '../../src/data/index.js';
import { expectConsole } from '../helpers/console.js';
import { briefCopy, briefWith, nextEvent, textOf } from '../helpers/fixtures.js';
import {
  button,
  click,
  focusedId,
  milestone,
  milestones,
  overlapping,
  part,
  phases,
  press,
  settle,
  shadow,
  timelineAt,
  notRealized,
  realized,
  timeline,
} from '../helpers/timeline.js';

/*
 * The element as a whole: accessibility in every state, keyboard and pointer, events,
 * errors, parts. The list of phases is brief-timeline.list.test.ts, the axis
 * brief-timeline.axis.test.ts, paper brief-timeline.print.test.ts.
 */
const sourceById = new Map(usMexico2022.sources.map((source) => [source.id, source]));
const allEvents = [...timeline.events, ...timeline.scenarios.flatMap((scenario) => scenario.events)];

function manyEvents(count: number): TimelineEvent[] {
  const start = Date.UTC(1994, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  return Array.from({ length: count }, (_, i) => ({
    id: `event-${String(i)}`,
    date: new Date(start + Math.floor((span * i) / count / 86_400_000) * 86_400_000)
      .toISOString()
      .slice(0, 10),
    precision: 'day' as const,
    title: `Milestone number ${String(i)}`,
    category: ['agreement', 'dispute', 'labor', 'review'][i % 4]!,
    sourceIds: [],
  }));
}

describe('<brief-timeline>', () => {
  describe('accessibility', () => {
    it('is accessible as a list of phases in a 650 px column, folded and all open', async () => {
      const el = await timelineAt(650);
      expect(part(el, 'list') !== null, 'present').to.equal(true);
      await expect(el).to.be.accessible();
      await click(el, button(el, 'Show all phases'));
      await expect(el).to.be.accessible();
    });

    it('is accessible as an axis, at 650 px and on a wide page', async () => {
      for (const width of [650, 1000]) {
        const el = await timelineAt(
          width,
          html`<brief-timeline now="2026-11-28" layout="horizontal"></brief-timeline>`,
        );
        expect(part(el, 'plot') !== null, 'present').to.equal(true);
        await expect(el).to.be.accessible();
      }
    });

    it('is accessible with a detail panel open, in both layouts', async () => {
      for (const layout of ['horizontal', 'vertical']) {
        const el = await timelineAt(
          650,
          html`<brief-timeline now="2026-11-28" layout=${layout}></brief-timeline>`,
        );
        await click(el, milestone(el, 'usmca-expiry-2036'));
        expect(part(el, 'detail') !== null, 'present').to.equal(true);
        await expect(el).to.be.accessible();
      }
    });

    it('is accessible pinned before the review, filtered, in Spanish and dark', async () => {
      for (const layout of ['horizontal', 'vertical']) {
        const el = await timelineAt(
          650,
          html`<brief-timeline
            now="2026-03-01"
            categories="review,agreement"
            lang="es"
            theme="dark"
            layout=${layout}
          ></brief-timeline>`,
        );
        await expect(el).to.be.accessible();
      }
    });

    it('gives the axis and the overview a text alternative, and each milestone a full name', async () => {
      const el = await timelineAt(1000);
      const axis = part(el, 'axis')!;
      expect(axis.getAttribute('role')).to.equal('img');
      expect(axis.getAttribute('aria-label')).to.equal(
        'Time axis from April 2026 to September 2042. Today, November 28, 2026, is marked. ' +
          `After July 1, 2026 the timeline forks: Realized: ${realized.title}; Road not taken: ${notRealized.title}.`,
      );
      const overview = part(el, 'overview')!.querySelector('svg')!;
      expect(overview.getAttribute('aria-label')).to.equal(
        'The whole timeline, 1992 to 2044, in 5 phases. Today, November 28, 2026, is marked. ' +
          'The axis shows April 2026 to September 2042.',
      );
      const name = textOf(milestone(el, 'usmca-expiry-2036'));
      for (const words of ['USMCA expires', 'July 1, 2036', 'Scheduled', 'Agreement', realized.title]) {
        expect(name).to.contain(words);
      }
      expect(textOf(milestone(el, 'joint-review-2026'))).to.contain('Branch point');
    });
  });

  describe('rendering', () => {
    it('sorts events given out of order', async () => {
      const brief = briefWith((draft) => draft.timeline!.events.reverse());
      const el = await timelineAt(
        650,
        html`<brief-timeline .brief=${brief} now="2026-11-28" layout="vertical"></brief-timeline>`,
      );
      await click(el, button(el, 'Show all phases'));
      const ids = milestones(el).map((entry) => entry.dataset['id']);
      expect(ids[0]).to.equal('nafta-in-force');
      expect(ids.indexOf('usmca-signed')).to.be.below(ids.indexOf('usmca-in-force'));
    });

    it('renders markup in the data as text', async () => {
      const brief = briefWith((draft) => {
        draft.timeline!.events[0]!.title = '<img src=x onerror=alert(1)>NAFTA';
      });
      const el = await timelineAt(650, html`<brief-timeline .brief=${brief}></brief-timeline>`);
      expect(shadow(el).querySelector('img') === null, 'folded').to.equal(true);
      await click(el, button(el, 'Show all phases'));
      expect(shadow(el).querySelector('img') === null, 'open').to.equal(true);
      expect(textOf(milestone(el, 'nafta-in-force'))).to.contain('<img src=x onerror=alert(1)>NAFTA');
    });

    it('renders 10,000 events on the axis without overlap, gathering the crowd into clusters', async () => {
      const brief = briefWith((draft) => {
        draft.timeline!.events = manyEvents(10000);
        draft.timeline!.scenarios = [];
        delete draft.timeline!.phases;
      });
      const el = await timelineAt(
        1000,
        html`<brief-timeline .brief=${brief} now="2025-11-28"></brief-timeline>`,
      );
      expect(milestones(el).length).to.be.greaterThan(0).and.below(200);
      expect(overlapping(milestones(el))).to.equal(null);
      await click(el, button(el, 'Show all'));
      expect(shadow(el).querySelectorAll('.cluster').length).to.be.greaterThan(0);
      expect(overlapping(milestones(el))).to.equal(null);
      expect(textOf(shadow(el).querySelector('.status')!)).to.contain('Showing 10,000 of 10,000 milestones');
    });

    it('renders 10,000 events as a list, each phase page by page, every one reachable with End', async () => {
      const brief = briefWith((draft) => {
        draft.timeline!.events = manyEvents(10000);
        draft.timeline!.scenarios = [];
        delete draft.timeline!.phases;
      });
      const el = await timelineAt(
        320,
        html`<brief-timeline .brief=${brief} now="2026-11-28"></brief-timeline>`,
      );
      // Decades 1990s, 2000s, 2010s, 2020s: the 2020s, open, render their first 200 rows; folded decades none.
      expect(phases(el).map((phase) => phase.heading)).to.deep.equal([
        '1994–1999 1,875 milestones',
        '2000–2009 3,125 milestones',
        '2010–2019 3,125 milestones',
        '2020–2025 1,875 milestones Today',
      ]);
      expect(milestones(el)).to.have.length(200);
      milestones(el)
        .find((entry) => entry.tabIndex === 0)!
        .focus();
      await press(el, 'End');
      expect(focusedId(el)).to.equal('event-9999');
    });
  });

  describe('filter', () => {
    it('hides a category when the reader unticks it, and says how many are shown', async () => {
      const el = await timelineAt(650);
      await click(el, button(el, 'Show all phases'));
      const labor = shadow(el).querySelector<HTMLInputElement>('input[value="labor"]')!;
      await click(el, labor);
      const laborCount = allEvents.filter((event) => event.category === 'labor').length;
      expect(milestones(el)).to.have.length(allEvents.length - laborCount);
      expect(shadow(el).querySelector('[data-id="rrm-gm-silao"]')).to.equal(null);
      const status = shadow(el).querySelector('.status')!;
      expect(textOf(status)).to.equal(
        `Showing ${String(allEvents.length - laborCount)} of ${String(allEvents.length)} milestones`,
      );
      expect(status.classList.contains('visually-hidden')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('starts with the categories named in the attribute', async () => {
      const el = await timelineAt(
        1000,
        html`<brief-timeline categories="review" now="2026-11-28"></brief-timeline>`,
      );
      await click(el, button(el, 'Show all'));
      const shown = milestones(el).map((entry) => entry.dataset['id']!);
      const categories = new Set(shown.map((id) => allEvents.find((event) => event.id === id)!.category));
      expect([...categories]).to.deep.equal(['review']);
      expect(shadow(el).querySelector<HTMLInputElement>('input[value="labor"]')!.checked).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('moves between milestones with the arrow keys, Home and End, opening the phases it enters', async () => {
      const el = await timelineAt(650);
      const tabbable = milestones(el).filter((entry) => entry.tabIndex === 0);
      expect(tabbable).to.have.length(1);
      tabbable[0]!.focus();
      await press(el, 'Home');
      expect(focusedId(el)).to.equal('nafta-in-force');
      expect(phases(el)[0]!.open).to.equal(true);
      await press(el, 'ArrowDown');
      expect(focusedId(el)).to.equal('us-mexico-preliminary-agreement');
      expect(phases(el)[1]!.open).to.equal(true);
      await press(el, 'ArrowRight');
      expect(focusedId(el)).to.equal('notice-of-intent-to-sign');
      await press(el, 'ArrowUp');
      expect(focusedId(el)).to.equal('us-mexico-preliminary-agreement');
      await press(el, 'End');
      expect(focusedId(el)).to.equal('term-to-2042');
    });

    it('walks the whole axis with the arrow keys, panning to milestones out of view', async () => {
      const el = await timelineAt(1000);
      shadow(el).querySelector<HTMLButtonElement>('[part~="milestone"][tabindex="0"]')!.focus();
      await press(el, 'Home');
      expect(focusedId(el)).to.equal('nafta-in-force');
      const seen = ['nafta-in-force'];
      for (let i = 1; i < allEvents.length; i += 1) {
        await press(el, 'ArrowRight');
        seen.push(focusedId(el)!);
      }
      expect(new Set(seen).size).to.equal(allEvents.length);
      expect(seen[seen.length - 1]).to.equal(notRealized.events[notRealized.events.length - 1]!.id);
    });

    it('opens the detail panel with Enter and returns focus with Escape', async () => {
      const el = await timelineAt(1000);
      const review = milestone(el, 'joint-review-2026');
      review.focus();
      const selected = nextEvent(el, 'brief-select');
      await press(el, 'Enter');
      const event = await selected;
      expect(event.id).to.equal('joint-review-2026');
      const detail = part(el, 'detail')!;
      expect(textOf(detail)).to.contain('July 1, 2026');
      expect(textOf(detail)).to.contain(sourceById.get('hk-2026-07-02')!.title);
      expect(shadow(el).activeElement?.id).to.equal('detail-title');
      expect(review.getAttribute('aria-expanded')).to.equal('true');
      await press(el, 'Escape');
      expect(part(el, 'detail')).to.equal(null);
      expect(focusedId(el)).to.equal('joint-review-2026');
    });

    it('zooms with + and − on a focused milestone', async () => {
      const el = await timelineAt(1000);
      const label = () => part(el, 'axis')!.getAttribute('aria-label');
      const before = label();
      milestone(el, 'usmca-expiry-2036').focus();
      await press(el, 'Equal');
      await press(el, 'Equal');
      expect(label()).not.to.equal(before);
      expect(focusedId(el)).to.equal('usmca-expiry-2036');
      await press(el, 'Minus');
      await press(el, 'Minus');
      expect(label()).to.equal(before);
    });
  });

  describe('pointer', () => {
    it('pans when the reader drags the axis, without opening a milestone', async () => {
      const el = await timelineAt(1000);
      const label = () => part(el, 'axis')!.getAttribute('aria-label');
      const before = label();
      const plot = part(el, 'plot')!.getBoundingClientRect();
      const y = Math.round(plot.top + 10);
      let fired = false;
      el.addEventListener('brief-select', () => (fired = true));
      await sendMouse({ type: 'move', position: [Math.round(plot.left + 600), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(plot.left + 300), y] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expect(label()).not.to.equal(before);
      expect(fired).to.equal(false);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('zooms with Ctrl + wheel and leaves a plain wheel to the page', async () => {
      const el = await timelineAt(1000);
      const plot = part(el, 'plot')!;
      const label = () => part(el, 'axis')!.getAttribute('aria-label');
      const before = label();
      const plain = new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true });
      plot.dispatchEvent(plain);
      await el.updateComplete;
      expect(plain.defaultPrevented).to.equal(false);
      expect(label()).to.equal(before);
      const zoom = new WheelEvent('wheel', {
        deltaY: -500,
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
        clientX: 500,
      });
      plot.dispatchEvent(zoom);
      await el.updateComplete;
      expect(zoom.defaultPrevented).to.equal(true);
      expect(label()).not.to.equal(before);
    });
  });

  describe('events', () => {
    it('fires brief-select with the milestone when a reader clicks it', async () => {
      const el = await timelineAt(1000);
      const selected = nextEvent(el, 'brief-select');
      milestone(el, 'usmca-expiry-2036').click();
      const event = await selected;
      expect(event.id).to.equal('usmca-expiry-2036');
      expect(event.event.title).to.equal('USMCA expires');
      expect(event.scenarioId).to.equal(realized.id);
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('does not fire brief-select when properties change', async () => {
      const el = await timelineAt(1000);
      let fired = false;
      el.addEventListener('brief-select', () => (fired = true));
      el.now = '2026-03-01';
      el.categories = 'review';
      el.layout = 'vertical';
      await settle(el);
      expect(fired).to.equal(false);
    });

    it('downloads the upcoming milestones of the realized path as an .ics file', async () => {
      const el = await timelineAt(650);
      const blobs: Blob[] = [];
      const create = URL.createObjectURL.bind(URL);
      let filename = '';
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return create(blob);
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        filename = this.download;
      };
      try {
        expect(textOf(part(el, 'calendar')!)).to.equal('Add to my calendar (2 upcoming)');
        part(el, 'calendar')!.click();
        // The calendar's code loads on the first click: the file follows it.
        await waitUntil(() => filename !== '', 'no download started');
      } finally {
        URL.createObjectURL = create;
        delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click;
      }
      expect(filename).to.equal('usmca-2026-review.ics');
      const text = await blobs[0]!.text();
      expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
      const uids = text.match(/^UID:.*$/gm)!.map((line) => line.trim());
      expect(uids).to.deep.equal([
        'UID:first-annual-review-2027.usmca-2026-review@briefing-widgets',
        'UID:usmca-expiry-2036.usmca-2026-review@briefing-widgets',
      ]);
      expect(text).not.to.contain('term-to-2042');
      expect(text).to.contain('DTSTART;VALUE=DATE:20360701');
    });
  });

  describe('errors', () => {
    async function failing(brief: Brief | undefined, attrs: { now?: string; categories?: string } = {}) {
      const messages = expectConsole(1);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <brief-timeline
            .brief=${brief}
            now=${attrs.now ?? '2026-11-28'}
            categories=${attrs.categories ?? ''}
          ></brief-timeline>
        </div>`,
      );
      const el = wrapper.querySelector('brief-timeline')!;
      await el.updateComplete;
      return { el, messages };
    }

    it('names the field when the brief has no timeline', async () => {
      const brief = briefWith((draft) => {
        delete draft.timeline;
      });
      const { el, messages } = await failing(brief);
      expect(textOf(part(el, 'error')!)).to.contain('timeline: is missing');
      expect(messages[0]!.text).to.contain('timeline');
      await expect(el).to.be.accessible();
    });

    it('names `now` when it is not a real date', async () => {
      const { el } = await failing(undefined, { now: '2026-02-30' });
      expect(textOf(part(el, 'error')!)).to.contain('now: must be a date written YYYY-MM-DD');
    });

    it('names `categories` when it lists an unknown category', async () => {
      const { el } = await failing(undefined, { categories: 'review,trade' });
      expect(textOf(part(el, 'error')!)).to.contain('no category with id "trade"');
    });

    it('names the scenario whose branchFrom is missing, and duplicate ids', async () => {
      const brief = briefWith((draft) => {
        draft.timeline!.scenarios[0]!.branchFrom = 'no-such-event';
        draft.timeline!.events[1]!.id = draft.timeline!.events[0]!.id;
      });
      const { el } = await failing(brief);
      const text = textOf(part(el, 'error')!);
      expect(text).to.contain('timeline.scenarios[0].branchFrom');
      expect(text).to.contain('timeline.events[1].id: duplicate id "nafta-in-force"');
    });

    it('names an impossible date', async () => {
      const brief = briefCopy();
      brief.timeline!.events[2]!.date = '2018-02-31';
      const { el } = await failing(brief);
      expect(textOf(part(el, 'error')!)).to.contain('timeline.events[2].date');
    });
  });

  describe('parts and theming', () => {
    it('exposes its parts in both layouts and reflects theme and layout', async () => {
      const axis = await timelineAt(
        1000,
        html`<brief-timeline theme="dark" now="2026-11-28"></brief-timeline>`,
      );
      for (const name of ['base', 'title', 'toolbar', 'switch', 'filter', 'overview', 'plot', 'axis']) {
        expect(part(axis, name) !== null, name).to.equal(true);
      }
      for (const name of ['milestone', 'paths', 'path', 'path--realized', 'path--not-realized', 'calendar']) {
        expect(part(axis, name) !== null, name).to.equal(true);
      }
      expect(axis.getAttribute('theme')).to.equal('dark');
      expect(axis.getAttribute('layout')).to.equal('auto');
      expect(getComputedStyle(part(axis, 'base')!).backgroundColor).to.equal('rgb(22, 27, 34)');
      const list = await timelineAt(650);
      for (const name of ['list', 'phase', 'today', 'milestone', 'paths', 'path', 'overview', 'switch']) {
        expect(part(list, name) !== null, name).to.equal(true);
      }
    });

    it('uses the heading level it is given, the phases one below', async () => {
      const el = await timelineAt(650, html`<brief-timeline heading-level="2"></brief-timeline>`);
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
      expect(shadow(el).querySelector('.phase__heading')!.getAttribute('aria-level')).to.equal('3');
    });
  });
});
