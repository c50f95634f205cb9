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

/**
 * The brief's first indicator: the brief's assessment ("Brief, June 2022: worsening") and,
 * on its own line, the record since ("Since then: down 26% from the 2022 peak"); the
 * brief's figure with its source line; the sparkline with its first, named and last
 * values labelled and the brief's date marked; the claim; note, data, context and
 * sources one click away.
 */
export const Default: Story = {};

/** In a 650 px article column, where an editor places it: at most 600 px tall. */
export const InArticleColumn: Story = {
  render: (args) => html`
    <div style="width: 650px; max-width: 100%">
      <brief-indicator-card
        indicator=${args.indicator}
        lang=${args.lang}
        theme=${args.theme}
      ></brief-indicator-card>
    </div>
  `,
};

/**
 * A related series: the headline is the brief's figure (the share of territory), the
 * chart another measure (homicides), so the chart carries its own heading.
 */
export const RelatedSeries: Story = { args: { indicator: 'cartel-territory' } };

/**
 * How it prints: open the print preview (Ctrl/⌘ + P) on this story. The card prints its
 * assessment, figure, record since and source lines with their URLs; the note prints
 * because it is open here; data, context and the source list stay folded, as the reader
 * left them.
 */
export const Print: Story = {
  render: (args) => html`
    <div style="width: 650px; max-width: 100%">
      <brief-indicator-card
        indicator=${args.indicator}
        lang=${args.lang}
        theme=${args.theme}
        @brief-load=${(event: Event) => {
          const card = event.currentTarget as HTMLElement;
          void (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.then(() => {
            card.shadowRoot?.querySelector<HTMLDetailsElement>('details.note')?.setAttribute('open', '');
          });
        }}
      ></brief-indicator-card>
    </div>
  `,
};

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

/** The compact variant, for sidebars and grids: no claim where there is a figure, no figure description. */
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

/** A series with gaps (no Article 19 figure for 2019 and 2021): a faint dotted bridge, never a solid line. */
export const SeriesWithGaps: Story = { args: { indicator: 'human-rights' } };

/** A cumulative count (USMCA labor cases): the record reads "up from 4 on June 12, 2022 to 22 …". */
export const Cumulative: Story = { args: { indicator: 'trade-tensions' } };

/** A qualitative indicator: no figure; the brief's assessment, its claim and the latest dated context. */
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
