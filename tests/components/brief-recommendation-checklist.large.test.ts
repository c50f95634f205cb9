import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/brief-recommendation-checklist/brief-recommendation-checklist.js';
import type { BriefRecommendationChecklist } from '../../src/components/brief-recommendation-checklist/brief-recommendation-checklist.js';
import type { Brief } from '../../src/data/index.js';
import '../helpers/console.js';
import { textOf } from '../helpers/fixtures.js';
import { briefWithActions, briefWithRecommendations } from '../helpers/large-briefs.js';

/*
 * A checklist of thousands of recommendations, or of one recommendation with thousands
 * of actions, is drawn in reading order a chunk at a time (a few hundred lines: headers
 * and rows), never all at once; `updateComplete` waits for the whole list. What it says
 * of the list (progress, the filter's count) covers every action from the start.
 */

type Checklist = BriefRecommendationChecklist;

const root = (el: Checklist) => el.shadowRoot!;
const headers = (el: Checklist) => [
  ...root(el).querySelectorAll<HTMLButtonElement>('[part~="recommendation-title"]'),
];
const boxes = (el: Checklist) => root(el).querySelectorAll('input[type="checkbox"]').length;
const partText = (el: Checklist, name: string) => textOf(root(el).querySelector(`[part~="${name}"]`)!);

/** Most lines a chunk may hold here: a list drawn "at once" would have thousands. */
const CHUNK_AT_MOST = 500;

/**
 * The checklist of `brief` as its first update leaves it (when it reports `brief-load`),
 * and the element, still drawing the rest.
 */
async function firstDrawn(
  brief: Brief,
): Promise<{ el: Checklist; headers: number; text: Record<string, string> }> {
  const host = await fixture<HTMLElement>(html`<div style="width: 650px"></div>`);
  const el = document.createElement('brief-recommendation-checklist');
  el.lang = 'en';
  el.brief = brief;
  const first = new Promise<{ headers: number; text: Record<string, string> }>((resolve) => {
    el.addEventListener(
      'brief-load',
      () => {
        resolve({
          headers: headers(el).length,
          text: { progress: partText(el, 'progress'), count: partText(el, 'count') },
        });
      },
      { once: true },
    );
  });
  host.append(el);
  return { el, ...(await first) };
}

/** What a reader's click leaves after the update it causes, before the next chunk (a task later). */
async function afterClick(target: HTMLElement): Promise<void> {
  const next = new Promise((resolve) => setTimeout(resolve, 0));
  target.click();
  await next;
}

beforeEach(() => {
  localStorage.clear();
});

describe('<brief-recommendation-checklist> with thousands of items', () => {
  it('draws 10,000 recommendations a chunk at a time, and counts all 26,670 actions from the first', async () => {
    const { el, headers: first, text } = await firstDrawn(briefWithRecommendations(10000));
    expect(first).to.be.greaterThan(0).and.at.most(CHUNK_AT_MOST);
    // 10,000 recommendations: 1,666 times the bundled six (16 actions), then its first four (14).
    expect(text['progress']).to.equal('Your checklist 0 of 26,670 actions ticked');
    expect(text['count']).to.equal('Showing all 26,670 actions');
    el.remove();
  });

  it('draws every recommendation in order, folded, by the time the update completes', async () => {
    const { el, headers: first } = await firstDrawn(briefWithRecommendations(2000));
    expect(first).to.be.at.most(CHUNK_AT_MOST);
    await el.updateComplete;
    const all = headers(el);
    expect(all).to.have.length(2000);
    expect(all.every((header) => header.getAttribute('aria-expanded') === 'false')).to.equal(true);
    // Recommendation 2,000 is copy 334 of the bundled second (2,000 = 333 × 6 + 2).
    expect(textOf(all[1999]!)).to.equal(
      '2,000. Washington needs to be firm, and public, on violations of USMCA, the deteriorating investment ' +
        'climate, and the mistreatment of U.S. companies. (334)',
    );
    expect(boxes(el)).to.equal(0);
  });

  it('opens 1,000 recommendations with "Expand all" a chunk at a time, the top first, all of them in the end', async () => {
    const { el } = await firstDrawn(briefWithRecommendations(1000));
    await el.updateComplete;
    await afterClick(root(el).querySelector<HTMLButtonElement>('[part~="tools"] button')!);
    const opened = () => headers(el).map((header) => header.getAttribute('aria-expanded') === 'true');
    expect(boxes(el)).to.be.greaterThan(0).and.at.most(CHUNK_AT_MOST);
    expect(opened()[0], 'the first is open').to.equal(true);
    expect(opened()[999], 'the last is still folded').to.equal(false);
    expect(textOf(root(el).querySelector('[part~="tools"] button')!)).to.equal('Collapse all');
    await el.updateComplete;
    // 1,000 recommendations: 166 times the bundled six (16 actions), then its first four (14).
    expect(boxes(el)).to.equal(2670);
    expect(opened().every(Boolean)).to.equal(true);
  });

  it('opens one recommendation of 3,000 actions a chunk at a time; the last action ticks', async () => {
    const { el } = await firstDrawn(briefWithActions(3000));
    await el.updateComplete;
    await afterClick(headers(el)[0]!);
    expect(boxes(el)).to.be.greaterThan(0).and.at.most(CHUNK_AT_MOST);
    await el.updateComplete;
    expect(boxes(el)).to.equal(3000);
    // Action 3,000 is copy 188 of the bundled brief's eighth action, rec-3-a (3,000 = 187 × 16 + 8).
    const last = root(el).querySelector<HTMLInputElement>('input[data-id="rec-3-a-188"]')!;
    last.closest('label')!.click();
    await el.updateComplete;
    expect(partText(el, 'progress')).to.equal('Your checklist 1 of 3,000 actions ticked');
  });

  it('is accessible half drawn: recommendations opened by "Expand all" and the ones still to open', async () => {
    // 100 recommendations, 270 actions: more lines than one chunk holds.
    const { el } = await firstDrawn(briefWithRecommendations(100));
    await el.updateComplete;
    await afterClick(root(el).querySelector<HTMLButtonElement>('[part~="tools"] button')!);
    const opened = headers(el).map((header) => header.getAttribute('aria-expanded'));
    expect(opened[0]).to.equal('true');
    expect(opened[99]).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('stops drawing when it leaves the page and goes on when it comes back', async () => {
    const { el } = await firstDrawn(briefWithRecommendations(2000));
    const host = el.parentElement!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = headers(el).length;
    expect(stopped).to.be.below(2000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(headers(el).length, 'nothing drawn while away').to.equal(stopped);
    host.append(el);
    await el.updateComplete;
    expect(headers(el)).to.have.length(2000);
  });
});
