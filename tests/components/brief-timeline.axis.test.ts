import { expect, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { BriefTimeline } from '../../src/components/brief-timeline/brief-timeline.js';
import { textOf } from '../helpers/fixtures.js';
import '../helpers/console.js';
import {
  button,
  click,
  HOME_MILESTONES,
  milestones,
  overlapping,
  part,
  shadow,
  timelineAt,
  notRealized,
  realized,
} from '../helpers/timeline.js';

/*
 * The time axis as a reader sees it in a 650 px column (`layout="horizontal"`). It opens
 * on the phase that holds November 28, 2026, "After the review": the July 1, 2026 review
 * and the June 1 deadline before it, then the two paths' four milestones (2027–2042).
 * The "USMCA in force" phase holds 16 milestones, from July 1, 2020 to February 2025.
 */

const axisAt650 = () =>
  timelineAt(650, html`<brief-timeline now="2026-11-28" layout="horizontal"></brief-timeline>`);

/** The labels on the axis, and how many milestones its clusters hold. */
function inView(el: BriefTimeline): { labelled: string[]; clustered: number } {
  const labelled = milestones(el).map((label) => label.dataset['id']!);
  const clustered = [...shadow(el).querySelectorAll('.cluster')]
    .map((cluster) => /^\+(\d+) · \d{4}(–\d{4})?$/.exec(textOf(cluster)))
    .reduce((sum, match) => sum + Number(match![1]), 0);
  return { labelled, clustered };
}

/** Fails unless at least 80% of the milestones in view carry their own label. */
function expectCoverage(el: BriefTimeline, what: string): void {
  const { labelled, clustered } = inView(el);
  expect(labelled.length, `${what}: labels`).to.be.greaterThan(0);
  expect(labelled.length / (labelled.length + clustered), what).to.be.at.least(0.8);
}

/** Fails when a label overlaps another, leaves the plot, is cut, or is not at its date. */
function expectReadableLabels(el: BriefTimeline, what: string): void {
  const plot = part(el, 'plot')!.getBoundingClientRect();
  const labels = milestones(el);
  expect(
    overlapping([...labels, ...shadow(el).querySelectorAll<HTMLElement>('.cluster, .lane-head')]),
    what,
  ).to.equal(null);
  for (const label of labels) {
    const id = label.dataset['id']!;
    const box = label.getBoundingClientRect();
    expect(box.left, `${what}: ${id} inside on the left`).to.be.at.least(plot.left - 0.5);
    expect(box.right, `${what}: ${id} inside on the right`).to.be.at.most(plot.right + 0.5);
    expect(box.top).to.be.at.least(plot.top - 0.5);
    expect(box.bottom).to.be.at.most(plot.bottom + 0.5);
    const text = label.querySelector('.label__text')!;
    expect(text.scrollHeight, `${what}: ${id} not cut`).to.be.at.most(text.clientHeight + 1);
    expect(label.hasAttribute('title'), `${what}: ${id} not shortened`).to.equal(false);
    // Anchored at its date: the label starts at its dot, or ends at it.
    const dot = shadow(el).querySelector(`[data-dot="${id}"]`)!.getBoundingClientRect();
    const x = dot.left + dot.width / 2;
    const edge = label.classList.contains('label--end') ? box.right : box.left;
    expect(Math.abs(edge - x), `${what}: ${id} at its date`).to.be.at.most(2.5);
  }
}

describe('<brief-timeline> axis in a 650 px column', () => {
  it('opens on today’s phase with every milestone in view labelled, none cut or away from its date', async () => {
    const el = await axisAt650();
    expect(inView(el).labelled.sort()).to.deep.equal([...HOME_MILESTONES].sort());
    expect(inView(el).clustered).to.equal(0);
    expectReadableLabels(el, 'home');
  });

  it('draws the fork as two paths leaving the review node, the realized one emphasized with its source', async () => {
    const el = await axisAt650();
    const root = shadow(el);
    const axis = part(el, 'axis')!;
    const taken = axis.querySelector<SVGPathElement>('.lane--realized')!;
    const notTaken = axis.querySelector<SVGPathElement>('.lane--not-realized')!;
    const node = axis.querySelector('.branch__point')!.getBoundingClientRect();
    const trunk = axis.querySelector('.trunk')!.getBoundingClientRect();
    // One trunk to the branch node, then two lanes from it.
    expect(trunk.right).to.be.closeTo(node.left + node.width / 2, 1.5);
    for (const lane of [taken, notTaken]) {
      const start = lane.getPointAtLength(0);
      const [x, y] = lane.getAttribute('d')!.slice(1).split(' ').map(Number);
      expect(start.x).to.be.closeTo(x!, 1e-3);
      expect(start.y).to.be.closeTo(y!, 1e-3);
      expect(lane.getBoundingClientRect().left).to.be.closeTo(node.left + node.width / 2, 1.5);
    }
    expect(parseFloat(getComputedStyle(taken).strokeWidth)).to.be.greaterThan(
      parseFloat(getComputedStyle(notTaken).strokeWidth),
    );
    expect(getComputedStyle(notTaken).strokeDasharray).not.to.equal('none');
    const [head, other] = [...root.querySelectorAll<HTMLElement>('.lane-head')];
    expect(textOf(head!)).to.equal(`Realized ${realized.title} · Sources: Holland & Knight; Boursel`);
    expect(head!.querySelector('a')!.getAttribute('href')).to.match(/^https:\/\/www\.hklaw\.com\//);
    expect(textOf(other!)).to.equal(`Road not taken ${notRealized.title}`);
    for (const lane of [head!, other!]) {
      expect(lane.scrollHeight, 'the title is not cut').to.be.at.most(lane.clientHeight + 1);
      expect(lane.scrollWidth).to.be.at.most(lane.clientWidth + 1);
    }
  });

  it('wraps the paths’ titles at 320 px rather than cut them, every label still readable', async () => {
    const el = await timelineAt(
      320,
      html`<brief-timeline now="2026-11-28" layout="horizontal"></brief-timeline>`,
    );
    const heads = [...shadow(el).querySelectorAll<HTMLElement>('.lane-head')];
    expect(heads.map(textOf)).to.deep.equal([
      `Realized ${realized.title} · Sources: Holland & Knight; Boursel`,
      `Road not taken ${notRealized.title}`,
    ]);
    for (const head of heads) {
      expect(head.getBoundingClientRect().height, 'wrapped').to.be.greaterThan(20);
      expect(head.scrollHeight, 'not cut').to.be.at.most(head.clientHeight + 1);
    }
    expectCoverage(el, '320 px');
    expectReadableLabels(el, '320 px');
  });

  it('shows a crowded phase from its start as far as 80% stay labelled, and pans on through the rest', async () => {
    const el = await axisAt650();
    await click(el, shadow(el).querySelector<HTMLElement>('.overview__band[data-phase="in-force"]')!);
    expect(inView(el).labelled[0], 'the phase’s first milestone').to.equal('usmca-in-force');
    expectCoverage(el, 'USMCA in force');
    expectReadableLabels(el, 'USMCA in force');
    const seen = new Set(inView(el).labelled);
    // Drag the axis leftwards until the phase's last milestone (February 2025) is in view.
    for (let step = 0; step < 8 && !seen.has('gm-corn-measures-ineffective'); step += 1) {
      const plot = part(el, 'plot')!.getBoundingClientRect();
      const y = Math.round(plot.top + 8);
      await sendMouse({ type: 'move', position: [Math.round(plot.left + 450), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(plot.left + 150), y] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expectCoverage(el, `panned ${String(step + 1)}×`);
      expectReadableLabels(el, `panned ${String(step + 1)}×`);
      for (const id of inView(el).labelled) seen.add(id);
    }
    await sendMouse({ type: 'move', position: [0, 0] });
    expect(seen.has('gm-corn-measures-ineffective'), 'reached the end of the phase').to.equal(true);
  });

  it('keeps 80% labelled zoomed in, and on the 2026 joint review’s ten milestones', async () => {
    const el = await axisAt650();
    await click(el, shadow(el).querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!);
    expectCoverage(el, 'zoomed in');
    expectReadableLabels(el, 'zoomed in');
    await click(el, shadow(el).querySelector<HTMLElement>('.overview__band[data-phase="joint-review"]')!);
    const { labelled, clustered } = inView(el);
    expect(labelled.length + clustered, 'the phase’s ten milestones').to.equal(10);
    expectCoverage(el, 'The 2026 joint review');
    expectReadableLabels(el, 'The 2026 joint review');
  });

  it('leaves no empty band after zooming into the past: no lanes, the axis right under the trunk', async () => {
    const el = await axisAt650();
    const home = part(el, 'plot')!.getBoundingClientRect().height;
    await click(el, shadow(el).querySelector<HTMLElement>('.overview__band[data-phase="renegotiation"]')!);
    const root = part(el, 'plot')!;
    expect(root.querySelectorAll('.lane, .lane-head')).to.have.length(0);
    const plot = root.getBoundingClientRect();
    expect(plot.height).to.be.below(home);
    const lowest = Math.max(
      ...[...root.querySelectorAll('.label, .cluster, .trunk')].map(
        (box) => box.getBoundingClientRect().bottom,
      ),
    );
    const axisLine = root.querySelector('.axis__line')!.getBoundingClientRect().top;
    expect(axisLine - lowest).to.be.at.most(12);
    expectReadableLabels(el, 'Renegotiation');
  });

  it('shows everything on "Show all", the crowd in labelled clusters that zoom in', async () => {
    const el = await axisAt650();
    await click(el, button(el, 'Show all'));
    const { labelled, clustered } = inView(el);
    expect(labelled.length + clustered).to.equal(37);
    expect(clustered).to.be.greaterThan(0);
    expectReadableLabels(el, 'everything');
    const before = part(el, 'axis')!.getAttribute('aria-label');
    await click(el, shadow(el).querySelector<HTMLElement>('.cluster')!);
    expect(part(el, 'axis')!.getAttribute('aria-label')).not.to.equal(before);
  });
});

describe('<brief-timeline> layout switch', () => {
  const pressed = (el: BriefTimeline) =>
    [...part(el, 'switch')!.querySelectorAll('button')].map((option) => [
      textOf(option),
      option.getAttribute('aria-pressed'),
    ]);

  it('goes from the list to the axis and back in a 650 px column', async () => {
    const el = await timelineAt(650);
    expect(pressed(el)).to.deep.equal([
      ['Timeline', 'false'],
      ['List', 'true'],
    ]);
    await click(el, button(el, 'Timeline'));
    expect(part(el, 'plot') !== null, 'the axis').to.equal(true);
    expect(part(el, 'list')).to.equal(null);
    expect(pressed(el)[0]).to.deep.equal(['Timeline', 'true']);
    await click(el, button(el, 'List'));
    expect(part(el, 'list') !== null, 'the list').to.equal(true);
    expect(part(el, 'plot')).to.equal(null);
  });

  it('goes from the axis to the list and back on a wide page', async () => {
    const el = await timelineAt(1000);
    expect(pressed(el)[0]).to.deep.equal(['Timeline', 'true']);
    await click(el, button(el, 'List'));
    expect(part(el, 'list') !== null, 'the list').to.equal(true);
    await click(el, button(el, 'Timeline'));
    expect(part(el, 'plot') !== null, 'the axis').to.equal(true);
  });

  it('is not offered where `layout` pins one', async () => {
    for (const layout of ['horizontal', 'vertical']) {
      const el = await timelineAt(
        650,
        html`<brief-timeline now="2026-11-28" layout=${layout}></brief-timeline>`,
      );
      expect(part(el, 'switch'), layout).to.equal(null);
    }
  });
});
