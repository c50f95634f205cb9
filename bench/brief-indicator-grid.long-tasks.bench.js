/**
 * `<brief-indicator-grid>` with 1,000 and 10,000 indicators: the first render (validation
 * included) and, where the grid offers one, a press on its "Show more" button: the first,
 * and the 42nd (1,008 cards drawn before it).
 */
import { longTaskSection } from './long-tasks.js';

export default (context) =>
  longTaskSection(context, {
    title: '<brief-indicator-grid>',
    cases: ['validate indicators', 'grid', 'grid show more', 'grid show more, 1,008 drawn'],
    notes: 'The grid sits in a 1100 px column.',
  });
