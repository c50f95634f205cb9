/**
 * `briefing-widgets/data`: the data model, its validator and schema, and the bundled
 * default brief. Side-effect free: importing it registers no element.
 */
export type * from './types.js';
export { BriefSchema, MAX_TEXT, isCalendarDate } from './schema.js';
export { validateBrief, checkReferences, formatPath } from './validate.js';
export { usMexico2022, usMexico2022 as defaultBrief } from './briefs/us-mexico-2022.js';
