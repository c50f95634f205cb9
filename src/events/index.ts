/** Every public event name, in one place. */
export const briefEventNames = {
  load: 'brief-load',
  error: 'brief-error',
  select: 'brief-select',
  /** The checklist's tick by a reader: a `BriefChecklistChangeEvent` of the native name. */
  change: 'change',
} as const;

export { BriefLoadEvent } from './brief-load.js';
export { BriefErrorEvent } from './brief-error.js';
export { BriefSelectEvent } from './brief-select.js';
export { BriefChecklistChangeEvent } from './brief-checklist-change.js';
