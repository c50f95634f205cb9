/**
 * What every field of a brief is for, in an author's words: the descriptions of
 * `brief.schema.json`, which an editor shows on hover. Kept out of the runtime schema so
 * the validator the widgets load carries none of this text; the compiler checks that
 * every object of the schema has a description for each of its fields, and nothing else.
 * @internal
 */
import type * as v from 'valibot';
import type { BriefSchema } from './schema.js';
import {
  ActionSchema,
  ActionStatusSchema,
  ActorSchema,
  CategorySchema,
  ContextItemSchema,
  HeadlineSchema,
  IndicatorSchema,
  PhaseSchema,
  RecommendationSchema,
  RecordSchema,
  ScenarioSchema,
  SeriesPointSchema,
  SeriesSchema,
  SourceSchema,
  TimelineEventSchema,
  TimelineSchema,
} from './schema.js';

/** The schema's objects, by the name each has in `brief.schema.json`'s `$defs`. */
export const definitions = {
  Source: SourceSchema,
  Headline: HeadlineSchema,
  SeriesPoint: SeriesPointSchema,
  Series: SeriesSchema,
  ContextItem: ContextItemSchema,
  Indicator: IndicatorSchema,
  ActionStatus: ActionStatusSchema,
  Action: ActionSchema,
  Recommendation: RecommendationSchema,
  Actor: ActorSchema,
  Category: CategorySchema,
  TimelineEvent: TimelineEventSchema,
  Scenario: ScenarioSchema,
  Phase: PhaseSchema,
  Timeline: TimelineSchema,
  Record: RecordSchema,
} as const;

type Docs<S> = S extends { entries: v.ObjectEntries } ? { [K in keyof S['entries']]: string } : never;

const ID = 'Lowercase letters, digits and hyphens, unique in its list, e.g. "overdose-deaths".';
const SOURCE_IDS = 'Ids of the entries in `sources` this rests on.';

/** One sentence on each object. */
export const objectDocs: Record<keyof typeof definitions | 'Brief', string> = {
  Brief: 'A policy brief for briefing-widgets: its indicators, recommendations, timeline and sources.',
  Source: 'Where a figure or fact comes from. Every figure, status and milestone cites one or more.',
  Headline: 'The brief’s headline figure for an indicator, with its unit and the date it describes.',
  SeriesPoint: 'One dated value of a series. A value of null is an honest gap: no figure for that date.',
  Series: 'The record of one consistent measure over time, drawn as the card’s sparkline.',
  ContextItem: 'A dated, sourced fact that shows where a qualitative indicator stands.',
  Indicator: 'One of the brief’s claims about how things stand, with the record since.',
  ActionStatus: 'What really happened to an action, as of a date, with its sources.',
  Action: 'One thing a recommendation asks someone to do; readers tick it in the checklist.',
  Recommendation: 'One of the brief’s recommendations, made of actions.',
  Actor: 'Someone the brief addresses, e.g. Congress.',
  Category: 'A kind of timeline milestone, e.g. "Review" or "Trade dispute".',
  TimelineEvent: 'A dated milestone on the timeline.',
  Scenario: 'One of the futures that branch from a milestone, with whether it came true.',
  Phase: 'A span of the timeline, from its start to the next phase’s start.',
  Timeline: 'The brief’s timeline: milestones, their categories and phases, and the futures that branch.',
  Record: 'Who keeps the record since the brief (statuses, newer figures) and up to when.',
};

