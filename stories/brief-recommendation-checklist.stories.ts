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

/** The bundled brief's six recommendations, every one open, with the reader's own ticks (none yet). */
export const Default: Story = {};

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

/** `readonly`: the publisher's status record alone, for a tracker page. */
export const ReadOnlyTracker: Story = { args: { readonly: true } };

/** The widget's own text in Spanish (`lang="es"`); the brief's English text is marked as English. */
export const Spanish: Story = { args: { lang: 'es' } };

/** The dark theme, forced with `theme="dark"`. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`
    <div style="background: #0d1117; padding: 1rem">
      <brief-recommendation-checklist theme=${args.theme} lang=${args.lang}></brief-recommendation-checklist>
    </div>
  `,
};

/** A 320 px column, as on a phone: filters and tools wrap, progress moves under each title. */
export const Narrow: Story = {
  render: (args) => html`
    <div style="width: 320px; max-width: 100%">
      <brief-recommendation-checklist lang=${args.lang} theme=${args.theme}></brief-recommendation-checklist>
    </div>
  `,
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
