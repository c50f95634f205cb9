import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/brief-recommendation-checklist/brief-recommendation-checklist.js';
import {
  serializeTicks,
  storageKey,
} from '../src/components/brief-recommendation-checklist/brief-recommendation-checklist.state.js';
import { usMexico2022 } from '../src/data/index.js';
import type { Brief } from '../src/data/index.js';

interface Args {
  lang: string;
  theme: string;
  readonly: boolean;
  'actor-filter': string;
  'heading-level': number;
}

const actors = usMexico2022.actors.map((actor) => actor.id);

/** The bundled brief under its own version, so a story's saved ticks never mix with the reader's. */
function storyBrief(version: string): Brief {
  return { ...usMexico2022, version: `story-${version}` };
}

const someTicked = storyBrief('some-ticked');
const storageBroken = storyBrief('storage-unavailable');
/** The bundled brief with its record since the brief. */
const recorded = storyBrief('record');
const printed = storyBrief('print');

/** A column of `width` px (at most the canvas's width), as an article gives a widget; static styles only. */
function column(width: 320 | 650, content: unknown) {
  return width === 320
    ? html`<div style="width: 320px; max-width: 100%">${content}</div>`
    : html`<div style="width: 650px; max-width: 100%">${content}</div>`;
}

/** The checklist once it has rendered, for a story's `play`. */
async function checklistIn(canvas: HTMLElement): Promise<HTMLElement & { shadowRoot: ShadowRoot }> {
  const el = canvas.querySelector('brief-recommendation-checklist');
  if (!el?.shadowRoot) throw new Error('no checklist');
  await el.updateComplete;
  return el as HTMLElement & { shadowRoot: ShadowRoot };
}

/** Clicks what `selector` finds in the checklist and waits for it to render. */
async function clickIn(el: HTMLElement & { shadowRoot: ShadowRoot }, selector: string): Promise<void> {
  el.shadowRoot.querySelector<HTMLElement>(selector)?.click();
  await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
}

