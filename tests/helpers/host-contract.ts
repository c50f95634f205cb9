/**
 * The contract every widget keeps with the page it sits in (DESIGN.md, "Shared by every
 * element"), as one suite each widget runs: where the brief comes from (the `brief`
 * property → inline JSON → `src` → the bundled brief), `src` loaded without cookies,
 * its failures, abort on disconnect, `lang` from an ancestor and from `<html>`, `theme`,
 * the error panel with one console error, and print.
 *
 * Expectations are what a reader sees, written down here and in each widget's spec —
 * never computed by the code under test. The briefs come from a small hand-written JSON
 * file (`tests/fixtures/small-brief.json`), so every expected string is in that file.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Brief } from '../../src/data/index.js';
import type { BriefErrorEvent } from '../../src/events/brief-error.js';
import type { BriefLoadEvent } from '../../src/events/brief-load.js';
import type { BriefElement } from '../../src/internal/brief-element.js';
import { expectConsole } from './console.js';
import { nextEvent, textOf } from './fixtures.js';

/** What a widget's contract test needs to know about it. */
export interface WidgetSpec {
  tag: string;
  /** Attributes every instance gets (e.g. `indicator`); the small brief has what they name. */
  attributes?: Record<string, string>;
  /** Text the widget shows with the bundled brief (`us-mexico-2022`). */
  defaultText: string;
  /**
   * Text the widget shows in English and in Spanish with the bundled brief: words of its
   * own interface, not of the brief.
   */
  english: string;
  spanish: string;
  /** What a printed page shows that the screen folds away; runs between beforeprint and afterprint. */
  print: {
    /** What the test checks, for its title. */
    shows: string;
    /** What the reader does on screen before printing (folds a section…). */
    before?: (element: HTMLElement) => Promise<void>;
    check: (element: HTMLElement) => void | Promise<void>;
  };
}

/** The page path of the small brief, as the test server serves the repository. */
export const SMALL_BRIEF_URL = '/tests/fixtures/small-brief.json';

let small: Brief | undefined;

/** The small brief, with its publisher (and the timeline's title) carrying `label`. */
async function smallBrief(label?: string): Promise<Brief> {
  small ??= (await (await fetch(SMALL_BRIEF_URL)).json()) as Brief;
  const brief = structuredClone(small);
  if (label) {
    brief.publisher = `${label} Institute`;
    if (brief.timeline) brief.timeline.title = `${label} Institute timeline`;
  }
  return brief;
}

interface MountOptions {
  attributes?: Record<string, string>;
  /** Text of an inline `<script type="application/json">` child. */
  inline?: string;
  brief?: Brief;
  /** Where to connect it; a new fixture by default. */
  parent?: HTMLElement;
}

interface Mounted {
  element: BriefElement;
  /** The first `brief-load` and `brief-error`, listened for before the element connects. */
  loaded: Promise<BriefLoadEvent>;
  failed: Promise<BriefErrorEvent>;
}

function isWidget(element: HTMLElement): element is BriefElement {
  return 'updateComplete' in element && 'brief' in element;
}

/** Creates the widget as a page would, then connects it (inside a test fixture, cleaned up after). */
async function mount(spec: WidgetSpec, options: MountOptions = {}): Promise<Mounted> {
  const element = document.createElement(spec.tag);
  if (!isWidget(element)) throw new Error(`<${spec.tag}> is not a registered widget`);
  for (const [name, value] of Object.entries({ ...spec.attributes, ...options.attributes })) {
    element.setAttribute(name, value);
  }
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.inline;
    element.append(script);
  }
  if (options.brief) element.brief = options.brief;
  const parent = options.parent ?? (await fixture<HTMLElement>(html`<div></div>`));
  const loaded = nextEvent(element, 'brief-load');
  const failed = nextEvent(element, 'brief-error');
  parent.append(element);
  return { element, loaded, failed };
}

async function settled(element: BriefElement): Promise<void> {
  await element.updateComplete;
  // A nested widget (the grid's cards) renders in the update after its parent's.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
}

