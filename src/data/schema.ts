/**
 * The brief schema: the single source of truth for the data model.
 *
 * The TypeScript types (`types.ts`) are inferred from it, `validate.ts` runs it on
 * author JSON, and the build turns it into `brief.schema.json` for authors' editors.
 * Built on valibot: its functions tree-shake one by one, so the validator costs a few
 * kilobytes in the embed, and its issues carry the path of the field at fault.
 */
import * as v from 'valibot';
import { isCalendarDate } from '../internal/dates.js';
import { unknownField } from './suggest.js';

/** Longest text accepted in any field: a paragraph is far shorter. */
export const MAX_TEXT = 5000;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

export { isCalendarDate };

const Id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be an id: 1–80 lowercase letters, digits and hyphens, e.g. "overdose-deaths"'),
);

const IdList = v.array(Id);

/**
 * An object that accepts only the fields it names: a misspelled field is an error that
 * names it and, when it is a slip for a known one, suggests it ("did you mean …").
 */
function strict<const E extends v.ObjectEntries>(entries: E) {
  const known = Object.keys(entries);
  return v.strictObject(entries, (issue) =>
    issue.expected === 'never' ? unknownField(String(issue.input), known) : issue.message,
  );
}

const Text = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(MAX_TEXT, `must be at most ${String(MAX_TEXT)} characters long`),
);

const IsoDate = v.pipe(
  v.string(),
  v.isoDate('must be a date written YYYY-MM-DD, e.g. "2022-06-12"'),
  v.check(isCalendarDate, 'must be a real calendar date written YYYY-MM-DD, e.g. "2022-06-12"'),
);

/** An absolute http(s) address: anything else (`javascript:`, a relative path) is refused. */
function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const HttpUrl = v.pipe(
  Text,
  // An empty address is reported once, as empty.
  v.check(
    (value) => value === '' || isHttpUrl(value),
    'must be a full http(s) address, e.g. "https://example.org/report"',
  ),
);

const Precision = v.picklist(['day', 'month', 'year']);

const FiniteNumber = v.pipe(v.number(), v.finite('must be a finite number'));

/** Where a figure or fact comes from. */
export const SourceSchema = strict({
  id: Id,
  title: Text,
  /** Who published this page or document. */
  publisher: Text,
  /**
   * Who produced the data or statement, as a short credit (e.g. "CBP" for CBP figures,
   * whether CBP or a newspaper publishes them); the widgets' "Source:" lines credit it.
   */
  producer: v.optional(Text),
  url: HttpUrl,
  date: v.optional(IsoDate),
  confidence: v.picklist(['high', 'medium']),
  note: v.optional(Text),
});

/** The brief's headline figure, with its unit and the date it describes. */
export const HeadlineSchema = strict({
  value: FiniteNumber,
  /** Unit of `value`, plural, e.g. "deaths", "percent", "cases". */
  unit: Text,
  /** The brief's own wording of the figure, e.g. "nearly 106,000". */
  label: v.optional(Text),
  /** What the figure counts, e.g. "deaths in the 12 months ending October 2021". */
  description: v.optional(Text),
  asOf: IsoDate,
  asOfPrecision: v.optional(Precision),
  sourceIds: v.pipe(IdList, v.minLength(1, 'needs at least one source')),
});

/** One dated value of a series; `value: null` is an honest gap. */
export const SeriesPointSchema = v.pipe(
  strict({
    date: IsoDate,
    value: v.nullable(FiniteNumber),
    sourceIds: IdList,
    note: v.optional(Text),
  }),
  v.forward(
    v.check(
      (point) => point.value === null || point.sourceIds.length > 0,
      'needs at least one source when the point has a value',
    ),
    ['sourceIds'],
  ),
);

/** A dated, sourced series of one consistent measure. */
export const SeriesSchema = strict({
  /** What is counted, e.g. "U.S. drug overdose deaths (final NCHS data)". */
  label: Text,
  unit: Text,
  frequency: v.picklist(['year', 'fiscal-year', 'month', 'irregular']),
  /** Steps between irregular "as of" counts are cumulative totals. */
  cumulative: v.optional(v.boolean()),
  /**
   * True when the series measures something other than the indicator's headline figure
   * (a related series): the card then gives the chart its own visible heading.
   */
  related: v.optional(v.boolean()),
  points: v.pipe(
    v.array(SeriesPointSchema),
    v.minLength(2, 'needs at least two points to draw a trend'),
    v.maxLength(10000, 'must have at most 10,000 points'),
  ),
});

/** A dated piece of context for a qualitative indicator. */
export const ContextItemSchema = strict({
  date: IsoDate,
  precision: v.optional(Precision),
  text: Text,
  sourceIds: v.pipe(IdList, v.minLength(1, 'needs at least one source')),
});

export const DirectionSchema = v.picklist(['worsening', 'improving', 'mixed', 'steady']);

