import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BriefPart } from '../../data/default-brief.js';
import type { Brief, BriefProblem } from '../../data/types.js';
import { BriefChecklistChangeEvent } from '../../events/brief-checklist-change.js';
import { BriefElement } from '../../internal/brief-element.js';
import { define } from '../../internal/define.js';
import { downloadFile } from '../../internal/download.js';
import { parseIdList } from '../../internal/id-list.js';
import { copyText } from '../../internal/clipboard.js';
import { PrintController } from '../../internal/print-controller.js';
import { onServer } from '../../internal/server.js';
import { ChunkController } from '../../internal/chunk-controller.js';
import { hostStyles } from '../../styles/host.styles.js';
import { filterList, listViewOf, type ListView, type Shown } from './brief-recommendation-checklist.model.js';
import { drawnList, grow, NOTHING_DRAWN, type Drawn } from './brief-recommendation-checklist.chunks.js';
import { renderRecommendations } from './brief-recommendation-checklist.recommendation.js';
import { countTicked, shareUrl, toggled } from './brief-recommendation-checklist.state.js';
import { checklistStrings } from './brief-recommendation-checklist.strings.js';
import listStyles from './brief-recommendation-checklist.list.styles.js';
import styles from './brief-recommendation-checklist.styles.js';
import { checklistMarkdown, progressText } from './brief-recommendation-checklist.text.js';
import { renderRecord } from './brief-recommendation-checklist.record.js';
import { renderFilters, renderTools } from './brief-recommendation-checklist.controls.js';
import { TicksController } from './ticks-controller.js';

/** Above this many recommendations, those off screen skip layout and paint until they scroll near. */
const LONG_LIST = 24;