function part(element: HTMLElement, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

/** Replaces `fetch` for one test; restored after it. */
let restoreFetch: (() => void) | undefined;
function replaceFetch(replacement: typeof fetch): void {
  const original = window.fetch.bind(window);
  window.fetch = replacement;
  restoreFetch = () => {
    window.fetch = original;
  };
}

/** Runs the host contract for one widget. */
export function hostContract(spec: WidgetSpec): void {
  describe(`<${spec.tag}> host contract`, () => {
    afterEach(async () => {
      restoreFetch?.();
      restoreFetch = undefined;
      document.documentElement.removeAttribute('lang');
      await emulateMedia({ colorScheme: 'light', media: 'screen' });
    });

    describe('where the brief comes from', () => {
      it('shows the bundled brief when it is given none, and says so with brief-load', async () => {
        const { element, loaded } = await mount(spec);
        expect((await loaded).brief.id).to.equal('us-mexico-2022');
        await settled(element);
        expect(textOf(element)).to.contain(spec.defaultText);
      });

      it('prefers the brief property to inline JSON and to src', async () => {
        const { element } = await mount(spec, {
          brief: await smallBrief('Property'),
          inline: JSON.stringify(await smallBrief('Inline')),
          attributes: { src: SMALL_BRIEF_URL },
        });
        await settled(element);
        expect(textOf(element)).to.contain('Property Institute');
        expect(textOf(element)).not.to.contain('Inline Institute');
      });

      it('prefers inline JSON to src, and shows what it holds', async () => {
        const { element } = await mount(spec, {
          inline: JSON.stringify(await smallBrief('Inline')),
          attributes: { src: SMALL_BRIEF_URL },
        });
        await settled(element);
        expect(textOf(element)).to.contain('Inline Institute');
        expect(textOf(element)).not.to.contain('Small Brief Institute');
      });

      it('loads src without cookies, shows a loading placeholder, then the brief', async () => {
        const requests: RequestInit[] = [];
        const original = window.fetch.bind(window);
        replaceFetch((input, init) => {
          requests.push(init ?? {});
          return original(input, init);
        });
        const { element, loaded } = await mount(spec, { attributes: { src: SMALL_BRIEF_URL } });
        await element.updateComplete;
        expect(part(element, 'loading') !== null, 'a loading placeholder').to.equal(true);
        expect((await loaded).brief.id).to.equal('small-brief');
        await settled(element);
        expect(textOf(element)).to.contain('Small Brief Institute');
        expect(requests).to.have.length(1);
        expect(requests[0]!.credentials).to.equal('omit');
      });

      it('names src in its error panel when the file is missing (404)', async () => {
        const messages = expectConsole(1);
        const { element, failed } = await mount(spec, {
          attributes: { src: '/tests/fixtures/no-such-brief.json' },
        });
        const event = await failed;
        await settled(element);
        expect(event.problems.map((problem) => problem.path)).to.deep.equal(['src']);
        expect(textOf(part(element, 'error')!)).to.contain('HTTP 404');
        expect(messages.map((message) => message.level)).to.deep.equal(['error']);
        expect(messages[0]!.text).to.contain('src');
      });

      it('says the file is not JSON when src holds something else', async () => {
        const messages = expectConsole(1);
        const { element, failed } = await mount(spec, {
          attributes: { src: '/tests/fixtures/not-json.txt' },
        });
        const event = await failed;
        await settled(element);
        expect(event.problems.map((problem) => problem.path)).to.deep.equal(['(JSON)']);
        expect(textOf(part(element, 'error')!)).to.contain('is not valid JSON');
        expect(messages).to.have.length(1);
      });

      it('aborts a src request when it leaves the page, and reports nothing', async () => {
        let signal: AbortSignal | undefined;
        replaceFetch((_input, init) => {
          signal = init?.signal ?? undefined;
          return new Promise((_resolve, reject) => {
            signal?.addEventListener('abort', () => {
              reject(new DOMException('The operation was aborted.', 'AbortError'));
            });
          });
        });
        const { element } = await mount(spec, { attributes: { src: SMALL_BRIEF_URL } });
        let reported = false;
        element.addEventListener('brief-error', () => (reported = true));
        element.addEventListener('brief-load', () => (reported = true));
        await element.updateComplete;
        expect(signal, 'a request was made').not.to.equal(undefined);
        expect(signal!.aborted).to.equal(false);
        element.remove();
        expect(signal!.aborted).to.equal(true);
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(reported).to.equal(false);
      });
    });

    describe('errors', () => {
      it('shows an accessible error panel naming the field, logs one console error, and leaves the next widget alone', async () => {
        const messages = expectConsole(1);
        const wrong = await smallBrief();
        wrong.published = '2024-02-30';
        const parent = await fixture<HTMLElement>(html`<div></div>`);
        const { element: broken, failed } = await mount(spec, { inline: JSON.stringify(wrong), parent });
        const { element: next } = await mount(spec, { parent });
        const event = await failed;
        await settled(broken);
        await settled(next);
        expect(event.problems.map((problem) => problem.path)).to.deep.equal(['published']);
        const panel = part(broken, 'error')!;
        expect(panel.getAttribute('role')).to.equal('alert');
        expect(textOf(panel)).to.contain('published');
        expect(messages).to.have.length(1);
        expect(messages[0]!.text).to.contain(`<${spec.tag}>`);
        expect(messages[0]!.text).to.contain('published');
        expect(textOf(next)).to.contain(spec.defaultText);
        await expect(broken).to.be.accessible();
      });
    });

    describe('a brief that arrives late, and hostile objects', () => {
      it('with without-default, waits for its brief: no bundled brief, no event, then the brief it is given', async () => {
        const { element } = await mount(spec, { attributes: { 'without-default': '' } });
        let reported = 0;
        element.addEventListener('brief-load', () => (reported += 1));
        element.addEventListener('brief-error', () => (reported += 1));
        await settled(element);
        expect(part(element, 'loading') !== null, 'a loading placeholder').to.equal(true);
        expect(textOf(element)).not.to.contain(spec.defaultText);
        const loaded = nextEvent(element, 'brief-load');
        element.brief = await smallBrief('Late');
        expect((await loaded).brief.publisher).to.equal('Late Institute');
        await settled(element);
        expect(textOf(element)).to.contain('Late Institute');
        expect(reported).to.equal(1);
      });

      // Each maker returns its brief in a box: awaiting a Proxy itself would read its `then`.
      const hostile: [string, () => Promise<{ value: unknown }>, RegExp][] = [
        [
          'a field whose getter throws',
          async () => {
            const brief = await smallBrief();
            Object.defineProperty(brief, 'title', {
              enumerable: true,
              get() {
                throw new Error('title getter exploded');
              },
            });
            return { value: brief };
          },
          /title getter exploded/,
        ],
        [
          'a Proxy that throws on every read',
          async () => {
            await smallBrief();
            const value = new Proxy(
              {},
              {
                get() {
                  throw new Error('proxy trap');
                },
                has() {
                  throw new Error('proxy trap');
                },
                ownKeys() {
                  throw new Error('proxy trap');
                },
                getOwnPropertyDescriptor() {
                  throw new Error('proxy trap');
                },
              },
            );
            return { value };
          },
          /proxy trap/,
        ],
        [
          'a cycle through its own fields',
          async () => {
            const brief = (await smallBrief()) as unknown as { indicators: unknown[] };
            brief.indicators.push(brief);
            return { value: brief };
          },
          /indicators\[1\]/,
        ],
        [
          'a title of ten million characters',
          async () => {
            const brief = await smallBrief();
            brief.title = 'x'.repeat(10_000_000);
            return { value: brief };
          },
          /title: must be at most 5000 characters long/,
        ],
      ];
      for (const [name, make, shown] of hostile) {
        it(`shows an error panel, never an uncaught error, for ${name}`, async () => {
          const messages = expectConsole(1);
          const uncaught: string[] = [];
          const onError = (event: ErrorEvent) => uncaught.push(event.message);
          window.addEventListener('error', onError);
          try {
            const { value } = await make();
            const { element, failed } = await mount(spec, { brief: value as Brief });
            await failed;
            await settled(element);
            expect(textOf(part(element, 'error')!)).to.match(shown);
            expect(messages).to.have.length(1);
          } finally {
            window.removeEventListener('error', onError);
          }
          expect(uncaught).to.deep.equal([]);
        });
      }

      it('shows a frozen brief like any other', async () => {
        const brief = await smallBrief('Frozen');
        const { element, loaded } = await mount(spec, { brief: Object.freeze(brief) });
        expect((await loaded).brief.publisher).to.equal('Frozen Institute');
        await settled(element);
        expect(textOf(element)).to.contain('Frozen Institute');
      });
    });

    describe('language and theme', () => {
      it('takes its language from the nearest ancestor’s lang', async () => {
        const parent = await fixture<HTMLElement>(html`<div lang="es-MX"></div>`);
        const { element } = await mount(spec, { parent });
        await settled(element);
        expect(textOf(element)).to.contain(spec.spanish);
        expect(textOf(element)).not.to.contain(spec.english);
      });

      it('follows a change of the page’s <html lang>', async () => {
        const { element } = await mount(spec);
        await settled(element);
        expect(textOf(element)).to.contain(spec.english);
        document.documentElement.lang = 'es';
        await new Promise((resolve) => setTimeout(resolve, 0));
        await settled(element);
        expect(textOf(element)).to.contain(spec.spanish);
      });

      it('follows the reader’s dark setting, and theme="light" or "dark" overrides it', async () => {
        await emulateMedia({ colorScheme: 'dark' });
        const { element: auto } = await mount(spec);
        const { element: light } = await mount(spec, { attributes: { theme: 'light' } });
        await emulateMedia({ colorScheme: 'light' });
        const { element: dark } = await mount(spec, { attributes: { theme: 'dark' } });
        await emulateMedia({ colorScheme: 'dark' });
        await settled(dark);
        // The text colours of the dark and light palettes (host.styles.ts).
        expect(getComputedStyle(auto).color).to.equal('rgb(232, 237, 242)');
        expect(getComputedStyle(light).color).to.equal('rgb(31, 35, 40)');
        await emulateMedia({ colorScheme: 'light' });
        expect(getComputedStyle(dark).color).to.equal('rgb(232, 237, 242)');
      });
    });

    describe('print', () => {
      it(`prints ${spec.print.shows}`, async () => {
        const { element } = await mount(spec);
        await settled(element);
        await spec.print.before?.(element);
        window.dispatchEvent(new Event('beforeprint'));
        await settled(element);
        await emulateMedia({ media: 'print' });
        try {
          await spec.print.check(element);
        } finally {
          window.dispatchEvent(new Event('afterprint'));
          await emulateMedia({ media: 'screen' });
        }
      });
    });
  });
}
