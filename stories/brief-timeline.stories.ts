import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/brief-timeline/brief-timeline.js';
import type { Brief } from '../src/data/index.js';
import { usMexico2022 } from '../src/data/index.js';

interface Args {
  now: string;
  lang: string;
  theme: string;
  layout: string;
  categories: string;
  'heading-level': number;
  /** Width (px) of the column the story puts the timeline in; not an attribute of the element. */
  column: number;
}

/** The bundled brief with `count` milestones: its own, then made-up ones spread over 1994–2036. */
function briefWithEvents(count: number): Brief {
  const brief = structuredClone(usMexico2022);
  const timeline = brief.timeline!;
  const start = Date.UTC(1994, 0, 1);
  const span = Date.UTC(2036, 0, 1) - start;
  const extra = count - timeline.events.length;
  const categories = timeline.categories.map((category) => category.id);
  for (let i = 0; i < extra; i += 1) {
    const day = Math.floor((span * ((i * 7919) % extra)) / extra / 86_400_000);
    timeline.events.push({
      id: `story-${String(i)}`,
      date: new Date(start + day * 86_400_000).toISOString().slice(0, 10),
      precision: 'day',
      title: `Made-up milestone ${String(i + 1)}`,
      category: categories[i % categories.length]!,
      sourceIds: [],
    });
  }
  return brief;
}

/** The timeline in the story's root, once it has rendered. */
async function rendered(canvas: HTMLElement) {
  const el = canvas.querySelector('brief-timeline')!;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

const meta: Meta<Args> = {
  title: 'Widgets/Timeline',
  component: 'brief-timeline',
  tags: ['autodocs'],
  args: {
    now: '2026-11-28',
    lang: 'en',
    theme: 'auto',
    layout: 'auto',
    categories: '',
    'heading-level': 3,
    column: 650,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    layout: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
    now: { control: 'text' },
    categories: { control: 'text' },
    column: { control: { type: 'range', min: 280, max: 1400, step: 10 } },
  },
  render: (args) => html`
    <div style="width: ${args.column}px; max-width: 100%">
      <brief-timeline
        now=${args.now}
        lang=${args.lang}
        theme=${args.theme}
        layout=${args.layout}
        categories=${args.categories}
        heading-level=${args['heading-level']}
      ></brief-timeline>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * In a 650 px article column, after the review (November 28, 2026): the overview strip,
 * then the five phases folded but "After the review", which holds today and the two paths —
 * the realized one marked with its source, the road not taken dashed.
 */
export const Default: Story = {};

/** A phase the reader opened ("USMCA in force", 16 milestones) next to today's: a date column, the title, one line of detail. */
export const PhaseOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = await rendered(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.phase__toggle[data-phase="in-force"]')!.click();
  },
};

/** Every phase open ("Show all phases"); find-in-page opens a folded one on its own. */
export const AllPhases: Story = {
  play: async ({ canvasElement }) => {
    const el = await rendered(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button[aria-expanded]')!.click();
  },
};

/**
 * The time axis in a 650 px column (`layout="horizontal"`): it opens on today's phase,
 * every label at its date, the fork drawn as two lanes from the review; a band of the
 * strip shows its phase, and zoom or drag reach the rest.
 */
export const AxisInAColumn: Story = { args: { layout: 'horizontal' } };

/** On a wide page (1,100 px) `layout="auto"` picks the axis; the switch still offers the list. */
export const Wide: Story = { args: { column: 1100 } };

/** Pinned before the review (March 1, 2026): today falls in "The 2026 joint review", both paths still open. */
export const BeforeTheReview: Story = { args: { now: '2026-03-01' } };

/** In a 320 px column, as on a phone: the list, folded summaries on two lines, the paths one after the other. */
export const Narrow: Story = { args: { column: 320 } };

/**
 * What prints: phase headings, one line per milestone, the paths as indented lists with the
 * realized one marked and its source's URL, no controls. The story dispatches `beforeprint`
 * (what a browser does before printing) and `afterprint` when you leave it; press Ctrl/⌘ + P
 * for the real thing.
 */
export const PrintPreview: Story = {
  beforeEach: () => () => {
    window.dispatchEvent(new Event('afterprint'));
  },
  play: async ({ canvasElement }) => {
    await rendered(canvasElement);
    window.dispatchEvent(new Event('beforeprint'));
  },
};

/** Spanish UI strings and dates (`lang="es"`); the brief's own text stays in English. */
export const Spanish: Story = { args: { lang: 'es' } };

/** The dark theme, forced with `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark' } };

/** One category only (`categories="review"`): the U.S. domestic review process and the joint review. */
export const OneCategory: Story = { args: { categories: 'review' } };

/** 1,000 milestones on a wide page: the axis opens on a range it can label, crowds gather into "+N · years" clusters. */
export const ThousandEvents: Story = {
  args: { column: 1100 },
  render: (args) =>
    html`<div style="width: ${args.column}px; max-width: 100%">
      <brief-timeline now=${args.now} .brief=${briefWithEvents(1000)}></brief-timeline>
    </div>`,
};

/** Bad data: a scenario branching from an event that does not exist. The error panel names the field. */
export const Error: Story = {
  render: (args) => {
    const brief = structuredClone(usMexico2022);
    brief.timeline!.scenarios[0]!.branchFrom = 'joint-review-2062';
    return html`<brief-timeline now=${args.now} .brief=${brief}></brief-timeline>`;
  },
};
