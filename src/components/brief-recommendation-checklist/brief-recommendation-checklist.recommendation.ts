/**
 * One recommendation of the checklist: its heading (the button that opens or folds it),
 * who it is addressed to, the reader's progress and the record's counts, and when open its
 * summary and the action rows drawn so far. Redrawn only when what it shows changes, so a
 * list of thousands drawn chunk by chunk costs each update its new lines only.
 * Stateless: the element passes its state and handlers in.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import type { DrawnRecommendation } from './brief-recommendation-checklist.chunks.js';
import { renderBar, renderCounts } from './brief-recommendation-checklist.record.js';
import { renderActionRow, renderAddressedTo } from './brief-recommendation-checklist.rows.js';
import { countTicked } from './brief-recommendation-checklist.state.js';
import { checklistStrings } from './brief-recommendation-checklist.strings.js';
import { progressText } from './brief-recommendation-checklist.text.js';

export interface RecommendationOptions {
  locale: LocaleController;
  readonly: boolean;
  /** The brief's language where it differs from the widget's. */
  contentLang: string | undefined;
  /** Whether the list shows a record at all. */
  showRecord: boolean;
  /** On paper every recommendation drawn shows its actions. */
  printing: boolean;
  /** Its heading's level. */
  level: number;
  ticked: ReadonlySet<string>;
  /** Ids of the recommendations the reader opened, and of the actions whose "What happened" is open. */
  expanded: ReadonlySet<string>;
  details: ReadonlySet<string>;
  /** The pressed filters as one value, for `guard`. */
  filterKey: string;
  onToggle: (event: Event) => void;
  onDetails: (event: Event) => void;
}

/** Which of `ids` are in `set` (ticked, details open), as one value for `guard`. */
function signature(ids: readonly string[], set: ReadonlySet<string>): string {
  let value = '';
  for (const id of ids) value += set.has(id) ? '1' : '0';
  return value;
}

/** The recommendation's progress bar and words, in the reader's checklist. */
function renderProgress(
  total: number,
  done: number,
  index: number,
  locale: LocaleController,
): TemplateResult {
  return html`<div class="rec__progress" part="recommendation-progress">
    <progress
      class="bar bar--small"
      max=${total}
      .value=${done}
      aria-labelledby="rec-${index}"
      aria-valuetext=${progressText(locale, done, total, 'progressTicked')}
    ></progress>
    <span class="rec__words" aria-hidden="true"
      >${locale.t(checklistStrings, 'recProgress', {
        done: locale.number(done),
        total: locale.number(total),
      })}</span
    >
  </div>`;
}

/** Above this many actions, rows off screen skip layout and paint until they scroll near. */
const LONG_ACTIONS = 24;

/** Rows per block: a block is drawn again only when one of its rows changes. */
const BLOCK = 50;

/**
 * The action rows drawn, in blocks: a tick redraws its own block, and a list drawn chunk
 * by chunk redraws only its last block and the new ones.
 */
function renderRows(item: DrawnRecommendation, options: RecommendationOptions): unknown[] {
  const { locale, readonly, ticked, details, showRecord, contentLang } = options;
  const blocks: unknown[] = [];
  for (let start = 0; start < item.drawn.length; start += BLOCK) {
    const rows = item.drawn.slice(start, start + BLOCK);
    const ids = rows.map((entry) => entry.action.id);
    blocks.push(
      guard(
        [
          item.view,
          options.filterKey,
          start,
          rows.length,
          signature(ids, ticked),
          signature(ids, details),
          options.printing,
          readonly,
          showRecord,
          locale.lang,
          contentLang,
        ],
        () =>
          rows.map((entry) =>
            renderActionRow(entry, {
              locale,
              readonly,
              checked: ticked.has(entry.action.id),
              contentLang,
              showRecord,
              detailsOpen: details.has(entry.action.id),
              printing: options.printing,
              onDetails: options.onDetails,
            }),
          ),
      ),
    );
  }
  return blocks;
}

/** Recommendations per block: a block none of whose recommendations changed is passed over whole. */
const REC_BLOCK = 50;

/** What a recommendation shows, as one string: its guard's inputs that change with the reader. */
function stateOf(item: DrawnRecommendation, options: RecommendationOptions): string {
  const { view } = item;
  const opened = options.expanded.has(view.recommendation.id) ? 1 : 0;
  return `${String(opened)}${item.open ? 1 : 0}${String(item.drawn.length)}/${String(item.actions.length)}:${signature(view.actionIds, options.ticked)}:${signature(view.actionIds, options.details)};`;
}

