import { expect } from '@open-wc/testing';
import { emulateMedia, sendMouse } from '@web/test-runner-commands';
import type { BriefTimeline } from '../../src/components/brief-timeline/brief-timeline.js';
import { textOf } from '../helpers/fixtures.js';
import '../helpers/console.js';
import { settle } from '../helpers/timeline.js';

/*
 * The timeline under `style-src 'self'` (DESIGN.md "CSP-safe"): this page gets the policy
 * from a <meta> added before any timeline is created (Chromium enforces a policy added
 * this way from then on), and a `securitypolicyviolation` listener registered first. A
 * style attribute written as a string — `styleMap`'s first render, an interpolated
 * `style="…"` — is blocked and reported; CSSOM writes (`style.setProperty`, what the
 * timeline's `styleProps` directive does) and adopted stylesheets are not. Its own file, as
 * the policy stays for the rest of the page.
 */
const violations: string[] = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    const target = event.composedPath()[0];
    const where =
      target instanceof Element ? [target.tagName.toLowerCase(), ...target.classList].join('.') : '?';
    violations.push(`${event.violatedDirective} on ${where}: ${event.sample}`);
  },
  true,
);
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "style-src 'self'";
document.head.append(meta);

/** Waits for the violations of what just happened to be reported (they are queued as tasks). */
async function reported(): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  return violations.splice(0);
}

/** A timeline in a column sized through the CSSOM (a style attribute here would be blocked too). */
async function mount(width: number, layout = 'auto'): Promise<BriefTimeline> {
  const column = document.createElement('div');
  column.style.setProperty('width', `${String(width)}px`);
  column.style.setProperty('font', '16px/1.5 sans-serif');
  const el = document.createElement('brief-timeline');
  el.setAttribute('now', '2026-11-28');
  el.setAttribute('layout', layout);
  column.append(el);
  document.body.append(column);
  await settle(el);
  return el;
}

const root = (el: BriefTimeline) => el.shadowRoot!;
const byText = (el: BriefTimeline, text: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((button) => textOf(button) === text)!;

async function act(el: BriefTimeline, what: string, action: () => void | Promise<void>): Promise<void> {
  await action();
  await settle(el);
  expect(await reported(), what).to.deep.equal([]);
}

describe('<brief-timeline> under a style-src policy', () => {
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    document.querySelectorAll('brief-timeline').forEach((el) => el.parentElement?.remove());
  });

  it('catches a style attribute written as a string on this page (the check works)', async () => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    expect((await reported()).length).to.equal(1);
    probe.remove();
  });

  it('sets off no violation in any state of the list: phases opened, all shown, a detail open, print', async () => {
    const el = await mount(650);
    expect(await reported(), 'first render').to.deep.equal([]);
    await act(el, 'a phase opened', () =>
      root(el).querySelector<HTMLButtonElement>('.phase__toggle')!.click(),
    );
    await act(el, 'all phases', () => byText(el, 'Show all phases').click());
    await act(el, 'detail open', () =>
      root(el).querySelector<HTMLButtonElement>('[data-id="joint-review-2026"]')!.click(),
    );
    await act(el, 'detail closed', () => byText(el, 'Close').click());
    await act(el, 'print', async () => {
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
    });
    await act(el, 'after print', async () => {
      window.dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    });
  });

  it('sets off no violation in any state of the axis: switched to, zoomed, panned, a phase, clusters, a detail', async () => {
    const el = await mount(650);
    await act(el, 'switched to the axis', () => byText(el, 'Timeline').click());
    await act(el, 'zoomed in', () =>
      root(el).querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click(),
    );
    await act(el, 'panned', async () => {
      const plot = root(el).querySelector('[part~="plot"]')!.getBoundingClientRect();
      const y = Math.round(plot.top + 8);
      await sendMouse({ type: 'move', position: [Math.round(plot.left + 400), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(plot.left + 150), y] });
      await sendMouse({ type: 'up' });
      await sendMouse({ type: 'move', position: [0, 0] });
    });
    await act(el, 'a phase', () =>
      root(el).querySelector<HTMLButtonElement>('.overview__band[data-phase="in-force"]')!.click(),
    );
    await act(el, 'everything', () => byText(el, 'Show all').click());
    await act(el, 'a cluster', () => root(el).querySelector<HTMLButtonElement>('.cluster')!.click());
    await act(el, 'detail open', () =>
      root(el).querySelector<HTMLButtonElement>('[part~="milestone"]')!.click(),
    );
    await act(el, 'print', async () => {
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
    });
  });

  it('sets off no violation in a 320 px column, axis and list', async () => {
    for (const layout of ['horizontal', 'vertical']) {
      const el = await mount(320, layout);
      await act(el, `${layout}: detail open`, () =>
        root(el).querySelector<HTMLButtonElement>('[data-id="usmca-expiry-2036"]')!.click(),
      );
    }
  });
});
