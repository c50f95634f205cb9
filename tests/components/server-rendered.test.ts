import { expect } from '@open-wc/testing';
import '../../src/components/brief-recommendation-checklist/brief-recommendation-checklist.js';
import type { BriefRecommendationChecklist } from '../../src/components/brief-recommendation-checklist/brief-recommendation-checklist.js';
import '../../src/components/brief-timeline/brief-timeline.js';
import type { BriefTimeline } from '../../src/components/brief-timeline/brief-timeline.js';
import { usMexico2022 } from '../../src/data/index.js';
import '../helpers/console.js';
import { textOf } from '../helpers/fixtures.js';

/**
 * Widgets upgraded on a declarative shadow root, as a server render leaves them (the
 * markup here is a stand-in: Lit's hydration itself is checked on a real server render
 * in tests/e2e/ssr.test.js). Without Lit's hydration support the widget draws afresh;
 * what a reader sees must still be the widget's brief, never its loading placeholder,
 * and then what only their browser knows (their ticks).
 */
const KEY = `briefing-widgets:checklist:${usMexico2022.id}@${usMexico2022.version}`;

/** Inserts `<tag>` with a declarative shadow root holding the server's text; records each state its shadow root shows. */
function serverRendered(tag: 'brief-timeline' | 'brief-recommendation-checklist'): {
  element: BriefTimeline | BriefRecommendationChecklist;
  seen: string[];
  done: () => void;
} {
  const container = document.createElement('div');
  document.body.append(container);
  const seen: string[] = [];
  container.setHTMLUnsafe(
    `<${tag}><template shadowrootmode="open"><p>Drawn on the server</p></template></${tag}>`,
  );
  const element = container.firstElementChild as BriefTimeline | BriefRecommendationChecklist;
  const root = element.shadowRoot as ShadowRoot;
  const record = () => {
    if (root.querySelector('[part~="loading"]')) seen.push('loading');
  };
  const observer = new MutationObserver(record);
  observer.observe(root, { childList: true, subtree: true });
  record();
  return {
    element,
    seen,
    done: () => {
      observer.disconnect();
      container.remove();
    },
  };
}

describe('server-rendered widgets', () => {
  afterEach(() => {
    localStorage.removeItem(KEY);
  });

  // First in this file: the bundled brief is not loaded yet, so the widget must wait for it.
  it('keeps the server’s timeline until the bundled brief is here: never its loading placeholder', async () => {
    const { element, seen, done } = serverRendered('brief-timeline');
    await element.updateComplete;
    expect(seen).to.deep.equal([]);
    expect(textOf(element)).to.include('NAFTA enters into force');
    done();
  });

  it('shows the reader’s stored ticks once the server’s checklist is hydrated', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ v: 1, ticked: [usMexico2022.recommendations[0]?.actions[0]?.id] }),
    );
    const { element, seen, done } = serverRendered('brief-recommendation-checklist');
    await element.updateComplete;
    expect(seen).to.deep.equal([]);
    expect(textOf(element)).to.include('1 of 16 actions ticked');
    done();
  });
});
