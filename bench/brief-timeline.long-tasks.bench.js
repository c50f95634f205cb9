/**
 * `<brief-timeline>` with 1,000 and 10,000 milestones, with the bundled brief's phases
 * and without (grouped by calendar spans): the list (first render, "Show all phases",
 * "Show more" in the open phase) and the axis (first render, "Show all", one zoom step).
 */
import { longTaskSection } from './long-tasks.js';

export default (context) =>
  longTaskSection(context, {
    title: '<brief-timeline>',
    cases: [
      'validate milestones',
      'list, phases',
      'list, phases: show all phases',
      'list, phases: show more',
      'list, no phases',
      'list, no phases: show all phases',
      'list, no phases: show more',
      'axis, phases',
      'axis, phases: show all',
      'axis, phases: zoom in',
      'axis, no phases',
      'axis, no phases: show all',
      'axis, no phases: zoom in',
    ],
    notes:
      'The list in a 650 px column (`layout="vertical"`), the axis in 1100 px (`layout="horizontal"`), `now` 2026-11-28; ' +
      '"in the DOM" counts milestone buttons (in folded phases too).',
  });