/**
 * The brief's recommendations and their sub-actions, with who each is addressed to.
 * Recommendations start folded: each header shows its number and title, who it is
 * addressed to, the reader's progress and the record's counts by status; one click (or
 * Enter) opens it, "Expand all" opens every one. Readers tick actions off in their own
 * checklist (saved in this browser), filter by who an action is addressed to, share
 * their ticks as a link and export the list as Markdown.
 *
 * The record of what happened to each action since the brief is shown apart from the
 * reader's ticks: labelled with who keeps it and as of when (`brief.record`), summed up
 * by status, and on each action as its status with its date, with what happened and its
 * sources one click away. `readonly` shows the record alone, as a tracker page's
 * scorecard. On paper the list prints compactly, every action with its status and date
 * and the reader's ticks as ☑/☐, without buttons; notes print where the reader opened them.
 *
 * A long list (thousands of recommendations, or of actions in one) is drawn in reading
 * order 200 lines at a time, a chunk per task, so the page keeps answering while the rest
 * follows; `updateComplete` waits for the whole list. Progress, the record's counts, the
 * filter's count, sharing and Markdown always cover every action.
 *
 * @tag brief-recommendation-checklist
 * @summary A brief's recommendations as a checklist: reader ticks, progress, actor filter, share, export and the publisher's status record.
 *
 * @slot - No-JS fallback: plain HTML shown only where the script does not run.
 *
 * @csspart base - The checklist.
 * @csspart title - The checklist's heading.
 * @csspart record - The record's block: what it is and as of when, and its summary by status.
 * @csspart status-summary - The record's counts by status, in words, with a stacked bar from ten actions up.
 * @csspart progress - The reader's own checklist: how many actions they ticked, in words and as a bar.
 * @csspart storage-note - The quiet note shown when ticks cannot be saved in this browser.
 * @csspart prompt - The question asked when a shared link carries someone's ticks.
 * @csspart filters - The filter's toggle buttons: who the actions shown are addressed to.
 * @csspart count - The live count of what the filter shows.
 * @csspart tools - The buttons to expand, share and export.
 * @csspart share - The share link panel.
 * @csspart recommendation - One recommendation.
 * @csspart recommendation-title - A recommendation's heading (its expand/collapse button).
 * @csspart recommendation-progress - A recommendation's progress in the reader's checklist: words and bar.
 * @csspart recommendation-status - A recommendation's counts by status in the record.
 * @csspart action - One action row.
 * @csspart checkbox - An action's checkbox, the reader's own tick.
 * @csspart actor - The name of someone an action or recommendation is addressed to.
 * @csspart status - The record of an action: its status with its date.
 * @csspart status-toggle - The "What happened" button that opens an action's details.
 * @csspart status-details - What happened to an action, and its sources.
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
  static override styles = [hostStyles, styles, listStyles];

  private readonly print = new PrintController(this);
  private readonly ticks = new TicksController(this, () => !this.readonly);
  /** A long list is drawn a chunk per task. */
  private readonly chunks = new ChunkController(this);

  private view: ListView | undefined;
  private shown: Shown | undefined;
  /** What is drawn of the list: it grows a chunk per update until all of it is. */
  private drawn: Drawn = NOTHING_DRAWN;

  /** The brief's language where it differs from the widget's, for the brief's own text. */
  private contentLang: string | undefined;

  /** Actor ids whose filter buttons are pressed; empty shows every action. */
  @state() private pressed: ReadonlySet<string> = new Set();

  /** Ids of the recommendations the reader opened; every one starts folded. */
  @state() private expanded: ReadonlySet<string> = new Set();

  /** Ids of the actions whose "What happened" the reader opened. */
  @state() private details: ReadonlySet<string> = new Set();

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

  /** @internal */
  override get defaultPart(): BriefPart {
    return 'recommendations';
  }

  protected override deriveView(brief: Brief, changed: PropertyValues): void {
    const view = listViewOf(brief);
    if (this.view && this.view.brief !== brief) {
      this.expanded = new Set();
      this.details = new Set();
      this.markdownFallback = undefined;
      this.shareOpen = false;
    }
    if (this.view?.brief !== brief || changed.has('pressed')) this.drawn = NOTHING_DRAWN;
    this.view = view;
    // A server render, and the hydration of one, show no reader's ticks: only the browser has them.
    const served = onServer || this.hydrating;
    if (!this.readonly)
      this.ticks.load({ key: view.key, briefId: brief.id, actionIds: view.actionIds }, !served);
    this.shown = filterList(view, this.pressed);
    // On paper, or rendered on a server (and hydrated), the whole list at once.
    const whole = this.print.printing || served;
    const next = grow(
      this.shown,
      this.drawn,
      (id) => this.print.printing || this.expanded.has(id),
      whole ? Infinity : undefined,
    );
    this.drawn = next.drawn;
    if (next.complete) this.chunks.done();
    else this.chunks.more();
  }

  protected override pendingWork(): Promise<void> | undefined {
    return super.pendingWork() ?? this.chunks.pending;
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

  /** Whether the list shows a record: a tracker always does, a checklist when an action has a status. */
  private get showRecord(): boolean {
    return this.readonly || (this.view?.recorded ?? 0) > 0 || this.view?.brief.record !== undefined;
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
    this.pressed = id ? toggled(this.pressed, id) : new Set();
  };

  /** @internal */
  private readonly onToggleRecommendation = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['rec'] ?? '';
    this.expanded = toggled(this.expanded, id);
  };

  /** True when every recommendation is open. */
  private get allExpanded(): boolean {
    const view = this.view;
    return !!view && view.recommendations.every((item) => this.expanded.has(item.recommendation.id));
  }

  /** @internal */
  private readonly onToggleAll = (): void => {
    const view = this.view;
    if (!view) return;
    this.expanded = this.allExpanded
      ? new Set()
      : new Set(view.recommendations.map((item) => item.recommendation.id));
  };

  /** @internal */
  private readonly onDetails = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['action'] ?? '';
    this.details = toggled(this.details, id);
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
      ${
        // What ☑ and ☐ mean, on paper only.
        this.print.printing
          ? html`<p class="print-legend">${this.locale.t(checklistStrings, 'printLegend')}</p>`
          : nothing
      }
    `;
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

  /** The recommendations drawn so far, each open one with its rows drawn so far. */
  private renderList(shown: Shown): unknown[] {
    const { locale, readonly, contentLang, expanded } = this;
    const options = {
      locale,
      readonly,
      contentLang,
      showRecord: this.showRecord,
      printing: this.print.printing,
      level: this.headingLevelAt(1),
      ticked: this.ticked,
      expanded,
      details: this.details,
      filterKey: this.filterKey,
      onToggle: this.onToggleRecommendation,
      onDetails: this.onDetails,
    };
    return renderRecommendations(drawnList(shown, this.drawn), options);
  }

  protected override renderBrief(): TemplateResult {
    const { locale, readonly } = this;
    const view = this.view as ListView;
    const shown = this.shown as Shown;
    const brief = view.brief;
    this.contentLang = brief.lang && brief.lang !== locale.lang ? brief.lang : undefined;
    const empty = view.recommendations.length === 0;
    return html`
      <section class="checklist" part="base" aria-labelledby="title">
        ${this.renderTitle('checklist__title', locale.t(checklistStrings, readonly ? 'trackerTitle' : 'title'))}
        <p class="checklist__byline">
          ${this.contentLang ? html`<span lang=${this.contentLang}>${brief.title}</span>` : brief.title} —
          ${brief.publisher}, ${locale.date(brief.published)}
        </p>
        ${
          empty
            ? html`<p class="empty" part="empty">${locale.t(checklistStrings, 'empty')}</p>`
            : html`
                ${this.showRecord ? renderRecord(locale, view, this.contentLang) : nothing}
                ${
                  readonly
                    ? nothing
                    : html`${this.renderProgress(view)} ${this.renderStorageNote()} ${this.renderPrompt(view)}`
                }
                ${renderFilters(view, shown, {
                  locale,
                  pressed: this.pressed,
                  onFilter: this.onFilter,
                })}
                ${renderTools({
                  locale,
                  readonly,
                  allExpanded: this.allExpanded,
                  shareUrl: this.shareOpen
                    ? shareUrl(globalThis.location.href, brief.id, view.actionIds, this.ticks.current())
                    : undefined,
                  message: this.message,
                  markdownFallback: this.markdownFallback,
                  onToggleAll: this.onToggleAll,
                  onShareToggle: this.onShareToggle,
                  onShareFocus: this.onShareFocus,
                  onCopyLink: this.onCopyLink,
                  onCopyMarkdown: this.onCopyMarkdown,
                  onDownloadMarkdown: this.onDownloadMarkdown,
                })}
                <ol
                  class="recs ${shown.recommendations.length > LONG_LIST ? 'recs--long' : ''}"
                  aria-label=${locale.t(checklistStrings, 'recommendationsLabel')}
                  @change=${this.onListChange}
                >
                  ${this.renderList(shown)}
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
