import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { BriefTimeline } from '../../src/components/brief-timeline/brief-timeline.js';
import '../helpers/console.js';
import { button, part, phases, settle, shadow, timelineAt } from '../helpers/timeline.js';

/*
 * How the timeline learns its size: after its first update (then from a ResizeObserver),
 * never while it updates (an update that reads layout forces a reflow of the page before
 * anything is drawn, and a server render has no layout to read). Until then it draws what
 * needs no size; the update at its size follows before the first paint, so the first
 * frame a reader sees is already drawn at its size and nothing on the page moves after it. Widths: 1000 px shows the axis, 650 px and
 * 320 px the list (the axis takes 50em = 800 px).
 */

/** What reads layout or style: while `reading` is set, each call is written down. */
function watchLayoutReads(): { reads: string[]; set: (on: boolean) => void; restore: () => void } {
  const reads: string[] = [];
  let on = false;
  const restores: (() => void)[] = [];
  const wrap = (target: object, name: string) => {
    const descriptor = Object.getOwnPropertyDescriptor(target, name)!;
    const patched: PropertyDescriptor = { ...descriptor };
    const { get } = descriptor as { get?: (this: unknown) => unknown };
    if (get) {
      patched.get = function (this: unknown) {
        if (on) reads.push(name);
        return get.call(this);
      };
    } else {
      const value = descriptor.value as (...args: unknown[]) => unknown;
      patched.value = function (this: unknown, ...args: unknown[]) {
        if (on) reads.push(name);
        return value.apply(this, args);
      };
    }
    Object.defineProperty(target, name, patched);
    restores.push(() => {
      Object.defineProperty(target, name, descriptor);
    });
  };
  for (const name of [
    'getBoundingClientRect',
    'getClientRects',
    'clientWidth',
    'clientHeight',
    'scrollWidth',
  ])
    wrap(Element.prototype, name);
  for (const name of ['offsetWidth', 'offsetHeight', 'offsetTop', 'offsetLeft'])
    wrap(HTMLElement.prototype, name);
  wrap(window, 'getComputedStyle');
  return {
    reads,
    set: (value) => {
      on = value;
    },
    restore: () => {
      restores.forEach((restore) => {
        restore();
      });
    },
  };
}

/** Layout shifts the page reports from now on (`hadRecentInput` ones left out). */
function watchShifts(): { shifts: number[]; stop: () => void } {
  const shifts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[])
      if (!entry.hadRecentInput) shifts.push(entry.value);
  });
  observer.observe({ type: 'layout-shift' });
  return {
    shifts,
    stop: () => {
      observer.disconnect();
    },
  };
}

const frames = (count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => {
      if (left === 0) resolve();
      else requestAnimationFrame(() => step(left - 1));
    };
    step(count);
  });

describe('<brief-timeline> sizing', () => {
  before(async () => {
    await setViewport({ width: 1200, height: 1600 });
  });

  it('reads no layout or style while it updates (willUpdate and render), in any state a reader reaches', async () => {
    const watch = watchLayoutReads();
    try {
      const el = document.createElement('brief-timeline');
      el.setAttribute('now', '2026-11-28');
      // Around the element's own update steps: reads outside them (after layout) are the point.
      for (const step of ['willUpdate', 'render'] as const) {
        const own = (el[step] as (...args: unknown[]) => unknown).bind(el);
        Object.defineProperty(el, step, {
          value: (...args: unknown[]) => {
            watch.set(true);
            try {
              return own(...args);
            } finally {
              watch.set(false);
            }
          },
        });
      }
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 1000px; font: 16px/1.5 sans-serif"></div>`,
      );
      wrapper.append(el);
      await settle(el);
      expect(part(el, 'plot') !== null, 'the axis at 1000 px').to.equal(true);
      shadow(el).querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
      await settle(el);
      shadow(el).querySelector<HTMLButtonElement>('[part~="milestone"]')!.click();
      await settle(el);
      wrapper.style.width = '650px';
      await settle(el);
      expect(part(el, 'list') !== null, 'the list at 650 px').to.equal(true);
      button(el, 'Show all phases').click();
      await settle(el);
      expect(watch.reads).to.deep.equal([]);
    } finally {
      watch.restore();
    }
  });

  it('draws its first painted frame at its size: nothing below it moves, at 1000, 650 and 320 px', async () => {
    for (const width of [1000, 650, 320]) {
      const watch = watchShifts();
      // The timeline and the text below it arrive together: only a change after the first paint can move the text.
      const wrapper = document.createElement('div');
      wrapper.style.cssText = `width: ${String(width)}px; font: 16px/1.5 sans-serif`;
      const el = document.createElement('brief-timeline');
      el.setAttribute('now', '2026-11-28');
      const below = document.createElement('p');
      below.textContent = 'The article goes on below the timeline.';
      wrapper.append(el, below);
      document.body.append(wrapper);
      try {
        // The first frame's callbacks run before its layout and paint; the second's after
        // that paint: what they see is what the first paint showed.
        await frames(2);
        const sized = width >= 800 ? part(el, 'plot') !== null : phases(el)[4]?.open === true;
        expect(sized, `${String(width)} px: the first paint shows the timeline at its size`).to.equal(true);
        const top = below.getBoundingClientRect().top;
        await settle(el);
        await frames(2);
        expect(below.getBoundingClientRect().top, `${String(width)} px: the text below stays`).to.equal(top);
        expect(watch.shifts, `${String(width)} px: layout shifts`).to.deep.equal([]);
      } finally {
        watch.stop();
        wrapper.remove();
      }
    }
  });

  it('has drawn itself at its size once `updateComplete` resolves, for code that reads it then', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px; font: 16px/1.5 sans-serif"></div>`,
    );
    const el = document.createElement('brief-timeline');
    el.setAttribute('now', '2026-11-28');
    wrapper.append(el);
    await el.updateComplete;
    expect(part(el, 'plot') !== null, 'the axis').to.equal(true);
    expect(shadow(el).querySelector('button[aria-label="Zoom in"]') !== null, 'its zoom').to.equal(true);
  });

  it('waits in a hidden container with what needs no size, and lays out at its size once shown', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="display: none; width: 1000px; font: 16px/1.5 sans-serif">
        <brief-timeline now="2026-11-28"></brief-timeline>
      </div>`,
    );
    const el = wrapper.querySelector<BriefTimeline>('brief-timeline')!;
    await settle(el);
    // No size yet: what is the same in every layout (title, filter), no axis, no list, no row.
    expect(part(el, 'title') !== null && part(el, 'filter') !== null, 'title and filter').to.equal(true);
    expect(part(el, 'plot') === null && part(el, 'list') === null, 'no axis, no list').to.equal(true);
    expect(shadow(el).querySelectorAll('[part~="milestone"]')).to.have.length(0);
    wrapper.style.display = 'block';
    await settle(el);
    expect(part(el, 'plot') !== null, 'the axis once shown').to.equal(true);
    expect(part(el, 'overview') !== null, 'the overview strip').to.equal(true);
  });

  it('lays out again when its column changes width', async () => {
    const el = await timelineAt(650);
    expect(part(el, 'list') !== null).to.equal(true);
    el.parentElement!.style.width = '1000px';
    await settle(el);
    expect(part(el, 'plot') !== null, 'the axis at 1000 px').to.equal(true);
    el.parentElement!.style.width = '320px';
    await settle(el);
    expect(part(el, 'list') !== null, 'the list at 320 px').to.equal(true);
  });
});
