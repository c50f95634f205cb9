import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/brief-indicator-grid/brief-indicator-grid.js';
import { expectConsole } from '../helpers/console.js';
import { briefWithIndicators } from '../helpers/large-briefs.js';

/*
 * A widget given an author brief of thousands of items validates it in slices: it shows
 * its loading placeholder first (the page keeps answering meanwhile), then the brief,
 * reporting `brief-load` once; `updateComplete` resolves with the brief drawn; a wrong
 * one ends in the error panel as any other.
 */

/** Appends a grid with `brief` and notes the parts its shadow root gets, in order. */
async function watched(brief: unknown) {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement('brief-indicator-grid');
  el.brief = brief as typeof el.brief;
  const seen: string[] = [];
  const loads: Event[] = [];
  el.addEventListener('brief-load', (event) => loads.push(event));
  host.append(el);
  const observer = new MutationObserver(() => {
    const part = el.shadowRoot!.querySelector('[part~="loading"], [part~="grid"], [part~="error"]');
    const name = part?.getAttribute('part') ?? '';
    if (name && seen[seen.length - 1] !== name) seen.push(name);
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  return { el, seen, loads, observer };
}

describe('a widget with an author brief of 10,000 items', () => {
  it('shows its loading placeholder, then the brief, and reports brief-load once', async () => {
    const { el, seen, loads, observer } = await watched(briefWithIndicators(10000));
    await el.updateComplete;
    observer.disconnect();
    expect(seen).to.deep.equal(['loading', 'grid']);
    expect(loads).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('brief-indicator-card')).to.have.length(24);
  });

  it('ends in the error panel, naming the field, for a wrong one', async () => {
    const messages = expectConsole(1);
    const brief = briefWithIndicators(10000);
    (brief.indicators[7777] as { direction: string }).direction = 'sideways';
    const { el, seen, observer } = await watched(brief);
    await el.updateComplete;
    observer.disconnect();
    expect(seen).to.deep.equal(['loading', 'error']);
    expect(messages[0]!.text).to.contain('indicators[7777].direction');
  });
});
