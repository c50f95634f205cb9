import type { TimelineEvent } from '../data/types.js';

/** Fired when a reader opens a milestone of a timeline (click, Enter or Space). */
export class BriefSelectEvent extends Event {
  /** Id of the milestone the reader chose. */
  readonly id: string;
  /** The milestone, as the brief gives it. */
  readonly event: TimelineEvent;
  /** Id of the scenario (path) the milestone belongs to, or `null` for the main line. */
  readonly scenarioId: string | null;

  constructor(event: TimelineEvent, scenarioId: string | null = null) {
    super('brief-select', { bubbles: true, composed: true });
    this.id = event.id;
    this.event = event;
    this.scenarioId = scenarioId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'brief-select': BriefSelectEvent;
  }
}
