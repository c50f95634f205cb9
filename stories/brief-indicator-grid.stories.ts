import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/brief-indicator-grid/brief-indicator-grid.js';
import { usMexico2022 } from '../src/data/index.js';

interface Args {
  indicators: string;
  lang: string;
  theme: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Indicator grid',
  component: 'brief-indicator-grid',
  tags: ['autodocs'],
  args: { indicators: '', lang: 'en', theme: 'auto' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => html`
    <brief-indicator-grid
      indicators=${args.indicators}
      lang=${args.lang}
      theme=${args.theme}
    ></brief-indicator-grid>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Every indicator of the bundled brief under a two-line summary counted from the data:
 * what the brief said, and what the measured series have done since.
 */
export const Default: Story = {};

/** In a 650 px article column: two columns of compact cards, rows of equal height. */
export const InArticleColumn: Story = {
  render: (args) =>
    html`<div style="width: 650px; max-width: 100%">
      <brief-indicator-grid lang=${args.lang} theme=${args.theme}></brief-indicator-grid>
    </div>`,
};

/** How it prints: open the print preview (Ctrl/⌘ + P) here; each card prints as a short summary. */
export const Print: Story = {
  render: (args) =>
    html`<div style="width: 650px; max-width: 100%">
      <brief-indicator-grid lang=${args.lang}></brief-indicator-grid>
    </div>`,
};

/** Only the indicators named in `indicators`, in that order. */
export const Selected: Story = { args: { indicators: 'border-encounters,overdose-deaths,trade-tensions' } };

/** In a 320 px column: one card per row. */
export const Narrow: Story = {
  render: (args) =>
    html`<div style="width: 320px; max-width: 100%">
      <brief-indicator-grid lang=${args.lang}></brief-indicator-grid>
    </div>`,
};

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Spanish UI, numbers and dates. */
export const Spanish: Story = { args: { lang: 'es' } };

/** A brief whose directions differ: the summary counts each. */
export const MixedDirections: Story = {
  render: () => {
    const brief = structuredClone(usMexico2022);
    brief.indicators[0]!.direction = 'improving';
    brief.indicators[2]!.direction = 'mixed';
    return html`<brief-indicator-grid .brief=${brief}></brief-indicator-grid>`;
  },
};

/** An unknown id in `indicators`: the error names the attribute. */
export const UnknownId: Story = { args: { indicators: 'overdose-deaths,inflation' } };
