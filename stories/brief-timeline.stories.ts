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

const meta: Meta<Args> = {
  title: 'Widgets/Timeline',
  component: 'brief-timeline',
  tags: ['autodocs'],
  args: { now: '2026-11-28', lang: 'en', theme: 'auto', layout: 'auto', categories: '', 'heading-level': 3 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    layout: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
    now: { control: 'text' },
    categories: { control: 'text' },
  },
  render: (args) => html`
    <brief-timeline
      now=${args.now}
      lang=${args.lang}
      theme=${args.theme}
      layout=${args.layout}
      categories=${args.categories}
      heading-level=${args['heading-level']}
    ></brief-timeline>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The USMCA joint review from the bundled brief, pinned to a date after the review: the realized path is marked with its source. */
export const Default: Story = {};

/** Pinned before the review (March 1, 2026): the recommendations deadline and the review are scheduled, both paths still open. */
export const BeforeTheReview: Story = { args: { now: '2026-03-01' } };

/** Pinned after the review (November 28, 2026): annual reviews are the realized path, the 16-year term the road not taken. */
export const AfterTheReview: Story = { args: { now: '2026-11-28' } };

/** In a 320 px column, as on a phone or in a sidebar: the vertical list, with the same content and paths. */
export const Vertical: Story = {
  render: (args) => html`
    <div style="width: 320px; max-width: 100%">
      <brief-timeline now=${args.now} lang=${args.lang} theme=${args.theme}></brief-timeline>
    </div>
  `,
};

/** Spanish UI strings and dates (`lang="es"`); the brief's own text stays in English. */
export const Spanish: Story = { args: { lang: 'es' } };

/** The dark theme, forced with `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark' } };

/** One category only (`categories="review"`): the U.S. domestic review process and the joint review. */
export const OneCategory: Story = { args: { categories: 'review' } };

/** 1,000 milestones: lanes keep them apart, crowds gather into "+N" clusters that zoom in. */
export const ThousandEvents: Story = {
  render: (args) => html`<brief-timeline now=${args.now} .brief=${briefWithEvents(1000)}></brief-timeline>`,
};

/** Bad data: a scenario branching from an event that does not exist. The error panel names the field. */
export const Error: Story = {
  render: (args) => {
    const brief = structuredClone(usMexico2022);
    brief.timeline!.scenarios[0]!.branchFrom = 'joint-review-2062';
    return html`<brief-timeline now=${args.now} .brief=${brief}></brief-timeline>`;
  },
};
