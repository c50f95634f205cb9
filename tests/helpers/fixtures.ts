import { usMexico2022 } from '../../src/data/index.js';
import type { Brief } from '../../src/data/index.js';

/** A deep copy of the bundled brief, to change in one test without touching the others. */
export function briefCopy(): Brief {
  return structuredClone(usMexico2022);
}

/** A copy of the bundled brief with one change applied. */
export function briefWith(change: (brief: Brief) => void): Brief {
  const brief = briefCopy();
  change(brief);
  return brief;
}

/** An element's text (its shadow root's, if it has one), whitespace folded. */
export function textOf(element: Element): string {
  const root = element.shadowRoot ?? element;
  return root.textContent.replace(/\s+/g, ' ').trim();
}

/** The next `name` event from `target`, typed from the global event map. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => {
    target.addEventListener(name, (event) => resolve(event as GlobalEventHandlersEventMap[K]), {
      once: true,
    });
  });
}
