import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Brief, BriefProblem } from '../../data/types.js';
import { BriefChecklistChangeEvent } from '../../events/brief-checklist-change.js';
import { BriefElement } from '../../internal/brief-element.js';
import { define } from '../../internal/define.js';
import { downloadFile } from '../../internal/download.js';
import { parseIdList } from '../../internal/id-list.js';
import { copyText } from '../../internal/clipboard.js';
import { PrintController } from '../../internal/print-controller.js';
import { hostStyles } from '../../styles/host.styles.js';
import {
  filterList,
  listViewOf,
  type ActionView,
  type ListView,
  type RecommendationView,
  type Shown,
} from './brief-recommendation-checklist.model.js';
import { countTicked, shareUrl } from './brief-recommendation-checklist.state.js';
import { checklistStrings } from './brief-recommendation-checklist.strings.js';
import styles from './brief-recommendation-checklist.styles.js';
import { checklistMarkdown, progressText, recordSummary } from './brief-recommendation-checklist.text.js';
import { renderActionRow } from './brief-recommendation-checklist.rows.js';
import { TicksController } from './ticks-controller.js';

/**
 * The brief's recommendations and their sub-actions, with the actors each is addressed to.
 * Readers tick actions off (saved in this browser), see their progress, filter by actor,
 * share their ticks as a link and export the list as Markdown. The publisher's record of
 * each action's real-world status is shown apart from the reader's ticks; `readonly`
 * shows the record alone, for a tracker page.
 *
 * @tag brief-recommendation-checklist
 * @summary A brief's recommendations as a checklist: reader ticks, progress, actor filter, share, export and the publisher's status record.
 *
 * @slot - No-JS fallback: plain HTML shown only where the script does not run.
 *
 * @csspart base - The checklist.
 * @csspart title - The checklist's heading.
 * @csspart progress - The reader's overall progress: words and bar.
 * @csspart storage-note - The quiet note shown when ticks cannot be saved in this browser.
 * @csspart prompt - The question asked when a shared link carries someone's ticks.
 * @csspart filters - The actor filter's toggle buttons.
 * @csspart count - The live count of what the filter shows.
 * @csspart tools - The buttons to expand, share and export.
 * @csspart share - The share link panel.
 * @csspart recommendation - One recommendation.
 * @csspart recommendation-title - A recommendation's heading (its expand/collapse button).
 * @csspart recommendation-progress - A recommendation's progress: words and bar.
 * @csspart action - One action row.
 * @csspart checkbox - An action's checkbox.
 * @csspart actor - An actor chip.
 * @csspart status - The publisher's record of an action's status.
 * @csspart empty - The note shown when the brief has no recommendations.
 * @csspart error - The error panel shown instead of the list when its data is wrong.
 * @csspart loading - The placeholder shown while a `src` brief loads.
 *
 * @cssproperty [--checklist-padding=1em] - Space inside the checklist.
 * @cssproperty [--checklist-border-width=1px] - Width of the checklist's border.
 * @cssproperty [--checklist-bar-height=0.5em] - Height of the progress bars.
 * @cssproperty [--checklist-bar-color=var(--brief-color-accent)] - Colour of the progress bars' filled part.
 *
 * @event {BriefChecklistChangeEvent} change - The reader ticked or unticked an action; `actionId` and `checked` say which and how. Not fired when data is set or ticks are restored.
 * @event {BriefLoadEvent} brief-load - The brief is ready and the checklist shows its recommendations.
 * @event {BriefErrorEvent} brief-error - The checklist cannot show its data; `problems` names each field.
 */
export class BriefRecommendationChecklist extends BriefElement {
  static override styles = [hostStyles, styles];

  private readonly print = new PrintController(this);
  private readonly ticks = new TicksController(this, () => !this.readonly);

  private view: ListView | undefined;
  private shown: Shown | undefined;

  /** The brief's language where it differs from the widget's, for the brief's own text. */
  private contentLang: string | undefined;

