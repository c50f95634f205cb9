import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/brief-timeline/brief-timeline.js';
import type { BriefTimeline } from '../../src/components/brief-timeline/brief-timeline.js';
import type { Brief, TimelineEvent } from '../../src/data/index.js';
import { usMexico2022 } from '../../src/data/index.js';
import { expectConsole } from '../helpers/console.js';
import { briefCopy, briefWith, nextEvent, textOf } from '../helpers/fixtures.js';

const timeline = usMexico2022.timeline!;
const realized = timeline.scenarios.find((scenario) => scenario.outcome === 'realized')!;
const notRealized = timeline.scenarios.find((scenario) => scenario.outcome === 'not-realized')!;
const sourceById = new Map(usMexico2022.sources.map((source) => [source.id, source]));
const allEvents = [...timeline.events, ...timeline.scenarios.flatMap((scenario) => scenario.events)];

/** A timeline in a container of the given width (px), as on a page. */
async function timelineAt(
  width: number,
  template = html`<brief-timeline now="2026-11-28"></brief-timeline>`,
) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.querySelector('brief-timeline')!;
  await el.updateComplete;
  return el;
}

function shadow(el: BriefTimeline): ShadowRoot {
  return el.shadowRoot!;
}

function part(el: BriefTimeline, name: string): HTMLElement | null {
  return shadow(el).querySelector(`[part~="${name}"]`);
}

function milestones(el: BriefTimeline): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="milestone"]')];
}

function milestone(el: BriefTimeline, id: string): HTMLButtonElement {
  const button = shadow(el).querySelector<HTMLButtonElement>(`[data-id="${id}"]`);
  if (!button) throw new Error(`no milestone button for ${id}`);
  return button;
}

function focusedId(el: BriefTimeline): string | undefined {
  return (shadow(el).activeElement as HTMLElement | null)?.dataset['id'];
}

async function press(el: BriefTimeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

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

/** True when two milestone boxes intersect on screen. */
function overlapping(buttons: HTMLElement[]): [string, string] | null {
  const boxes = buttons.map((button) => ({
    id: button.dataset['id'] ?? '',
    rect: button.getBoundingClientRect(),
  }));
  boxes.sort((a, b) => a.rect.left - b.rect.left);
  for (let i = 0; i < boxes.length; i += 1) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.rect.left < a.rect.right; j += 1) {
      const b = boxes[j]!;
      const apart =
        b.rect.left >= a.rect.right - 0.5 ||
        b.rect.top >= a.rect.bottom - 0.5 ||
        a.rect.top >= b.rect.bottom - 0.5;
      if (!apart) return [a.id, b.id];
    }
  }
  return null;
}

