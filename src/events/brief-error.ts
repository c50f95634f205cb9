import type { BriefProblem } from '../data/types.js';

/** Fired when a widget cannot show its data; each problem names its field path. */
export class BriefErrorEvent extends Event {
  /** What is wrong, each with the field path at fault (`indicators[2].series`). */
  readonly problems: readonly BriefProblem[];

  constructor(problems: readonly BriefProblem[]) {
    super('brief-error', { bubbles: true, composed: true });
    this.problems = problems;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'brief-error': BriefErrorEvent;
  }
}
