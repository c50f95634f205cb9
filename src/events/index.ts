/** Every public event name, in one place. */
export const briefEventNames = {
  load: 'brief-load',
  error: 'brief-error',
  select: 'brief-select',
} as const;

export { BriefLoadEvent } from './brief-load.js';
export { BriefErrorEvent } from './brief-error.js';
export { BriefSelectEvent } from './brief-select.js';
