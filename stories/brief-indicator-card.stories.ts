import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/brief-indicator-card/brief-indicator-card.js';
import { usMexico2022 } from '../src/data/index.js';

interface Args {
  indicator: string;
  lang: string;
  theme: string;
  'heading-level': number;
}

const ids = usMexico2022.indicators.map((indicator) => indicator.id);

const meta: Meta<Args> = {
  title: 'Widgets/Indicator card',
  component: 'brief-indicator-card',
  tags: ['autodocs'],
  args: { indicator: 'overdose-deaths', lang: 'en', theme: 'auto', 'heading-level': 3 },
  argTypes: {
    indicator: { control: 'select', options: ids },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => html`
    <brief-indicator-card
      indicator=${args.indicator}
      lang=${args.lang}
      theme=${args.theme}
      heading-level=${args['heading-level']}
    ></brief-indicator-card>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The brief's first indicator from the bundled data: claim, headline, note and sources. */
export const Default: Story = {};

/** Every indicator of the bundled brief, one after the other. */
export const AllIndicators: Story = {
  render: (args) => html`
    <div style="display: grid; gap: 1rem">
      ${ids.map(
        (id) =>
          html`<brief-indicator-card
            indicator=${id}
            lang=${args.lang}
            theme=${args.theme}
          ></brief-indicator-card>`,
      )}
    </div>
  `,
};

/** The compact variant, for sidebars: the claim, note and context fold away. */
export const Compact: Story = {
  render: (args) => html`
    <div style="width: 300px; max-width: 100%">
      <brief-indicator-card
        compact
        indicator=${args.indicator}
        lang=${args.lang}
        theme=${args.theme}
      ></brief-indicator-card>
    </div>
  `,
};

/** A series with honest gaps (no verified Article 19 figure for 2019 and 2021): the line breaks there. */
export const SeriesWithGaps: Story = { args: { indicator: 'human-rights' } };

/** A cumulative count (USMCA labor cases): the trend reads "up from 2 … to 22 …". */
export const Cumulative: Story = { args: { indicator: 'trade-tensions' } };

/** A qualitative indicator: no figure, direction and context only. */
export const Qualitative: Story = { args: { indicator: 'security-cooperation' } };

/** The dark theme, forced with `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark', indicator: 'cartel-territory' } };

/** Spanish UI strings, numbers and dates (`lang="es"`); the brief's own text stays in English. */
export const Spanish: Story = { args: { lang: 'es' } };

/** In a 320 px column, as on a phone. */
export const Narrow: Story = {
  render: (args) => html`
    <div style="width: 320px; max-width: 100%">
      <brief-indicator-card
        indicator=${args.indicator}
        lang=${args.lang}
        theme=${args.theme}
      ></brief-indicator-card>
    </div>
  `,
};

/**
 * Themed from the page with the global `--brief-*` tokens (set on any ancestor), and
 * per-card knobs set on the card itself (`--card-headline-size`, `--line-color`).
 */
export const Themed: Story = {
  render: (args) => html`
    <div
      style="--brief-font-family: Georgia, serif; --brief-color-accent: #7a1f5c; --brief-color-surface: #fbf7f0; --brief-color-border: #d9c9b0; --brief-radius: 0"
    >
      <brief-indicator-card
        style="--card-headline-size: 3em; --line-color: #7a1f5c; --line-width: 3px"
        indicator=${args.indicator}
        lang=${args.lang}
      ></brief-indicator-card>
    </div>
  `,
};

/** The error panel: an indicator id that is not in the brief. It names the field and fires `brief-error`. */
export const UnknownIndicator: Story = { args: { indicator: 'inflation' } };

/** The error panel for a brief whose data is wrong: each problem names its field path. */
export const InvalidBrief: Story = {
  render: () => {
    const broken = structuredClone(usMexico2022) as unknown as Record<string, unknown>;
    broken.published = '2022-13-45';
    (broken.indicators as { direction: string }[])[0]!.direction = 'sideways';
    return html`<brief-indicator-card indicator="overdose-deaths" .brief=${broken}></brief-indicator-card>`;
  },
};

/** The card placed right after the brief's own words: `without-claim` leaves the quote out. */
export const WithoutClaim: Story = {
  render: (args) =>
    html`<brief-indicator-card without-claim indicator=${args.indicator}></brief-indicator-card>`,
};

/** A series point whose value is not a number: the error names `indicators[0].series.points[1].value`. */
export const BadValue: Story = {
  render: () => {
    const broken = structuredClone(usMexico2022) as unknown as {
      indicators: { series: { points: { value: unknown }[] } }[];
    };
    broken.indicators[0]!.series.points[1]!.value = 'about 60,000';
    return html`<brief-indicator-card indicator="overdose-deaths" .brief=${broken}></brief-indicator-card>`;
  },
};

/** A brief loaded from a URL with `src` (here a local blob of the bundled brief). */
export const FromSrc: Story = {
  render: (args) => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(usMexico2022)], { type: 'application/json' }));
    return html`<brief-indicator-card indicator=${args.indicator} src=${url}></brief-indicator-card>`;
  },
};
