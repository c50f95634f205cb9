/**
 * One action's row of the checklist: its text, the actors it is addressed to, the
 * reader's checkbox (not in a read-only tracker) and the publisher's record with its
 * sources. Stateless templates; the element decides what to pass.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { renderCitation } from '../../internal/sources.js';
import type { ActionView } from './brief-recommendation-checklist.model.js';
import { checklistStrings } from './brief-recommendation-checklist.strings.js';
import { statusText } from './brief-recommendation-checklist.text.js';

export interface RowOptions {
  locale: LocaleController;
  /** A tracker row: the record alone, no checkbox. */
  readonly: boolean;
  /** The reader's tick. */
  checked: boolean;
  /** The brief's language where it differs from the widget's. */
  contentLang: string | undefined;
}

function renderStatus(entry: ActionView, options: RowOptions): TemplateResult | typeof nothing {
  const { locale, readonly, contentLang } = options;
  const status = entry.action.status;
  if (!status && !readonly) return nothing;
  return html`
    <div class="status status--${status?.state ?? 'none'}" part="status">
      <span class="status__label">${locale.t(checklistStrings, 'record')}:</span>
      <span class="status__state">${statusText(locale, entry.action)}</span>
      ${
        status?.note
          ? html`<span class="status__note" lang=${ifDefined(contentLang)}>${status.note}</span>`
          : nothing
      }
      ${
        entry.sources.length > 0
          ? html`<span class="status__sources">
              ${locale.tn(checklistStrings, 'sources', entry.sources.length)}:
              ${renderCitation(entry.sources)}
            </span>`
          : nothing
      }
    </div>
  `;
}

function renderActors(entry: ActionView, locale: LocaleController): TemplateResult {
  return html`<span class="actors">
    <span class="visually-hidden">${locale.t(checklistStrings, 'addressedTo')}</span>
    ${entry.actorNames.map((name) => html`<span class="actor" part="actor">${name}</span> `)}
  </span>`;
}

/** An action's `<li>`; its checkbox carries `data-id`, and the list listens for `change`. */
export function renderActionRow(entry: ActionView, options: RowOptions): TemplateResult {
  const { action } = entry;
  const { locale, contentLang, checked } = options;
  if (options.readonly) {
    return html`<li class="action" part="action">
      <p class="action__text" lang=${ifDefined(contentLang)}>${action.text}</p>
      ${renderActors(entry, locale)} ${renderStatus(entry, options)}
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
      <span class="action__body">
        <span class="action__text" lang=${ifDefined(contentLang)}>${action.text}</span>
        ${renderActors(entry, locale)}
      </span>
    </label>
    ${renderStatus(entry, options)}
  </li>`;
}
