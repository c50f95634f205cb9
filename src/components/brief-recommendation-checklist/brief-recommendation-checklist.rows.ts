/**
 * One action's row of the checklist: the reader's checkbox (not in a read-only tracker)
 * with the action's text and who it is addressed to, then, apart from it, the record:
 * the status with its date and, one click away, what happened and its sources.
 * Stateless templates; the element decides what to pass.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Source } from '../../data/types.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { renderSourceLink } from '../../internal/sources.js';
import { commonStrings } from '../../internal/strings.js';
import type { ActionView } from './brief-recommendation-checklist.model.js';
import { checklistStrings } from './brief-recommendation-checklist.strings.js';
import {
  around,
  listParts,
  shortDate,
  STATUS_GLYPH,
  stateWord,
} from './brief-recommendation-checklist.text.js';

export interface RowOptions {
  locale: LocaleController;
  /** A tracker row: the record alone, no checkbox. */
  readonly: boolean;
  /** The reader's tick. */
  checked: boolean;
  /** The brief's language where it differs from the widget's. */
  contentLang: string | undefined;
  /** Whether the list shows a record at all (no action of a brief without one says "no record"). */
  showRecord: boolean;
  /** Whether the reader opened the action's "What happened". */
  detailsOpen: boolean;
  /** On paper the tick prints as ☑ or ☐ (the checkbox does not print). */
  printing: boolean;
  /** Opens or closes "What happened"; the button carries `data-action`. */
  onDetails: (event: Event) => void;
}

/** "Addressed to Congress and USTR", each name a part `actor`. */
export function renderAddressedTo(names: readonly string[], locale: LocaleController): TemplateResult {
  const [before, after] = around(locale.t(checklistStrings, 'addressedTo'), 'names');
  return html`${before}${listParts(locale, names).map((item) =>
    item.type === 'element' ? html`<span class="actor" part="actor">${item.value}</span>` : item.value,
  )}${after}`;
}

/** Who a source is: "AP via The Independent", or its publisher alone. */
function sourceWho(source: Source, locale: LocaleController): string {
  return source.producer && source.producer !== source.publisher
    ? locale.t(checklistStrings, 'sourceVia', { producer: source.producer, publisher: source.publisher })
    : source.publisher;
}

/** What happened: the note, then each source with who, when and how sure (its URL on paper). */
function renderDetails(entry: ActionView, options: RowOptions): TemplateResult {
  const { locale, contentLang } = options;
  const note = entry.action.status?.note;
  return html`
    ${note ? html`<p class="status__note" lang=${ifDefined(contentLang)}>${note}</p>` : nothing}
    ${
      entry.sources.length > 0
        ? html`<p class="status__sources-label">
              ${locale.tn(checklistStrings, 'sources', entry.sources.length)}
            </p>
            <ul class="status__sources">
              ${entry.sources.map(
                (source) =>
                  html`<li class="status__source">
                    ${renderSourceLink(source)}
                    <span class="status__meta"
                      >— ${sourceWho(source, locale)}${source.date ? `, ${locale.date(source.date)}` : ''} ·
                      ${locale.t(
                        commonStrings,
                        source.confidence === 'high' ? 'confidenceHigh' : 'confidenceMedium',
                      )}</span
                    >
                    <span class="status__url">${source.url}</span>
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  `;
}

/** The record of an action: its state and date, and a button that opens what happened. */
function renderStatus(entry: ActionView, options: RowOptions): TemplateResult | typeof nothing {
  const { locale, showRecord, detailsOpen } = options;
  if (!showRecord) return nothing;
  const { id, status } = entry.action;
  const label = html`<span class="visually-hidden">${locale.t(checklistStrings, 'record')}: </span>`;
  if (!status) {
    return html`<div class="status status--none" part="status">
      <span class="status__state"
        >${label}<span class="status__glyph" aria-hidden="true">${STATUS_GLYPH.none}</span>
        ${locale.t(checklistStrings, 'noRecord')}</span
      >
    </div>`;
  }
  const hasDetails = Boolean(status.note) || entry.sources.length > 0;
  const [before, rest] = around(locale.t(checklistStrings, 'statusShort'), 'state');
  const [between, after] = around(rest, 'date');
  return html`<div class="status status--${status.state}" part="status">
    <span class="status__state"
      >${label}<span class="status__glyph" aria-hidden="true">${STATUS_GLYPH[status.state]}</span>
      ${before}${stateWord(locale, status.state)}<span class="status__between">${between}</span
      ><time datetime=${status.date} title=${locale.date(status.date)}>${shortDate(locale, status.date)}</time
      >${after}</span
    >
    ${
      hasDetails
        ? html`<button
              type="button"
              class="status__toggle"
              part="status-toggle"
              aria-expanded=${detailsOpen ? 'true' : 'false'}
              aria-controls="details-${id}"
              aria-describedby="text-${id}"
              data-action=${id}
              @click=${options.onDetails}
            >
              ${locale.t(checklistStrings, 'whatHappened')}
            </button>
            <div id="details-${id}" class="status__details" part="status-details" ?hidden=${!detailsOpen}>
              ${detailsOpen ? renderDetails(entry, options) : nothing}
            </div>`
        : nothing
    }
  </div>`;
}

/** An action's `<li>`; its checkbox carries `data-id`, and the list listens for `change`. */
export function renderActionRow(entry: ActionView, options: RowOptions): TemplateResult {
  const { action } = entry;
  const { locale, contentLang, checked } = options;
  const actors = html`<span class="actors">${renderAddressedTo(entry.actorNames, locale)}</span>`;
  if (options.readonly) {
    return html`<li class="action" part="action">
      <div class="action__body">
        <p class="action__text" id="text-${action.id}" lang=${ifDefined(contentLang)}>${action.text}</p>
        ${actors}
      </div>
      ${renderStatus(entry, options)}
    </li>`;
  }
  return html`<li class="action ${checked ? 'action--ticked' : ''}" part="action">
    <label class="action__label">
      <input
        class="action__box"
        part="checkbox"
        type="checkbox"
        data-id=${action.id}
        .checked=${live(checked)}
      />
      ${options.printing ? html`<span class="action__mark" aria-hidden="true">${checked ? '☑' : '☐'}</span>` : nothing}
      <span class="action__body">
        <span class="action__text" id="text-${action.id}" lang=${ifDefined(contentLang)}>${action.text}</span>
        ${actors}
      </span>
    </label>
    ${renderStatus(entry, options)}
  </li>`;
}
