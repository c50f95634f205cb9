/**
 * The data model, inferred from the schema (`schema.ts`) so the types and the runtime
 * validation can never drift apart.
 */
import type * as v from 'valibot';
import type {
  ActionSchema,
  ActionStatusSchema,
  ActorSchema,
  BriefSchema,
  CategorySchema,
  ContextItemSchema,
  DirectionSchema,
  HeadlineSchema,
  PhaseSchema,
  RecordSchema,
  IndicatorSchema,
  RecommendationSchema,
  ScenarioSchema,
  SeriesPointSchema,
  SeriesSchema,
  SourceSchema,
  StatusStateSchema,
  TimelineEventSchema,
  TimelineSchema,
} from './schema.js';

export type Brief = v.InferOutput<typeof BriefSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Headline = v.InferOutput<typeof HeadlineSchema>;
export type Series = v.InferOutput<typeof SeriesSchema>;
export type SeriesPoint = v.InferOutput<typeof SeriesPointSchema>;
export type ContextItem = v.InferOutput<typeof ContextItemSchema>;
export type Direction = v.InferOutput<typeof DirectionSchema>;
export type Indicator = v.InferOutput<typeof IndicatorSchema>;
export type Recommendation = v.InferOutput<typeof RecommendationSchema>;
export type Action = v.InferOutput<typeof ActionSchema>;
export type ActionStatus = v.InferOutput<typeof ActionStatusSchema>;
export type StatusState = v.InferOutput<typeof StatusStateSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type Timeline = v.InferOutput<typeof TimelineSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type Phase = v.InferOutput<typeof PhaseSchema>;
export type BriefRecord = v.InferOutput<typeof RecordSchema>;
export type DatePrecision = TimelineEvent['precision'];

/** One thing wrong with a brief: the field path (`indicators[2].series.points[0].value`) and what is wrong. */
export interface BriefProblem {
  path: string;
  message: string;
}

/** The result of validating a brief. */
export type BriefValidation = { ok: true; brief: Brief } | { ok: false; problems: BriefProblem[] };
