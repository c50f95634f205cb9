/** Every public event name, in one place. */
export const briefEventNames = {
  load: 'brief-load',
  error: 'brief-error',
} as const;

export { BriefLoadEvent } from './brief-load.js';
export { BriefErrorEvent } from './brief-error.js';
