import type { Brief } from '../data/types.js';

/** Fired when a widget's brief is ready (resolved, loaded and valid). */
export class BriefLoadEvent extends Event {
  /** The brief the widget now shows. */
  readonly brief: Brief;

  constructor(brief: Brief) {
    super('brief-load', { bubbles: true, composed: true });
    this.brief = brief;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'brief-load': BriefLoadEvent;
  }
}