describe('<brief-timeline>', () => {
  describe('accessibility', () => {
    it('is accessible on a wide page (axis view)', async () => {
      const el = await timelineAt(1000);
      expect(part(el, 'plot') !== null, 'present').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('is accessible in a narrow column (list view)', async () => {
      const el = await timelineAt(320);
      expect(part(el, 'list') !== null, 'present').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('is accessible with a detail panel open, in both views', async () => {
      for (const width of [1000, 320]) {
        const el = await timelineAt(width);
        milestone(el, 'joint-review-2026').click();
        await el.updateComplete;
        expect(part(el, 'detail') !== null, 'present').to.equal(true);
        await expect(el).to.be.accessible();
      }
    });

    it('is accessible pinned before the review, filtered, in Spanish and dark', async () => {
      const el = await timelineAt(
        1000,
        html`<brief-timeline
          now="2026-03-01"
          categories="review,agreement"
          lang="es"
          theme="dark"
        ></brief-timeline>`,
      );
      await expect(el).to.be.accessible();
    });

    it('gives the axis a text label and each milestone a full accessible name', async () => {
      const el = await timelineAt(1000);
      const axis = part(el, 'axis')!;
      expect(axis.getAttribute('role')).to.equal('img');
      expect(axis.getAttribute('aria-label')).to.match(
        /Time axis from .+ 199\d to .+ 204\d\. Today, November 28, 2026, is marked\./,
      );
      const button = milestone(el, 'usmca-expiry-2036');
      const name = textOf(button);
      expect(name).to.contain('USMCA expires');
      expect(name).to.contain('July 1, 2036');
      expect(name).to.contain('Scheduled');
      expect(name).to.contain('Agreement');
      expect(name).to.contain(realized.title);
    });
  });

  describe('rendering', () => {
    it('shows every milestone of the brief in the list, main line in date order', async () => {
      const el = await timelineAt(320);
      const ids = milestones(el).map((button) => button.dataset['id']);
      expect(ids).to.have.length(allEvents.length);
      const main = ids.filter((id) => timeline.events.some((event) => event.id === id));
      const sorted = [...timeline.events]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((event) => event.id);
      expect(main).to.deep.equal(sorted);
      expect(textOf(part(el, 'list')!)).to.contain('Today: November 28, 2026');
    });

    it('shows dates at their precision, with "about" where approximate', async () => {
      const el = await timelineAt(320);
      expect(textOf(milestone(el, 'nafta-in-force'))).to.contain('January 1, 1994');
      expect(textOf(milestone(el, 'gm-corn-measures-ineffective'))).to.contain('February 2025');
      expect(textOf(milestone(el, 'next-joint-review-2032'))).to.contain('2032');
      expect(textOf(milestone(el, 'next-joint-review-2032'))).not.to.contain('July');
      expect(textOf(milestone(el, 'first-annual-review-2027'))).to.contain('about 2027');
    });

    it('splits past and upcoming at a pinned date before the review', async () => {
      const el = await timelineAt(320, html`<brief-timeline now="2026-03-01"></brief-timeline>`);
      expect(textOf(milestone(el, 'report-statutory-deadline'))).to.contain('Past');
      expect(textOf(milestone(el, 'recommendations-deadline-2026'))).to.contain('Scheduled');
      expect(textOf(milestone(el, 'joint-review-2026'))).to.contain('Scheduled');
      const list = textOf(part(el, 'list')!);
      // The today row sits between the last past and the first upcoming milestone.
      expect(list.indexOf('Today: March 1, 2026')).to.be.within(
        list.indexOf('Statutory deadline for USTR'),
        list.indexOf('First formal U.S.–Mexico round'),
      );
    });

    it('marks the path the data records as realized, with its source, after the review', async () => {
      const el = await timelineAt(1000);
      const paths = [...shadow(el).querySelectorAll<HTMLElement>('[part~="path"]')];
      expect(paths).to.have.length(2);
      const done = shadow(el).querySelector<HTMLElement>('[part~="path--realized"]')!;
      expect(textOf(done)).to.contain(realized.title);
      expect(textOf(done)).to.contain('Realized');
      const source = sourceById.get(realized.outcomeSourceIds![0]!)!;
      const link = [...done.querySelectorAll('a')].find((a) => a.getAttribute('href') === source.url);
      expect(link !== undefined, 'a link to the source').to.equal(true);
      const other = shadow(el).querySelector<HTMLElement>('[part~="path--not-realized"]')!;
      expect(textOf(other)).to.contain(notRealized.title);
      expect(textOf(other)).to.contain('Road not taken');
      // The road not taken stays on the axis, labelled as such.
      expect(textOf(milestone(el, 'term-to-2042'))).to.contain('Road not taken');
    });

    it('shows both paths as undecided when pinned before the review', async () => {
      const el = await timelineAt(1000, html`<brief-timeline now="2026-03-01"></brief-timeline>`);
      expect(shadow(el).querySelector('[part~="path--realized"]') === null, 'no realized path').to.equal(
        true,
      );
      const open = [...shadow(el).querySelectorAll<HTMLElement>('[part~="path--open"]')];
      expect(open).to.have.length(2);
      expect(textOf(open[0]!)).to.contain('Not decided yet on March 1, 2026');
      expect(textOf(milestone(el, 'usmca-expiry-2036'))).to.contain('Possible');
    });

    it('draws a today marker on the axis and the branch point as a diamond', async () => {
      const el = await timelineAt(1000);
      expect(shadow(el).querySelector('.today') !== null, 'present').to.equal(true);
      expect(shadow(el).querySelectorAll('.branch__point')).to.have.length(1);
      expect(shadow(el).querySelector('.branch--realized') !== null, 'present').to.equal(true);
      expect(shadow(el).querySelector('.branch--not-realized') !== null, 'present').to.equal(true);
    });

    it('never overlaps milestones on the axis', async () => {
      const el = await timelineAt(1000);
      expect(overlapping(milestones(el))).to.equal(null);
    });

    it('switches to the vertical list in a narrow container and with layout="vertical"', async () => {
      const narrow = await timelineAt(320);
      expect(part(narrow, 'plot')).to.equal(null);
      expect(part(narrow, 'list') !== null, 'present').to.equal(true);
      const forced = await timelineAt(1000, html`<brief-timeline layout="vertical"></brief-timeline>`);
      expect(part(forced, 'list') !== null, 'present').to.equal(true);
      // The same content: both paths with their milestones, inside the list.
      expect(part(narrow, 'list')!.querySelectorAll('[part~="path"]')).to.have.length(2);
      expect(milestone(narrow, 'term-to-2042').dataset['id']).to.equal('term-to-2042');
    });

    it('lets a reader switch a wide timeline to the list and back', async () => {
      const el = await timelineAt(1000);
      const toggle = [...shadow(el).querySelectorAll('button')].find((b) => textOf(b) === 'List view')!;
      toggle.click();
      await el.updateComplete;
      expect(part(el, 'list') !== null, 'present').to.equal(true);
      [...shadow(el).querySelectorAll('button')].find((b) => textOf(b) === 'Timeline view')!.click();
      await el.updateComplete;
      expect(part(el, 'plot') !== null, 'present').to.equal(true);
    });

    it('speaks Spanish with lang="es": UI strings and dates', async () => {
      const el = await timelineAt(320, html`<brief-timeline now="2026-11-28" lang="es"></brief-timeline>`);
      expect(textOf(milestone(el, 'nafta-in-force'))).to.contain('1 de enero de 1994');
      expect(textOf(milestone(el, 'nafta-in-force'))).to.contain('Pasado');
      expect(textOf(milestone(el, 'usmca-expiry-2036'))).to.contain('Previsto');
      expect(textOf(part(el, 'calendar')!)).to.contain('Añadir los próximos hitos a mi calendario');
    });

    it('sorts events given out of order', async () => {
      const brief = briefWith((draft) => draft.timeline!.events.reverse());
      const el = await timelineAt(
        320,
        html`<brief-timeline .brief=${brief} now="2026-11-28"></brief-timeline>`,
      );
      const ids = milestones(el).map((button) => button.dataset['id']);
      expect(ids[0]).to.equal('nafta-in-force');
      expect(ids.indexOf('usmca-signed')).to.be.below(ids.indexOf('usmca-in-force'));
    });

    it('renders markup in the data as text', async () => {
      const brief = briefWith((draft) => {
        draft.timeline!.events[0]!.title = '<img src=x onerror=alert(1)>NAFTA';
      });
      const el = await timelineAt(320, html`<brief-timeline .brief=${brief}></brief-timeline>`);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(textOf(milestone(el, 'nafta-in-force'))).to.contain('<img src=x onerror=alert(1)>NAFTA');
    });

    it('renders 10,000 events on the axis without overlap, gathering the crowd into clusters', async () => {
      const brief = briefWith((draft) => {
        draft.timeline!.events = manyEvents(10000);
        draft.timeline!.scenarios = [];
      });
      const el = await timelineAt(
        1000,
        html`<brief-timeline .brief=${brief} now="2026-11-28"></brief-timeline>`,
      );
      const buttons = milestones(el);
      expect(buttons.length).to.be.greaterThan(0).and.below(2000);
      expect(shadow(el).querySelectorAll('.cluster').length).to.be.greaterThan(0);
      expect(overlapping(buttons)).to.equal(null);
      expect(textOf(el.shadowRoot!.querySelector('.status')!)).to.contain(
        'Showing 10,000 of 10,000 milestones',
      );
    });

    it('renders 10,000 events as a list page by page, reachable with End', async () => {
      const brief = briefWith((draft) => {
        draft.timeline!.events = manyEvents(10000);
        draft.timeline!.scenarios = [];
      });
      const el = await timelineAt(
        320,
        html`<brief-timeline .brief=${brief} now="2026-11-28"></brief-timeline>`,
      );
      expect(milestones(el).length).to.equal(200);
      milestones(el)[0]!.focus();
      await press(el, 'End');
      expect(focusedId(el)).to.equal('event-9999');
    });
  });

  describe('filter', () => {
    it('hides a category when the reader unticks it, and says how many are shown', async () => {
      const el = await timelineAt(320);
      const labor = shadow(el).querySelector<HTMLInputElement>('input[value="labor"]')!;
      labor.click();
      await el.updateComplete;
      const laborCount = allEvents.filter((event) => event.category === 'labor').length;
      expect(milestones(el)).to.have.length(allEvents.length - laborCount);
      expect(shadow(el).querySelector('[data-id="rrm-gm-silao"]')).to.equal(null);
      expect(textOf(shadow(el).querySelector('.status')!)).to.contain(
        `Showing ${String(allEvents.length - laborCount)} of ${String(allEvents.length)} milestones`,
      );
      await expect(el).to.be.accessible();
    });

    it('starts with the categories named in the attribute', async () => {
      const el = await timelineAt(
        1000,
        html`<brief-timeline categories="review" now="2026-11-28"></brief-timeline>`,
      );
      const shown = milestones(el).map((button) => button.dataset['id']!);
      const categories = new Set(shown.map((id) => allEvents.find((event) => event.id === id)!.category));
      expect([...categories]).to.deep.equal(['review']);
      expect(shadow(el).querySelector<HTMLInputElement>('input[value="labor"]')!.checked).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('moves between milestones with the arrow keys, Home and End, in reading order', async () => {
      const el = await timelineAt(320);
      const ids = milestones(el).map((button) => button.dataset['id']);
      const tabbable = milestones(el).filter((button) => button.tabIndex === 0);
      expect(tabbable).to.have.length(1);
      tabbable[0]!.focus();
      expect(focusedId(el)).to.equal(ids[0]);
      await press(el, 'ArrowDown');
      expect(focusedId(el)).to.equal(ids[1]);
      await press(el, 'ArrowRight');
      expect(focusedId(el)).to.equal(ids[2]);
      await press(el, 'ArrowUp');
      expect(focusedId(el)).to.equal(ids[1]);
      await press(el, 'End');
      expect(focusedId(el)).to.equal(ids[ids.length - 1]);
      await press(el, 'Home');
      expect(focusedId(el)).to.equal(ids[0]);
    });

    it('walks the whole axis with the arrow keys, panning to milestones out of view', async () => {
      const el = await timelineAt(1000);
      const zoomIn = shadow(el).querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!;
      for (let i = 0; i < 4; i += 1) zoomIn.click();
      await el.updateComplete;
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
      const button = milestone(el, 'joint-review-2026');
      button.focus();
      const selected = nextEvent(el, 'brief-select');
      await press(el, 'Enter');
      const event = await selected;
      expect(event.id).to.equal('joint-review-2026');
      const detail = part(el, 'detail')!;
      expect(textOf(detail)).to.contain('July 1, 2026');
      expect(textOf(detail)).to.contain(sourceById.get('hk-2026-07-02')!.title);
      expect(shadow(el).activeElement?.id).to.equal('detail-title');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await press(el, 'Escape');
      expect(part(el, 'detail')).to.equal(null);
      expect(focusedId(el)).to.equal('joint-review-2026');
    });

    it('zooms with + and − on a focused milestone', async () => {
      const el = await timelineAt(1000);
      const label = () => part(el, 'axis')!.getAttribute('aria-label');
      const before = label();
      milestone(el, 'joint-review-2026').focus();
      await press(el, 'Equal');
      await press(el, 'Equal');
      expect(label()).not.to.equal(before);
      expect(focusedId(el)).to.equal('joint-review-2026');
      await press(el, 'Minus');
      await press(el, 'Minus');
      expect(label()).to.equal(before);
    });
  });

  describe('pointer', () => {
    it('pans when the reader drags the axis, without opening a milestone', async () => {
      const el = await timelineAt(1000);
      const zoomIn = shadow(el).querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!;
      zoomIn.click();
      zoomIn.click();
      await el.updateComplete;
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
      await el.updateComplete;
      expect(fired).to.equal(false);
    });

    it('downloads the upcoming milestones of the realized path as an .ics file', async () => {
      const el = await timelineAt(1000);
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
        part(el, 'calendar')!.click();
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
    it('exposes its parts and reflects theme and layout', async () => {
      const el = await timelineAt(
        1000,
        html`<brief-timeline theme="dark" now="2026-11-28"></brief-timeline>`,
      );
      for (const name of [
        'base',
        'title',
        'toolbar',
        'filter',
        'plot',
        'axis',
        'milestone',
        'paths',
        'path',
        'calendar',
      ]) {
        expect(part(el, name) !== null, name).to.equal(true);
      }
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(el.getAttribute('layout')).to.equal('auto');
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(22, 27, 34)');
    });

    it('uses the heading level it is given', async () => {
      const el = await timelineAt(1000, html`<brief-timeline heading-level="2"></brief-timeline>`);
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
    });
  });
});