/** One of the brief's indicators. */
export const IndicatorSchema = strict({
  id: Id,
  title: Text,
  /** The brief's claim, in its own words. */
  claim: Text,
  direction: DirectionSchema,
  headline: v.optional(HeadlineSchema),
  series: v.optional(SeriesSchema),
  context: v.array(ContextItemSchema),
  sourceIds: IdList,
  /** Where the brief's wording and the record differ. */
  note: v.optional(Text),
});

export const StatusStateSchema = v.picklist(['proposed', 'in-progress', 'adopted', 'not-adopted']);

/** The publisher's record of an action's real-world status. */
export const ActionStatusSchema = strict({
  state: StatusStateSchema,
  date: IsoDate,
  note: v.optional(Text),
  sourceIds: v.pipe(IdList, v.minLength(1, 'needs at least one source')),
});

/** A sub-action of a recommendation. */
export const ActionSchema = strict({
  id: Id,
  text: Text,
  actors: v.pipe(IdList, v.minLength(1, 'needs at least one actor')),
  status: v.optional(ActionStatusSchema),
});

/** One of the brief's recommendations. */
export const RecommendationSchema = strict({
  id: Id,
  number: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
  title: Text,
  summary: v.optional(Text),
  actors: IdList,
  actions: v.pipe(v.array(ActionSchema), v.minLength(1, 'needs at least one action')),
});

/** Someone the brief addresses (Congress, the Administration…). */
export const ActorSchema = strict({ id: Id, name: Text });

/** A category of timeline events. */
export const CategorySchema = strict({ id: Id, name: Text });

/** A dated milestone. */
export const TimelineEventSchema = strict({
  id: Id,
  date: IsoDate,
  precision: Precision,
  /** True when the date is approximate ("about"). */
  approximate: v.optional(v.boolean()),
  title: Text,
  description: v.optional(Text),
  category: Id,
  sourceIds: IdList,
});

/** One of the futures that branch from a timeline event. */
export const ScenarioSchema = strict({
  id: Id,
  title: Text,
  condition: Text,
  /** Id of the timeline event this scenario branches from. */
  branchFrom: Id,
  events: v.array(TimelineEventSchema),
  outcome: v.picklist(['realized', 'not-realized', 'open']),
  /** What the record says about the outcome, with its sources. */
  outcomeNote: v.optional(Text),
  outcomeSourceIds: v.optional(IdList),
});

/** A phase of a timeline: the milestones from its start to the next phase's start. */
export const PhaseSchema = strict({
  id: Id,
  title: Text,
  /** First day of the phase; phases run in order of their start. */
  start: IsoDate,
  /** One sentence on what happened in the phase. */
  summary: v.optional(Text),
});

/** Most events a timeline's main line holds, and what is said of one that holds more. */
export const MAX_EVENTS = 10_000;
export const TOO_MANY_EVENTS = 'must have at most 10,000 events';

export const TimelineSchema = strict({
  id: Id,
  title: Text,
  categories: v.array(CategorySchema),
  /** Phases that group the milestones (in order); without them a timeline groups by itself. */
  phases: v.optional(v.array(PhaseSchema)),
  events: v.pipe(v.array(TimelineEventSchema), v.maxLength(MAX_EVENTS, TOO_MANY_EVENTS)),
  scenarios: v.array(ScenarioSchema),
});

/** Who recorded what happened since the brief (the actions' statuses, series updates), and when. */
export const RecordSchema = strict({
  /** The date the record is complete up to: it is never computed from today's clock. */
  asOf: IsoDate,
  /** `publisher`: the brief's own publisher keeps it; `public-sources`: compiled by others from public sources. */
  by: v.picklist(['publisher', 'public-sources']),
  /** One sentence on how the record is kept. */
  note: v.optional(Text),
});

/** A policy brief and everything the widgets show of it. */
export const BriefSchema = strict({
  id: Id,
  version: v.pipe(
    v.string(),
    v.minLength(1, 'must not be empty, e.g. "1.0.0"'),
    v.maxLength(40, 'must be at most 40 characters long'),
  ),
  title: Text,
  publisher: Text,
  published: IsoDate,
  url: v.optional(HttpUrl),
  summary: Text,
  /** Language of the brief's own text (`en`, `es`…). */
  lang: v.optional(
    v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag, e.g. "en"')),
  ),
  actors: v.array(ActorSchema),
  indicators: v.array(IndicatorSchema),
  recommendations: v.array(RecommendationSchema),
  timeline: v.optional(TimelineSchema),
  /** Who keeps the record since the brief, and as of when. */
  record: v.optional(RecordSchema),
  sources: v.array(SourceSchema),
  /** The JSON Schema an editor checks the file against; the widgets ignore it (last, so types read from `id`). */
  $schema: v.optional(v.string()),
});