const meta: Meta<Args> = {
  title: 'Widgets/Recommendation checklist',
  component: 'brief-recommendation-checklist',
  tags: ['autodocs'],
  args: { lang: 'en', theme: 'auto', readonly: false, 'actor-filter': '', 'heading-level': 3 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    'actor-filter': { control: 'select', options: ['', ...actors] },
  },
  render: (args) => html`
    <brief-recommendation-checklist
      lang=${args.lang}
      theme=${args.theme}
      ?readonly=${args.readonly}
      actor-filter=${args['actor-filter']}
      heading-level=${args['heading-level']}
    ></brief-recommendation-checklist>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The bundled brief in a 650 px article column, as it first appears: the record's label and
 * summary, the reader's own checklist, and six folded recommendations, each with its
 * progress and the record's counts. A click on a title opens it.
 */
export const Default: Story = {
  render: (args) =>
    column(
      650,
      html`<brief-recommendation-checklist
        .brief=${recorded}
        lang=${args.lang}
        theme=${args.theme}
        ?readonly=${args.readonly}
        actor-filter=${args['actor-filter']}
        heading-level=${args['heading-level']}
      ></brief-recommendation-checklist>`,
    ),
};

/** One recommendation opened, and the first action's "What happened" with its note and sources. */
export const OneRecommendationOpen: Story = {
  render: Default.render,
  play: async ({ canvasElement }) => {
    const el = await checklistIn(canvasElement);
    await clickIn(el, '[part~="recommendation-title"]');
    await clickIn(el, '[part~="status-toggle"]');
  },
};

/** A reader part-way through: three actions ticked, saved in this browser and restored. */
export const SomeTicked: Story = {
  beforeEach: () => {
    try {
      localStorage.setItem(
        storageKey(someTicked.id, someTicked.version),
        serializeTicks(['rec-1-a', 'rec-2-b', 'rec-6-a']),
      );
    } catch {
      // Storage blocked in this browser: the story shows no ticks.
    }
  },
  render: (args) => html`
    <brief-recommendation-checklist
      .brief=${someTicked}
      lang=${args.lang}
      theme=${args.theme}
    ></brief-recommendation-checklist>
  `,
};

/** The actor filter set to Congress: only the actions addressed to Congress, with a live count. */
export const FilteredByActor: Story = { args: { 'actor-filter': 'congress' } };

/**
 * `readonly`: the record alone, as a tracker page's scorecard: what the record is and as of
 * when, its counts by status, and each recommendation's counts; opening one shows each
 * action's status with its date.
 */
export const ReadOnlyTracker: Story = { args: { readonly: true }, render: Default.render };

/**
 * The printed page, previewed on screen: the checklist's own print rules applied (a compact
 * table of tick ☑/☐, action, status and date; no buttons), after a reader ticked two
 * actions and opened one "What happened". Print the story (Ctrl+P) to see it on paper.
 */
export const PrintPreview: Story = {
  render: (args) =>
    column(
      650,
      html`<brief-recommendation-checklist
        .brief=${printed}
        lang=${args.lang}
      ></brief-recommendation-checklist>`,
    ),
  play: async ({ canvasElement }) => {
    const el = await checklistIn(canvasElement);
    await clickIn(el, '[part~="recommendation-title"]');
    for (const id of ['rec-1-a', 'rec-1-c']) {
      const box = el.shadowRoot.querySelector<HTMLInputElement>(`input[data-id="${id}"]`);
      if (box && !box.checked) await clickIn(el, `input[data-id="${id}"]`);
    }
    await clickIn(el, '[part~="status-toggle"]');
    await clickIn(el, '[part~="recommendation-title"]');
    // Its @media print rules as a screen sheet (CSSOM only), and the print render that beforeprint asks for.
    const print = new CSSStyleSheet();
    for (const sheet of el.shadowRoot.adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') {
          for (const inner of rule.cssRules) print.insertRule(inner.cssText, print.cssRules.length);
        }
      }
    }
    el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, print];
    window.dispatchEvent(new Event('beforeprint'));
  },
};

/** The widget's own text in Spanish (`lang="es"`); the brief's English text is marked as English. */
export const Spanish: Story = { args: { lang: 'es' }, render: Default.render };

/** The dark theme, forced with `theme="dark"`, with one recommendation open. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`
    <div style="background: #0d1117; padding: 1rem; width: 650px; max-width: 100%">
      <brief-recommendation-checklist
        .brief=${recorded}
        theme=${args.theme}
        lang=${args.lang}
      ></brief-recommendation-checklist>
    </div>
  `,
  play: OneRecommendationOpen.play,
};

/** A brief that keeps no record (no statuses, no `record`): the checklist alone, with no "no record" rows. */
export const WithoutRecord: Story = {
  render: (args) => {
    const brief = structuredClone(usMexico2022);
    brief.version = 'story-without-record';
    delete brief.record;
    for (const rec of brief.recommendations) for (const action of rec.actions) delete action.status;
    return column(
      650,
      html`<brief-recommendation-checklist
        .brief=${brief}
        lang=${args.lang}
      ></brief-recommendation-checklist>`,
    );
  },
};

/** A 320 px column, as on a phone: filters, tools and each header's counts wrap. */
export const Narrow: Story = {
  render: (args) =>
    column(
      320,
      html`<brief-recommendation-checklist
        .brief=${recorded}
        lang=${args.lang}
        theme=${args.theme}
      ></brief-recommendation-checklist>`,
    ),
};

/** Storage the browser refuses (here `localStorage` throws): ticking works in memory and a quiet note says progress will not be kept. */
export const StorageUnavailable: Story = {
  beforeEach: () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    return () => {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: Storage }).localStorage;
    };
  },
  render: (args) => html`
    <brief-recommendation-checklist
      .brief=${storageBroken}
      lang=${args.lang}
      theme=${args.theme}
    ></brief-recommendation-checklist>
  `,
};

/** A brief with a duplicate action id and an action with no actor: the error panel names each field. */
export const DataError: Story = {
  render: (args) => {
    const brief = structuredClone(usMexico2022);
    const [first, second] = brief.recommendations;
    if (first && second?.actions[0]) {
      second.actions[0].id = 'rec-1-a';
      const action = first.actions[1];
      if (action) action.actors = [];
    }
    return html`<brief-recommendation-checklist
      .brief=${brief}
      lang=${args.lang}
    ></brief-recommendation-checklist>`;
  },
};
