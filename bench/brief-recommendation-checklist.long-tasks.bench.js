/**
 * `<brief-recommendation-checklist>` with 1,000 and 10,000 items: one recommendation of
 * that many actions (first render, folded, then opening it), and that many recommendations
 * of about 2.7 actions each (first render, folded, then "Expand all").
 */
import { longTaskSection } from './long-tasks.js';

export default (context) =>
  longTaskSection(context, {
    title: '<brief-recommendation-checklist>',
    cases: [
      'validate recommendations',
      'checklist 1 × n',
      'checklist 1 × n open',
      'checklist n × ~2.7',
      'checklist n × ~2.7 expand all',
    ],
    notes:
      'The checklist sits in a 650 px column; "in the DOM" counts recommendations (first renders) or checkboxes.',
  });
