/**
 * Helpers for the `<brief-timeline>` suites: a timeline in a column of a given width (as
 * in an article), its parts, milestones and phases, what a reader sees of them, and keys.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/brief-timeline/brief-timeline.js';
import type { BriefTimeline } from '../../src/components/brief-timeline/brief-timeline.js';
import type { AxisOptions } from '../../src/components/brief-timeline/brief-timeline.layout.js';
import type { Phase } from '../../src/components/brief-timeline/brief-timeline.phases.js';
import { usMexico2022 } from '../../src/data/index.js';
import { textOf } from './fixtures.js';

/** The bundled brief's timeline, and its two scenarios by the outcome the data records. */
export const timeline = usMexico2022.timeline!;
export const realized = timeline.scenarios.find((scenario) => scenario.outcome === 'realized')!;
export const notRealized = timeline.scenarios.find((scenario) => scenario.outcome === 'not-realized')!;

/**
 * The milestones the axis opens on with the bundled brief on November 28, 2026 (its home
 * range, "After the review" read from the branch node), at any width from 320 px: the
 * June 1 deadline and the July 1 review, then the two paths' four milestones.
 */
export const HOME_MILESTONES = [
  'recommendations-deadline-2026',
  'joint-review-2026',
  'first-annual-review-2027',
  'usmca-expiry-2036',
  'next-joint-review-2032',
  'term-to-2042',
];

/** Lets the element settle: its update, a frame for the size observer, and the update that follows. */
export async function settle(el: BriefTimeline): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
}

/** A timeline in a column `width` px wide with a 16 px sans-serif font, as in an article. */
export async function timelineAt(
  width: number,
  template: TemplateResult = html`<brief-timeline now="2026-11-28"></brief-timeline>`,
): Promise<BriefTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px; font: 16px/1.5 sans-serif">${template}</div>`,
  );
  const el = wrapper.querySelector('brief-timeline')!;
  await settle(el);
  return el;
}

export function shadow(el: BriefTimeline): ShadowRoot {
  return el.shadowRoot!;
}

export function part(el: BriefTimeline, name: string): HTMLElement | null {
  return shadow(el).querySelector(`[part~="${name}"]`);
}

export function parts(el: BriefTimeline, name: string): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** The milestone buttons a reader can see (rows of folded phases are in the DOM, not on screen). */
export function visibleMilestones(el: BriefTimeline): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="milestone"]')].filter((button) =>
    button.checkVisibility(),
  );
}

export function milestones(el: BriefTimeline): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="milestone"]')];
}

export function milestone(el: BriefTimeline, id: string): HTMLButtonElement {
  const button = shadow(el).querySelector<HTMLButtonElement>(`[data-id="${id}"]`);
  if (!button) throw new Error(`no milestone button for ${id}`);
  return button;
}

/** A button by its visible text. */
export function button(el: BriefTimeline, label: string): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll('button')].find((candidate) => textOf(candidate) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** The phase sections, each as its heading's text, whether it is open, and its section. */
export function phases(el: BriefTimeline): { heading: string; open: boolean; section: HTMLElement }[] {
  return parts(el, 'phase').map((section) => {
    const toggle = section.querySelector<HTMLButtonElement>('.phase__toggle')!;
    return { heading: textOf(toggle), open: toggle.getAttribute('aria-expanded') === 'true', section };
  });
}

export function focusedId(el: BriefTimeline): string | undefined {
  return (shadow(el).activeElement as HTMLElement | null)?.dataset['id'];
}

export async function press(el: BriefTimeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

export async function click(el: BriefTimeline, target: HTMLElement): Promise<void> {
  target.click();
  await settle(el);
}

/** The first two boxes that intersect on screen, if any. */
export function overlapping(elements: readonly HTMLElement[]): [string, string] | null {
  const boxes = elements.map((element) => ({
    id: element.dataset['id'] ?? element.textContent.trim(),
    rect: element.getBoundingClientRect(),
  }));
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i]!.rect, boxes[j]!.rect];
      const apart =
        b.left >= a.right - 0.5 ||
        a.left >= b.right - 0.5 ||
        b.top >= a.bottom - 0.5 ||
        a.top >= b.bottom - 0.5;
      if (!apart) return [boxes[i]!.id, boxes[j]!.id];
    }
  }
  return null;
}

/** How many lines a text node's words take: a word split across lines has more than one box. */
export function wordsBrokenInside(root: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.textContent ?? '';
    // Words as a reader reads them: a line may break at a space, a dash or after a slash.
    for (const match of value.matchAll(/[^\s\-–—/]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set(
        [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
      );
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

/**
 * Options for the axis's pure layout at a 16 px font, with plain texts of known length
 * (a label is "Mmm 2000 " and the title, a cluster "+N · 2000–2001"), 650 px wide,
 * the home range unless `overrides` gives a domain.
 */
export function axisOptions(phases: readonly Phase[], overrides: Partial<AxisOptions> = {}): AxisOptions {
  return {
    width: 650,
    fontSize: 16,
    domain: undefined,
    activeId: undefined,
    phases,
    labelText: (item) => `Mmm 2000 ${item.event.title}`,
    clusterText: (items) => `+${String(items.length)} · 2000–2001`,
    headText: (path) => ({ badge: 'Realized', text: path.scenario.title }),
    tickText: () => '2000',
    todayText: 'Today',
    ...overrides,
  };
}
