/**
 * The checklist's controls: the filter by who actions are addressed to, with its live
 * count, and the tools (expand all, share the reader's ticks, copy or download Markdown)
 * with the share panel, the status line and the Markdown to copy by hand. None of them
 * prints. Stateless templates; the element holds the state and the handlers.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../internal/locale-controller.js';
import type { ListView, Shown } from './brief-recommendation-checklist.model.js';
import { checklistStrings } from './brief-recommendation-checklist.strings.js';

export interface FilterOptions {
  locale: LocaleController;
  /** Actor ids whose buttons are pressed; empty shows every action. */
  pressed: ReadonlySet<string>;
  /** A filter button was pressed; it carries `data-actor` (empty for "Everyone"). */
  onFilter: (event: Event) => void;
}

/** The filter's toggle buttons and the live count of what it shows. */
export function renderFilters(view: ListView, shown: Shown, options: FilterOptions): TemplateResult {
  const { locale, pressed, onFilter } = options;
  const total = view.actionIds.length;
  const count =
    pressed.size === 0
      ? locale.t(checklistStrings, 'shownAll', { total: locale.number(total) })
      : locale.t(checklistStrings, 'shown', {
          actions: locale.number(shown.actions),
          total: locale.number(total),
          recs: locale.number(shown.recommendations.length),
          recTotal: locale.number(view.recommendations.length),
        });
  return html`
    <div class="filters" part="filters" role="group" aria-labelledby="filter-label">
      <span id="filter-label" class="filters__label">${locale.t(checklistStrings, 'filterLabel')}</span>
      <button
        type="button"
        class="button toggle"
        aria-pressed=${pressed.size === 0 ? 'true' : 'false'}
        data-actor=""
        @click=${onFilter}
      >
        ${locale.t(checklistStrings, 'filterAll')}
      </button>
      ${view.actors.map(
        (actor) =>
          html`<button
            type="button"
            class="button toggle"
            aria-pressed=${pressed.has(actor.id) ? 'true' : 'false'}
            data-actor=${actor.id}
            @click=${onFilter}
          >
            ${actor.name}
          </button>`,
      )}
    </div>
    <p class="count ${pressed.size > 0 ? 'count--filtered' : ''}" part="count" role="status">${count}</p>
  `;
}

export interface ToolOptions {
  locale: LocaleController;
  readonly: boolean;
  /** Every recommendation is open: the button folds them all. */
  allExpanded: boolean;
  /** The share link while the share panel is open. */
  shareUrl: string | undefined;
  /** The last outcome of a button, for the polite status line. */
  message: string;
  /** The Markdown to copy by hand where the clipboard refused it. */
  markdownFallback: string | undefined;
  onToggleAll: () => void;
  onShareToggle: () => void;
  onShareFocus: (event: Event) => void;
  onCopyLink: () => Promise<void>;
  onCopyMarkdown: () => Promise<void>;
  onDownloadMarkdown: () => void;
}

/** The tools, the share panel (not in a tracker), the status line and the Markdown fallback. */
export function renderTools(options: ToolOptions): TemplateResult {
  const { locale, readonly, shareUrl, markdownFallback } = options;
  const shareOpen = shareUrl !== undefined;
  return html`
    <div class="tools" part="tools">
      <button type="button" class="button" @click=${options.onToggleAll}>
        ${locale.t(checklistStrings, options.allExpanded ? 'collapseAll' : 'expandAll')}
      </button>
      ${
        readonly
          ? nothing
          : html`<button
              type="button"
              class="button"
              aria-expanded=${shareOpen ? 'true' : 'false'}
              aria-controls="share"
              @click=${options.onShareToggle}
            >
              ${locale.t(checklistStrings, 'share')}
            </button>`
      }
      <button type="button" class="button" @click=${options.onCopyMarkdown}>
        ${locale.t(checklistStrings, 'copyMarkdown')}
      </button>
      <button type="button" class="button" @click=${options.onDownloadMarkdown}>
        ${locale.t(checklistStrings, 'downloadMarkdown')}
      </button>
    </div>
    ${
      readonly
        ? nothing
        : html`<div id="share" class="share" part="share" ?hidden=${!shareOpen}>
            ${
              shareOpen
                ? html`<label class="share__label" for="share-url">
                      ${locale.t(checklistStrings, 'shareLabel')}
                    </label>
                    <div class="share__row">
                      <input
                        id="share-url"
                        class="share__url"
                        type="url"
                        readonly
                        .value=${shareUrl}
                        @focus=${options.onShareFocus}
                      />
                      <button type="button" class="button" @click=${options.onCopyLink}>
                        ${locale.t(checklistStrings, 'copyLink')}
                      </button>
                    </div>`
                : nothing
            }
          </div>`
    }
    <p class="message" role="status">${options.message}</p>
    ${
      markdownFallback === undefined
        ? nothing
        : html`<div class="markdown">
            <label for="markdown">${locale.t(checklistStrings, 'markdownLabel')}</label>
            <textarea
              id="markdown"
              class="markdown__text"
              readonly
              rows="8"
              .value=${markdownFallback}
            ></textarea>
          </div>`
    }
  `;
}