/** What each field is for. */
export const fieldDocs: { [K in keyof typeof definitions]: Docs<(typeof definitions)[K]> } & {
  Brief: Docs<typeof BriefSchema>;
} = {
  Brief: {
    $schema: 'The JSON Schema your editor checks this file against; the widgets ignore it.',
    id: `The brief’s id, used in readers’ saved checklists and links. ${ID}`,
    version:
      'The brief’s version, e.g. "1.0.0". Change it when recommendations change: readers’ ticks are kept per version.',
    title: 'The brief’s title, as published.',
    publisher: 'Who published the brief, e.g. a think tank.',
    published: 'The day the brief was published, YYYY-MM-DD. Widgets say "the brief, June 2022" from it.',
    url: 'The brief’s own page, a full https:// address.',
    summary: 'Two or three plain sentences on what the brief argues.',
    lang: 'The language the brief is written in, e.g. "en" or "es". The widgets’ own labels follow the page’s language.',
    actors: 'Who the brief addresses (Congress, an agency…); recommendations and actions name them by id.',
    indicators: 'The brief’s claims about how things stand, each shown as an indicator card.',
    recommendations: 'The brief’s recommendations, shown as the checklist.',
    timeline: 'The dated milestones the brief looks ahead to, shown as the timeline. Optional.',
    record: 'Who keeps the record since the brief, and as of when. Optional.',
    sources: 'Every source the brief’s figures, statuses and milestones cite, once each.',
  },
  Source: {
    id: `The source’s id, cited in sourceIds. ${ID}`,
    title: 'The title of the page or document.',
    publisher: 'Who publishes the page or document.',
    producer:
      'Who produced the data, as a short credit ("CBP"), when someone else publishes it; the "Source:" lines credit it. Optional.',
    url: 'A full https:// (or http://) address of the page or document.',
    date: 'The date of the document, YYYY-MM-DD. Optional.',
    confidence:
      '"high" for an official or primary source; "medium" for a secondary or estimated figure. The widgets’ source lists show it.',
    note: 'One short sentence for readers on what the source covers or how to read it. Optional.',
  },
  Headline: {
    value: 'The figure, as a plain number (no commas, no units), e.g. 105752.',
    unit: 'What the figure counts, plural, e.g. "deaths", "percent", "cases".',
    label: 'The brief’s own wording of the figure, e.g. "nearly 106,000". Optional.',
    description:
      'What exactly the figure counts, e.g. "deaths in the 12 months ending October 2021". Optional.',
    asOf: 'The date the figure describes, YYYY-MM-DD.',
    asOfPrecision: 'How precise asOf is: "day", "month" or "year". Optional; "day" when left out.',
    sourceIds: `${SOURCE_IDS} At least one.`,
  },
  SeriesPoint: {
    date: 'The date the value describes, YYYY-MM-DD; a year’s or a month’s figure takes its last day, e.g. 2024-12-31.',
    value: 'The value, a plain number; null for a gap, which the chart leaves as a gap.',
    sourceIds: `${SOURCE_IDS} At least one when the point has a value.`,
    note: 'A short note on this one value, e.g. "provisional". Optional.',
  },
  Series: {
    label: 'What is counted, e.g. "U.S. drug overdose deaths (final data)".',
    unit: 'The unit of the values, plural, e.g. "deaths".',
    frequency: 'How often the measure is taken: "year", "fiscal-year", "month" or "irregular".',
    cumulative: 'True when each value is a running total since the first. Optional.',
    related:
      'True when the series measures something other than the headline figure: the card then gives the chart its own heading. Optional.',
    points: 'The dated values, oldest first: at least two.',
  },
  ContextItem: {
    date: 'The date of the fact, YYYY-MM-DD.',
    precision: 'How precise the date is: "day", "month" or "year". Optional.',
    text: 'The fact, in one plain sentence.',
    sourceIds: `${SOURCE_IDS} At least one.`,
  },
  Indicator: {
    id: `The indicator’s id: a card shows it with indicator="…". ${ID}`,
    title: 'A short title, e.g. "Record U.S. overdose deaths".',
    claim: 'The brief’s claim, in its own words.',
    direction: 'Where the brief says things are headed: "worsening", "improving", "mixed" or "steady".',
    headline: 'The brief’s headline figure. Optional.',
    series: 'The record of the measure over time, for the sparkline. Optional.',
    context: 'Dated facts for an indicator without a series (or as well as one). May be empty.',
    sourceIds: `${SOURCE_IDS} For the claim as a whole.`,
    note: 'Where the brief’s wording and the record differ, said plainly. Optional.',
  },
  ActionStatus: {
    state: 'What became of the action: "proposed", "in-progress", "adopted" or "not-adopted".',
    date: 'The date of the latest event the status rests on, YYYY-MM-DD.',
    note: 'One plain sentence on what happened. Optional.',
    sourceIds: `${SOURCE_IDS} At least one.`,
  },
  Action: {
    id: `The action’s id, unique in the whole brief: readers’ ticks are saved under it. ${ID}`,
    text: 'What the action asks, in the brief’s words.',
    actors: 'Ids of the actors asked to act. At least one.',
    status: 'What really happened to it, as the record keeps it. Optional.',
  },
  Recommendation: {
    id: `The recommendation’s id. ${ID}`,
    number: 'Its number in the brief, 1 or more.',
    title: 'The recommendation, in the brief’s words.',
    summary: 'One or two sentences on it. Optional.',
    actors: 'Ids of the actors it addresses.',
    actions: 'The things it asks, at least one.',
  },
  Actor: {
    id: `The actor’s id. ${ID}`,
    name: 'The name readers see, e.g. "Congress".',
  },
  Category: {
    id: `The category’s id, named by milestones. ${ID}`,
    name: 'The name readers see in the filter and legend.',
  },
  TimelineEvent: {
    id: `The milestone’s id, unique on the timeline. ${ID}`,
    date: 'The date, YYYY-MM-DD (a month’s or year’s milestone: its first day).',
    precision: 'How precise the date is: "day", "month" or "year".',
    approximate: 'True when the date is approximate: readers see "about". Optional.',
    title: 'What happens, in a few words.',
    description: 'One or two plain sentences. Optional.',
    category: 'The id of its category in timeline.categories.',
    sourceIds: SOURCE_IDS,
  },
  Scenario: {
    id: `The scenario’s id. ${ID}`,
    title: 'A short name for this future, e.g. "Extended to 2042".',
    condition: 'What must happen for this future, in one sentence.',
    branchFrom: 'The id of the timeline milestone this future branches from.',
    events: 'The milestones of this future.',
    outcome: 'Whether it came true: "realized", "not-realized" or "open" while undecided.',
    outcomeNote: 'What the record says about the outcome, in one sentence. Optional.',
    outcomeSourceIds: `${SOURCE_IDS} For the outcome. Optional.`,
  },
  Phase: {
    id: `The phase’s id. ${ID}`,
    title: 'A short title, e.g. "The joint review".',
    start: 'The first day of the phase, YYYY-MM-DD; phases run in order of their start.',
    summary: 'One sentence on what happened in the phase. Optional.',
  },
  Timeline: {
    id: `The timeline’s id, used in calendar files. ${ID}`,
    title: 'The timeline’s title.',
    categories: 'The kinds of milestone, for the filter and legend.',
    phases: 'Spans that group the milestones, in order. Optional: without them the timeline groups by date.',
    events: 'The milestones of the main line, in any order; at most 10,000.',
    scenarios: 'The futures that branch from a milestone. May be empty.',
  },
  Record: {
    asOf: 'The date the record is complete up to, YYYY-MM-DD.',
    by: '"publisher" when the brief’s publisher keeps it; "public-sources" when it is compiled from public sources.',
    note: 'One sentence on how the record is kept. Optional.',
  },
};
