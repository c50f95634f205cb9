/**
 * The starter brief `npx briefing-widgets new` writes: the smallest brief every widget
 * shows, each value a placeholder that says what to put there (JSON has no comments).
 * Its dates and figures are examples, not facts: replace them all.
 * @internal
 */
import type { Brief } from '../data/types.js';

export const SCHEMA_URL = 'https://unpkg.com/briefing-widgets/dist/brief.schema.json';

export function starterBrief(): Brief {
  return {
    $schema: SCHEMA_URL,
    id: 'my-brief',
    version: '1.0.0',
    title: 'Replace with the brief’s title, as published',
    publisher: 'Replace with who published the brief',
    published: '2026-01-15',
    url: 'https://example.org/briefs/my-brief',
    summary: 'Replace with two or three plain sentences on what the brief argues.',
    lang: 'en',
    actors: [{ id: 'congress', name: 'Congress' }],
    indicators: [
      {
        id: 'example-indicator',
        title: 'Example indicator: replace with a short title',
        claim: 'Replace with the brief’s claim about this indicator, in the brief’s own words.',
        direction: 'worsening',
        headline: {
          value: 120,
          unit: 'cases',
          description: 'Replace with what exactly the figure counts',
          asOf: '2025-12-31',
          asOfPrecision: 'year',
          sourceIds: ['example-source'],
        },
        series: {
          label: 'Example series: replace with what is counted',
          unit: 'cases',
          frequency: 'year',
          points: [
            { date: '2023-12-31', value: 100, sourceIds: ['example-source'] },
            { date: '2024-12-31', value: null, sourceIds: [] },
            { date: '2025-12-31', value: 120, sourceIds: ['example-source'] },
          ],
        },
        context: [],
        sourceIds: ['example-source'],
      },
    ],
    recommendations: [
      {
        id: 'example-recommendation',
        number: 1,
        title: 'Replace with the recommendation, in the brief’s words',
        actors: ['congress'],
        actions: [
          {
            id: 'example-action',
            text: 'Replace with one thing the recommendation asks someone to do',
            actors: ['congress'],
          },
        ],
      },
    ],
    timeline: {
      id: 'example-timeline',
      title: 'Replace with the timeline’s title',
      categories: [{ id: 'milestone', name: 'Milestone' }],
      events: [
        {
          id: 'brief-published',
          date: '2026-01-15',
          precision: 'day',
          title: 'The brief is published',
          category: 'milestone',
          sourceIds: ['example-source'],
        },
        {
          id: 'example-milestone',
          date: '2026-07-01',
          precision: 'month',
          title: 'Replace with a milestone the brief looks ahead to',
          category: 'milestone',
          sourceIds: ['example-source'],
        },
      ],
      scenarios: [],
    },
    sources: [
      {
        id: 'example-source',
        title: 'Replace with the source’s title',
        publisher: 'Replace with who publishes it',
        url: 'https://example.org/data',
        date: '2025-12-31',
        confidence: 'high',
      },
    ],
  };
}