/**
 * The recommendations drawn, in blocks of 50: an update (a tick, a chunk of a long list
 * drawn) redraws the blocks that changed, and in them the recommendations that did.
 */
export function renderRecommendations(
  items: readonly DrawnRecommendation[],
  options: RecommendationOptions,
): unknown[] {
  const blocks: unknown[] = [];
  for (let start = 0; start < items.length; start += REC_BLOCK) {
    const block = items.slice(start, start + REC_BLOCK);
    let state = '';
    for (const item of block) state += stateOf(item, options);
    blocks.push(
      guard(
        [
          block[0]?.view,
          start,
          block.length,
          state,
          options.filterKey,
          options.printing,
          options.locale.lang,
          options.readonly,
          options.showRecord,
          options.contentLang,
          options.level,
        ],
        () => block.map((item, index) => renderRecommendation(item, start + index, options)),
      ),
    );
  }
  return blocks;
}

/**
 * One recommendation's `<li>`, `index` its place in the list (ids `rec-<index>`); drawn
 * again only when what it shows changes.
 */
function renderRecommendation(
  item: DrawnRecommendation,
  index: number,
  options: RecommendationOptions,
): unknown {
  const { view, actions, drawn } = item;
  return guard(
    [
      view,
      options.filterKey,
      actions.length,
      item.open,
      drawn.length,
      options.expanded.has(view.recommendation.id),
      options.printing,
      signature(view.actionIds, options.ticked),
      signature(view.actionIds, options.details),
      options.locale.lang,
      options.readonly,
      options.showRecord,
      options.contentLang,
      options.level,
      index,
    ],
    () => recommendationTemplate(item, index, options),
  );
}

function recommendationTemplate(
  item: DrawnRecommendation,
  index: number,
  options: RecommendationOptions,
): TemplateResult {
  const { locale, readonly, contentLang, showRecord } = options;
  const { recommendation, actionIds } = item.view;
  // Drawn open (a long list opens a chunk at a time); on paper every recommendation shows
  // its actions, and only the ones the reader opened show their summary.
  const open = item.open;
  const opened = options.printing ? options.expanded.has(recommendation.id) : open;
  const total = actionIds.length;
  const done = countTicked(actionIds, options.ticked);
  // The button's own text, so its name reads "1. Secure the…".
  const number = `${locale.number(recommendation.number)}. `;
  // A folded recommendation draws its header only: the rows' list appears when it opens.
  return html`<li
    class="rec ${opened ? 'rec--open' : ''} ${item.actions.length <= 2 ? 'rec--short' : ''}"
    part="recommendation"
  >
    <div class="rec__title" role="heading" aria-level=${options.level}>
      <button
        type="button"
        id="rec-${index}"
        class="rec__toggle"
        part="recommendation-title"
        aria-expanded=${opened ? 'true' : 'false'}
        aria-controls=${ifDefined(open ? `rec-${String(index)}-actions` : undefined)}
        data-rec=${recommendation.id}
        @click=${options.onToggle}
      >
        ${number}<span class="rec__name" lang=${ifDefined(contentLang)}>${recommendation.title}</span>
      </button>
    </div>
    <div class="rec__meta">
      ${
        // Who it is addressed to and the record's counts change with the brief, not with a tick.
        guard([item.view, locale.lang], () =>
          item.view.actorNames.length > 0
            ? html`<p class="rec__actors">${renderAddressedTo(item.view.actorNames, locale)}</p>`
            : nothing,
        )
      }
      ${readonly ? nothing : renderProgress(total, done, index, locale)}
      ${guard([item.view, locale.lang, readonly, showRecord], () =>
        showRecord
          ? html`<div class="rec__record" part="recommendation-status">
              ${
                // A tracker's header has room for its bar; a checklist's says "Record:" in words.
                readonly
                  ? html`<span class="visually-hidden">${locale.t(checklistStrings, 'record')}:</span>
                      ${renderBar(item.view.counts, total, 'summary-bar summary-bar--small')}`
                  : html`${locale.t(checklistStrings, 'record')}:`
              }
              ${renderCounts(locale, item.view.counts)}
            </div>`
          : nothing,
      )}
    </div>
    ${
      open
        ? html`<div id="rec-${index}-actions" class="rec__body">
            ${
              opened && recommendation.summary
                ? html`<p class="rec__summary" lang=${ifDefined(contentLang)}>${recommendation.summary}</p>`
                : nothing
            }
            <ul class="actions ${item.actions.length > LONG_ACTIONS ? 'actions--long' : ''}">
              ${renderRows(item, options)}
            </ul>
          </div>`
        : nothing
    }
  </li>`;
}
