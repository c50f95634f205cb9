/**
 * The checklist's structure, derived once per brief object and shared by every checklist
 * showing it, and the actor filter over it. Pure: no DOM, no reader state.
 * @internal
 */
import type { Action, Actor, Brief, Recommendation, Source } from '../../data/types.js';
import { indexOf, sourcesOf } from '../../internal/brief-index.js';
import { storageKey } from './brief-recommendation-checklist.state.js';

/** One action, with what the view needs resolved once per brief. */
export interface ActionView {
  action: Action;
  /** The actors' names, in the order the action gives them. */
  actorNames: string[];
  /** The sources of the publisher's record. */
  sources: Source[];
}

export interface RecommendationView {
  recommendation: Recommendation;
  actions: ActionView[];
  actionIds: string[];
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
  const recommendations = brief.recommendations.map((recommendation) => {
    const actions = recommendation.actions.map((action) => {
      actionIds.push(action.id);
      for (const id of action.actors) used.add(id);
      return {
        action,
        actorNames: action.actors.map((id) => actors.get(id)?.name ?? id),
        sources: sourcesOf(brief, action.status?.sourceIds ?? []),
      };
    });
    return { recommendation, actions, actionIds: actions.map((item) => item.action.id) };
  });
  view = {
    brief,
    recommendations,
    actionIds,
    actors: brief.actors.filter((actor) => used.has(actor.id)),
    key: storageKey(brief.id, brief.version),
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
