/**
 * The checklist's structure, derived once per brief object and shared by every checklist
 * showing it, and the actor filter over it. Pure: no DOM, no reader state.
 * @internal
 */
import type { Action, Actor, Brief, Recommendation, Source, StatusState } from '../../data/types.js';
import { indexOf, sourcesOf } from '../../internal/brief-index.js';
import { storageKey } from './brief-recommendation-checklist.state.js';

/** A state of the record, or `none` for an action with no record yet. */
export type StatusKey = StatusState | 'none';

/** How many actions are in one state. */
export interface StatusCount {
  key: StatusKey;
  count: number;
}

/** The record's states in the order every summary lists them; `none` last. */
const ORDER: readonly StatusKey[] = ['adopted', 'in-progress', 'proposed', 'not-adopted', 'none'];

/** The actions' counts by state, in the fixed order, leaving out the states no action is in. */
export function countStatuses(actions: readonly Action[]): StatusCount[] {
  const counts = new Map<StatusKey, number>();
  for (const action of actions) {
    const key = action.status?.state ?? 'none';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return ORDER.flatMap((key) => {
    const count = counts.get(key) ?? 0;
    return count > 0 ? [{ key, count }] : [];
  });
}

/** One action, with what the view needs resolved once per brief. */
export interface ActionView {
  action: Action;
  /** The actors' names, in the order the action gives them. */
  actorNames: string[];
  /** The sources of the action's record. */
  sources: Source[];
}

export interface RecommendationView {
  recommendation: Recommendation;
  actions: ActionView[];
  actionIds: string[];
  /** The names of the actors the recommendation is addressed to, in the brief's order. */
  actorNames: string[];
  /** Its actions' counts by status. */
  counts: StatusCount[];
}

/** The list's structure (it does not depend on the reader). */
export interface ListView {
  brief: Brief;
  recommendations: RecommendationView[];
  /** Every action id, in the brief's order. */
  actionIds: string[];
  /** The actors at least one action is addressed to, in the brief's order. */
  actors: Actor[];
  /** Where the reader's ticks for this brief id and version are saved. */
  key: string;
  /** Every action's count by status. */
  counts: StatusCount[];
  /** How many actions have a status: none means the brief keeps no record to show. */
  recorded: number;
}

/** What the reader sees now: the recommendations and actions the actor filter leaves. */
export interface Shown {
  recommendations: { view: RecommendationView; actions: ActionView[] }[];
  actions: number;
}

const views = new WeakMap<Brief, ListView>();

/** The list's structure for a brief, built once per brief object. */
export function listViewOf(brief: Brief): ListView {
  let view = views.get(brief);
  if (view) return view;
  const actors = indexOf(brief).actors;
  const used = new Set<string>();
  const actionIds: string[] = [];
  const name = (id: string) => actors.get(id)?.name ?? id;
  const all: Action[] = [];
  const recommendations = brief.recommendations.map((recommendation) => {
    const actions = recommendation.actions.map((action) => {
      actionIds.push(action.id);
      all.push(action);
      for (const id of action.actors) used.add(id);
      return {
        action,
        actorNames: action.actors.map(name),
        sources: sourcesOf(brief, action.status?.sourceIds ?? []),
      };
    });
    return {
      recommendation,
      actions,
      actionIds: actions.map((item) => item.action.id),
      actorNames: recommendation.actors.map(name),
      counts: countStatuses(recommendation.actions),
    };
  });
  view = {
    brief,
    recommendations,
    actionIds,
    actors: brief.actors.filter((actor) => used.has(actor.id)),
    key: storageKey(brief.id, brief.version),
    counts: countStatuses(all),
    recorded: all.filter((action) => action.status).length,
  };
  views.set(brief, view);
  return view;
}

/** The actions addressed to at least one `pressed` actor (every action when none is pressed). */
export function filterList(view: ListView, pressed: ReadonlySet<string>): Shown {
  let actions = 0;
  const recommendations = view.recommendations.flatMap((item) => {
    const shown =
      pressed.size === 0
        ? item.actions
        : item.actions.filter((entry) => entry.action.actors.some((id) => pressed.has(id)));
    actions += shown.length;
    return shown.length > 0 ? [{ view: item, actions: shown }] : [];
  });
  return { recommendations, actions };
}
