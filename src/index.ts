/**
 * `briefing-widgets`: registers every element and exports their classes, the events and
 * the data types.
 */
export { BriefIndicatorCard } from './components/brief-indicator-card/brief-indicator-card.js';
export { BriefIndicatorGrid } from './components/brief-indicator-grid/brief-indicator-grid.js';
export { BriefRecommendationChecklist } from './components/brief-recommendation-checklist/brief-recommendation-checklist.js';
export { BriefTimeline } from './components/brief-timeline/brief-timeline.js';
export {
  BriefLoadEvent,
  BriefErrorEvent,
  BriefSelectEvent,
  BriefChecklistChangeEvent,
  briefEventNames,
} from './events/index.js';
export type * from './data/types.js';