  /** Actor ids whose filter buttons are pressed; empty shows every action. */
  @state() private pressed: ReadonlySet<string> = new Set();

  /** Ids of the recommendations the reader folded. */
  @state() private collapsed: ReadonlySet<string> = new Set();

  @state() private shareOpen = false;

  /** The Markdown shown for copying by hand where the clipboard is not available. */
  @state() private markdownFallback: string | undefined;

  /** The last outcome of a button (copied, downloaded…), for the polite status line. */
  @state() private message = '';

  /** Shows the publisher's status record alone, without reader ticks, sharing or saved state (a tracker page). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Actor ids whose filter starts pressed, separated by commas or spaces (e.g. `congress,ustr`); the reader can change it. */
  @property({ attribute: 'actor-filter' }) actorFilter = '';

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('actorFilter')) this.pressed = new Set(parseIdList(this.actorFilter));
    super.willUpdate(changed);
  }

  protected override get subject(): string {
    return 'its recommendations';
  }

  protected override deriveView(brief: Brief): void {
    const view = listViewOf(brief);
    if (this.view && this.view.brief !== brief) {
      this.collapsed = new Set();
      this.markdownFallback = undefined;
      this.shareOpen = false;
    }
    this.view = view;
    if (!this.readonly) this.ticks.load({ key: view.key, briefId: brief.id, actionIds: view.actionIds });
    this.shown = filterList(view, this.pressed);
  }

  /** The checklist's own checks, on top of the brief's validation. */
  protected override checkBrief(brief: Brief): BriefProblem[] | null {
    const view = listViewOf(brief);
    const known = new Set(view.brief.actors.map((actor) => actor.id));
    const problems = parseIdList(this.actorFilter)
      .filter((id) => !known.has(id))
      .map((id) => ({
        path: 'actor-filter',
        message: this.locale.t(checklistStrings, 'noFilterActor', {
          id,
          known: view.actors.map((actor) => actor.id).join(', ') || '(none)',
        }),
      }));
    return problems.length > 0 ? problems : null;
  }

  /** The ticks on screen: shared ones while the reader decides, else their own. */
  private get ticked(): ReadonlySet<string> {
    return this.ticks.ticked;
  }

  /** The pressed filters as one value, for `guard`. */
  private get filterKey(): string {
    return [...this.pressed].sort().join(',');
  }

  /** Which of `actionIds` are ticked, as one value for `guard`. */
  private tickSignature(actionIds: readonly string[], ticked: ReadonlySet<string>): string {
    let signature = '';
    for (const id of actionIds) signature += ticked.has(id) ? '1' : '0';
    return signature;
  }

  private progressText(done: number, total: number, key: 'progress' | 'progressTicked'): string {
    return progressText(this.locale, done, total, key);
  }

  private markdown(view: ListView): string {
    const shown = this.shown ?? { recommendations: [], actions: 0 };
    return checklistMarkdown(this.locale, view, shown, this.ticked, this.readonly);
  }

  /** @internal */
  private readonly onListChange = (event: Event): void => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'checkbox' || this.readonly) return;
    const id = input.dataset['id'];
    if (id === undefined) return;
    const checked = input.checked;
    this.ticks.toggle(id, checked);
    this.message = '';
    this.dispatchEvent(new BriefChecklistChangeEvent(id, checked));
  };

  /** @internal */
  private readonly onFilter = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['actor'] ?? '';
    if (!id) {
      this.pressed = new Set();
      return;
    }
    const next = new Set(this.pressed);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.pressed = next;
  };

  /** @internal */
  private readonly onToggleRecommendation = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['rec'] ?? '';
    const next = new Set(this.collapsed);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.collapsed = next;
  };

  /** @internal */
  private readonly onToggleAll = (): void => {
    const view = this.view;
    if (!view) return;
    this.collapsed =
      this.collapsed.size === 0
        ? new Set(view.recommendations.map((item) => item.recommendation.id))
        : new Set();
  };

  /** @internal */
  private readonly onShareToggle = (): void => {
    this.shareOpen = !this.shareOpen;
    this.message = '';
  };

  /** @internal */
  private readonly onCopyLink = async (): Promise<void> => {
    const input = this.shadowRoot?.querySelector<HTMLInputElement>('#share-url');
    if (!input) return;
    const copied = await copyText(input.value);
    this.message = this.locale.t(checklistStrings, copied ? 'linkCopied' : 'linkManual');
    if (!copied) input.select();
  };

  /** @internal */
  private readonly onShareFocus = (event: Event): void => {
    (event.currentTarget as HTMLInputElement).select();
  };

  /** @internal */
  private readonly onCopyMarkdown = async (): Promise<void> => {
    const view = this.view;
    if (!view) return;
    const text = this.markdown(view);
    const copied = await copyText(text);
    this.markdownFallback = copied ? undefined : text;
    this.message = this.locale.t(checklistStrings, copied ? 'markdownCopied' : 'markdownManual');
    if (!copied) {
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLTextAreaElement>('#markdown')?.select();
    }
  };

  /** @internal */
  private readonly onDownloadMarkdown = (): void => {
    const view = this.view;
    if (!view) return;
    downloadFile(`${view.brief.id}-recommendations.md`, this.markdown(view), 'text/markdown');
    this.message = this.locale.t(checklistStrings, 'markdownDownloaded');
  };

  /** @internal */
  private readonly onSharedAccept = (): void => {
    if (!this.ticks.shared) return;
    this.ticks.acceptShared();
    this.message = this.locale.t(checklistStrings, 'sharedAccepted');
  };

  /** @internal */
  private readonly onSharedDecline = (): void => {
    this.ticks.declineShared();
    this.message = this.locale.t(checklistStrings, 'sharedDeclined');
  };

  private renderProgress(view: ListView): TemplateResult {
    const done = countTicked(view.actionIds, this.ticked);
    const total = view.actionIds.length;
    const words = this.progressText(done, total, 'progressTicked');
    return html`
      <div class="progress" part="progress">
        <span id="progress-label" class="progress__label">
          ${this.locale.t(checklistStrings, this.ticks.shared ? 'sharedProgress' : 'yourProgress')}
        </span>
        <progress
          class="bar"
          max=${total}
          .value=${done}
          aria-labelledby="progress-label"
          aria-valuetext=${words}
        ></progress>
        <span class="progress__words" aria-live="polite">${words}</span>
      </div>
    `;
  }

  private renderRecordSummary(view: ListView): TemplateResult {
    return html`<p class="progress progress--record" part="progress">${recordSummary(this.locale, view)}</p>`;
  }

  private renderStorageNote(): TemplateResult | typeof nothing {
    const state = this.ticks.storageState;
    if (state === 'ok') return nothing;
    const key = state === 'corrupt' ? 'notKeptCorrupt' : 'notKept';
    return html`<p class="note" part="storage-note">${this.locale.t(checklistStrings, key)}</p>`;
  }

  private renderPrompt(view: ListView): TemplateResult | typeof nothing {
    const { locale } = this;
    const { shared, sharedMismatch, own } = this.ticks;
    if (sharedMismatch && !shared) {
      return html`<p class="note" part="prompt">${locale.t(checklistStrings, 'sharedMismatch')}</p>`;
    }
    if (!shared) return nothing;
    const total = view.actionIds.length;
    const ownCount = countTicked(view.actionIds, own);
    const sharedText = this.progressText(countTicked(view.actionIds, shared), total, 'progressTicked');
    const replacing = ownCount > 0;
    return html`
      <div class="prompt" part="prompt" role="group" aria-labelledby="prompt-text">
        <p id="prompt-text" class="prompt__text">
          ${locale.t(checklistStrings, replacing ? 'sharedReplace' : 'sharedNew', {
            shared: sharedText,
            own: this.progressText(ownCount, total, 'progressTicked'),
          })}
        </p>
        <div class="prompt__buttons">
          <button type="button" class="button button--primary" @click=${this.onSharedAccept}>
            ${locale.t(checklistStrings, replacing ? 'sharedAccept' : 'sharedAcceptNew')}
          </button>
          <button type="button" class="button" @click=${this.onSharedDecline}>
            ${locale.t(checklistStrings, replacing ? 'sharedDecline' : 'sharedDeclineNew')}
          </button>
        </div>
      </div>
    `;
  }

  private renderFilters(view: ListView, shown: Shown): TemplateResult | typeof nothing {
    const { locale } = this;
    const total = view.actionIds.length;
    const count =
      this.pressed.size === 0
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
          aria-pressed=${this.pressed.size === 0 ? 'true' : 'false'}
          data-actor=""
          @click=${this.onFilter}
        >
          ${locale.t(checklistStrings, 'filterAll')}
        </button>
        ${view.actors.map(
          (actor) =>
            html`<button
              type="button"
              class="button toggle"
              aria-pressed=${this.pressed.has(actor.id) ? 'true' : 'false'}
              data-actor=${actor.id}
              @click=${this.onFilter}
            >
              ${actor.name}
            </button>`,
        )}
      </div>
      <p class="count" part="count" role="status">${count}</p>
    `;
  }

  private renderTools(view: ListView): TemplateResult {
    const { locale } = this;
    const url = this.shareOpen
      ? shareUrl(globalThis.location.href, view.brief.id, view.actionIds, this.ticks.current())
      : '';
    return html`
      <div class="tools" part="tools">
        <button type="button" class="button" @click=${this.onToggleAll}>
          ${locale.t(checklistStrings, this.collapsed.size === 0 ? 'collapseAll' : 'expandAll')}
        </button>
        ${
          this.readonly
            ? nothing
            : html`<button
                type="button"
                class="button"
                aria-expanded=${this.shareOpen ? 'true' : 'false'}
                aria-controls="share"
                @click=${this.onShareToggle}
              >
                ${locale.t(checklistStrings, 'share')}
              </button>`
        }
        <button type="button" class="button" @click=${this.onCopyMarkdown}>
          ${locale.t(checklistStrings, 'copyMarkdown')}
        </button>
        <button type="button" class="button" @click=${this.onDownloadMarkdown}>
          ${locale.t(checklistStrings, 'downloadMarkdown')}
        </button>
      </div>
      ${
        this.readonly
          ? nothing
          : html`<div id="share" class="share" part="share" ?hidden=${!this.shareOpen}>
              ${
                this.shareOpen
                  ? html`<label class="share__label" for="share-url">
                        ${locale.t(checklistStrings, 'shareLabel')}
                      </label>
                      <div class="share__row">
                        <input
                          id="share-url"
                          class="share__url"
                          type="url"
                          readonly
                          .value=${url}
                          @focus=${this.onShareFocus}
                        />
                        <button type="button" class="button" @click=${this.onCopyLink}>
                          ${locale.t(checklistStrings, 'copyLink')}
                        </button>
                      </div>`
                  : nothing
              }
            </div>`
      }
      <p class="message" role="status">${this.message}</p>
      ${
        this.markdownFallback === undefined
          ? nothing
          : html`<div class="markdown">
              <label for="markdown">${locale.t(checklistStrings, 'markdownLabel')}</label>
              <textarea
                id="markdown"
                class="markdown__text"
                readonly
                rows="8"
                .value=${this.markdownFallback}
              ></textarea>
            </div>`
      }
    `;
  }

  private renderRecommendation(
    item: { view: RecommendationView; actions: ActionView[] },
    index: number,
    ticked: ReadonlySet<string>,
  ): TemplateResult {
    const { locale } = this;
    const { recommendation, actionIds } = item.view;
    const open = !this.collapsed.has(recommendation.id) || this.print.printing;
    const total = actionIds.length;
    const done = countTicked(actionIds, ticked);
    const words = this.progressText(done, total, 'progressTicked');
    return html`
      <li class="rec" part="recommendation">
        <div class="rec__header">
          <div class="rec__title" role="heading" aria-level=${this.headingLevelAt(1)}>
            <button
              type="button"
              id="rec-${index}"
              class="rec__toggle"
              part="recommendation-title"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="rec-${index}-actions"
              data-rec=${recommendation.id}
              @click=${this.onToggleRecommendation}
            >
              <span class="rec__number">${locale.number(recommendation.number)}.</span>
              <span class="rec__name" lang=${ifDefined(this.contentLang)}>${recommendation.title}</span>
            </button>
          </div>
          ${
            this.readonly
              ? nothing
              : html`<div class="rec__progress" part="recommendation-progress">
                  <progress
                    class="bar bar--small"
                    max=${total}
                    .value=${done}
                    aria-labelledby="rec-${index}"
                    aria-valuetext=${words}
                  ></progress>
                  <span class="rec__words" aria-hidden="true"
                    >${locale.t(checklistStrings, 'recProgress', {
                      done: locale.number(done),
                      total: locale.number(total),
                    })}</span
                  >
                </div>`
          }
        </div>
        <div id="rec-${index}-actions" class="rec__body" ?hidden=${!open}>
          ${
            open && recommendation.summary
              ? html`<p class="rec__summary" lang=${ifDefined(this.contentLang)}>
                  ${recommendation.summary}
                </p>`
              : nothing
          }
          <ul class="actions">
            ${
              open
                ? // A tick re-renders only its own recommendation's rows: a long list stays quick.
                  guard(
                    [
                      item.view,
                      this.filterKey,
                      this.tickSignature(actionIds, ticked),
                      this.readonly,
                      locale.lang,
                      this.contentLang,
                    ],
                    () =>
                      item.actions.map((entry) =>
                        renderActionRow(entry, {
                          locale,
                          readonly: this.readonly,
                          checked: ticked.has(entry.action.id),
                          contentLang: this.contentLang,
                        }),
                      ),
                  )
                : nothing
            }
          </ul>
        </div>
      </li>
    `;
  }

  protected override renderBrief(): TemplateResult {
    const { locale } = this;
    const view = this.view as ListView;
    const shown = this.shown as Shown;
    const brief = view.brief;
    const ticked = this.ticked;
    this.contentLang = brief.lang && brief.lang !== locale.lang ? brief.lang : undefined;
    const empty = view.recommendations.length === 0;
    return html`
      <section class="checklist" part="base" aria-labelledby="title">
        <header class="checklist__header">
          ${this.renderTitle(
            'checklist__title',
            locale.t(checklistStrings, this.readonly ? 'trackerTitle' : 'title'),
          )}
          <p class="checklist__byline">
            <span lang=${ifDefined(this.contentLang)}>${brief.title}</span> — ${brief.publisher},
            ${locale.date(brief.published)}
          </p>
        </header>
        ${
          empty
            ? html`<p class="empty" part="empty">${locale.t(checklistStrings, 'empty')}</p>`
            : html`
                ${this.readonly ? this.renderRecordSummary(view) : this.renderProgress(view)}
                ${this.readonly ? nothing : this.renderStorageNote()}
                ${this.readonly ? nothing : this.renderPrompt(view)} ${this.renderFilters(view, shown)}
                ${this.renderTools(view)}
                <ol
                  class="recs"
                  aria-label=${locale.t(checklistStrings, 'recommendationsLabel')}
                  @change=${this.onListChange}
                >
                  ${shown.recommendations.map((item, index) => this.renderRecommendation(item, index, ticked))}
                </ol>
                ${
                  shown.actions === 0
                    ? html`<p class="empty" part="empty">${locale.t(checklistStrings, 'noneShown')}</p>`
                    : nothing
                }
              `
        }
      </section>
    `;
  }
}

define('brief-recommendation-checklist', BriefRecommendationChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'brief-recommendation-checklist': BriefRecommendationChecklist;
  }
}
