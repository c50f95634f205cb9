import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type {
  Action,
  Actor,
  Brief,
  BriefProblem,
  Recommendation,
  Source,
  StatusState,
} from '../../data/types.js';
import { BriefChecklistChangeEvent } from '../../events/brief-checklist-change.js';
import { BriefElement } from '../../internal/brief-element.js';
import { indexOf, sourcesOf } from '../../internal/brief-index.js';
import { define } from '../../internal/define.js';
import { downloadFile } from '../../internal/download.js';
import { parseIdList } from '../../internal/id-list.js';
import { isSafeUrl, renderCitation } from '../../internal/sources.js';
import { PrintController } from '../../internal/print-controller.js';
import { StorageController } from '../../internal/storage-controller.js';
import { hostStyles } from '../../styles/host.styles.js';
import {
  countTicked,
  parseTicks,
  readShared,
  sameTicks,
  serializeTicks,
  shareUrl,
  storageKey,
  toMarkdown,
  withoutShared,
  type MarkdownList,
} from './brief-recommendation-checklist.state.js';
import { checklistStrings } from './brief-recommendation-checklist.strings.js';
import styles from './brief-recommendation-checklist.styles.js';

const STATES: readonly StatusState[] = ['proposed', 'in-progress', 'adopted', 'not-adopted'];

/** One action, with what the view needs resolved once per brief. */
interface ActionView {
  action: Action;
  /** The actors' names, in the order the action gives them. */
  actorNames: string[];
  /** The sources of the publisher's record. */
  sources: Source[];
}

interface RecommendationView {
  recommendation: Recommendation;
  actions: ActionView[];
  actionIds: string[];
}

/** The list's structure, built once per brief object (it does not depend on the reader). */
interface ListView {
  brief: Brief;
  recommendations: RecommendationView[];
  /** Every action id, in the brief's order. */
  actionIds: string[];
  /** The actors at least one action is addressed to, in the brief's order. */
  actors: Actor[];
  key: string;
}

/** What the reader sees now: the list filtered by actor. */
interface Shown {
  recommendations: { view: RecommendationView; actions: ActionView[] }[];
  actions: number;
}

const views = new WeakMap<Brief, ListView>();

function listViewOf(brief: Brief): ListView {
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
  private readonly storage = new StorageController(this, () => {
    this.reloadOwn();
  });

  private view: ListView | undefined;
  private shown: Shown | undefined;

  /** The brief's language where it differs from the widget's, for the brief's own text. */
  private contentLang: string | undefined;

  /** The storage key whose ticks are loaded; a new brief (id or version) loads its own. */
  private loadedKey: string | undefined;

  /** True once the saved ticks were read: what cannot be read is never written over. */
  private writable = false;

  /** The reader's own ticks, as saved: ids of actions no longer in the brief are kept. */
  @state() private own: ReadonlySet<string> = new Set();

  /** Ticks from a share link, shown until the reader keeps or dismisses them. */
  @state() private shared: ReadonlySet<string> | undefined;

  /** The page's link carried ticks for another version of the list. */
  @state() private sharedMismatch = false;

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

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

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
    if (!this.readonly && view.key !== this.loadedKey) this.restore(view);
    this.shown = this.filter(view);
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

  /** Loads the reader's saved ticks for this brief, and any ticks the page's link shares. */
  private restore(view: ListView): void {
    this.loadedKey = view.key;
    this.own = this.readOwn(view.key);
    const shared = readShared(globalThis.location.hash, view.brief.id, view.actionIds);
    this.sharedMismatch = shared.kind === 'mismatch';
    this.shared =
      shared.kind === 'ticks' && !sameTicks(this.current(view, this.own), shared.ticked)
        ? shared.ticked
        : undefined;
  }

  /** The saved ticks under `key`; an empty set when there are none or they cannot be read. */
  private readOwn(key: string): Set<string> {
    this.writable = false;
    const text = this.storage.read(key);
    if (text === undefined) return new Set();
    const ticked = parseTicks(text);
    if (!ticked) {
      this.storage.markCorrupt();
      return new Set();
    }
    this.writable = true;
    return ticked;
  }

  /** Another tab saved new ticks for this list. */
  private reloadOwn(): void {
    if (this.loadedKey && this.writable && !this.shared) this.own = this.readOwn(this.loadedKey);
  }

  /** The ids of `ticked` that are actions of this brief. */
  private current(view: ListView, ticked: ReadonlySet<string>): Set<string> {
    return new Set(view.actionIds.filter((id) => ticked.has(id)));
  }

  /** The ticks on screen: shared ones while the reader decides, else their own. */
  private get ticked(): ReadonlySet<string> {
    return this.shared ?? this.own;
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

  private filter(view: ListView): Shown {
    const pressed = this.pressed;
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

  private save(ticked: ReadonlySet<string>): void {
    if (this.loadedKey && this.writable) this.storage.write(this.loadedKey, serializeTicks(ticked));
  }

  /** Takes this brief's shared ticks out of the page's address, so a reload does not ask again. */
  private forgetShared(): void {
    const brief = this.view?.brief;
    if (!brief) return;
    try {
      const { pathname, search, hash } = globalThis.location;
      const rest = withoutShared(hash, brief.id);
      if (rest !== hash) history.replaceState(history.state, '', `${pathname}${search}${rest}`);
    } catch {
      // A sandboxed page may refuse; the prompt is gone either way.
    }
  }

  private progressText(done: number, total: number, key: 'progress' | 'progressTicked'): string {
    return this.locale.tn(checklistStrings, key, total, { done: this.locale.number(done) });
  }

  private statusText(action: Action): string {
    const status = action.status;
    if (!status) return this.locale.t(checklistStrings, 'noRecord');
    return this.locale.t(checklistStrings, 'recordAsOf', {
      state: this.locale.t(checklistStrings, status.state),
      date: this.locale.date(status.date),
    });
  }

  private markdown(view: ListView): string {
    const { locale } = this;
    const brief = view.brief;
    const ticked = this.ticked;
    const lines = [
      locale.t(checklistStrings, 'exportBy', {
        publisher: brief.publisher,
        date: locale.date(brief.published),
      }),
    ];
    if (brief.url && isSafeUrl(brief.url)) lines.push(brief.url);
    if (!this.readonly) {
      const done = countTicked(view.actionIds, ticked);
      lines.push(
        locale.t(checklistStrings, 'exportProgress', {
          progress: this.progressText(done, view.actionIds.length, 'progress'),
        }),
      );
    }
    const list: MarkdownList = {
      title: locale.t(checklistStrings, 'exportTitle', { title: brief.title }),
      lines,
      labels: {
        actors: locale.t(checklistStrings, 'exportActors'),
        record: locale.t(checklistStrings, 'exportRecord'),
        sources: locale.t(checklistStrings, 'sources'),
      },
      recommendations: (this.shown?.recommendations ?? []).map(({ view: item, actions }) => ({
        heading: `${String(item.recommendation.number)}. ${item.recommendation.title}`,
        progress: this.readonly
          ? ''
          : this.progressText(countTicked(item.actionIds, ticked), item.actionIds.length, 'progressTicked'),
        actions: actions.map((entry) => ({
          checked: this.readonly ? null : ticked.has(entry.action.id),
          text: entry.action.text,
          actors: entry.actorNames.join(', '),
          ...(entry.action.status || this.readonly ? { status: this.statusText(entry.action) } : {}),
          ...(entry.action.status?.note ? { note: entry.action.status.note } : {}),
          sources: entry.sources.map((source) => ({ title: source.title, url: source.url })),
        })),
      })),
    };
    return toMarkdown(list);
  }

  /** Copies `text`; false where the clipboard is missing or refuses. */
  private async copy(text: string): Promise<boolean> {
    const clipboard = (navigator as { clipboard?: Clipboard }).clipboard;
    if (!clipboard) return false;
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  /** @internal */
  private readonly onHashChange = (): void => {
    const view = this.view;
    if (!view || this.readonly) return;
    if (readShared(globalThis.location.hash, view.brief.id, view.actionIds).kind === 'none') return;
    this.loadedKey = undefined;
    this.requestUpdate();
  };

  /** @internal */
  private readonly onListChange = (event: Event): void => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'checkbox' || this.readonly) return;
    const id = input.dataset['id'];
    if (id === undefined) return;
    const checked = input.checked;
    const next = new Set(this.ticked);
    if (checked) next.add(id);
    else next.delete(id);
    if (this.shared) {
      this.shared = next;
    } else {
      this.own = next;
      this.save(next);
    }
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
    const copied = await this.copy(input.value);
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
    const copied = await this.copy(text);
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
    const view = this.view;
    const shared = this.shared;
    if (!view || !shared) return;
    // Saved ticks for actions this version of the brief no longer has are kept.
    const actions = new Set(view.actionIds);
    const next = new Set([...this.own].filter((id) => !actions.has(id)));
    for (const id of shared) next.add(id);
    this.own = next;
    this.shared = undefined;
    this.save(next);
    this.forgetShared();
    this.message = this.locale.t(checklistStrings, 'sharedAccepted');
  };

  /** @internal */
  private readonly onSharedDecline = (): void => {
    this.shared = undefined;
    this.forgetShared();
    this.message = this.locale.t(checklistStrings, 'sharedDeclined');
  };

  private renderProgress(view: ListView): TemplateResult {
    const done = countTicked(view.actionIds, this.ticked);
    const total = view.actionIds.length;
    const words = this.progressText(done, total, 'progressTicked');
    return html`
      <div class="progress" part="progress">
        <span id="progress-label" class="progress__label">
          ${this.locale.t(checklistStrings, this.shared ? 'sharedProgress' : 'yourProgress')}
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
    const { locale } = this;
    const counts = new Map<StatusState | 'none', number>();
    for (const item of view.recommendations) {
      for (const entry of item.actions) {
        const key = entry.action.status?.state ?? 'none';
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    const parts = STATES.flatMap((key) => {
      const count = counts.get(key);
      return count
        ? [
            locale.t(checklistStrings, 'recordPart', {
              count: locale.number(count),
              state: locale.t(checklistStrings, key).toLowerCase(),
            }),
          ]
        : [];
    });
    const none = counts.get('none');
    if (none) parts.push(locale.t(checklistStrings, 'recordNone', { count: locale.number(none) }));
    return html`<p class="progress progress--record" part="progress">
      ${locale.t(checklistStrings, 'recordSummary', {
        total: locale.number(view.actionIds.length),
        parts: parts.join(', '),
      })}
    </p>`;
  }

  private renderStorageNote(): TemplateResult | typeof nothing {
    const state = this.storage.state;
    if (state === 'ok') return nothing;
    const key = state === 'corrupt' ? 'notKeptCorrupt' : 'notKept';
    return html`<p class="note" part="storage-note">${this.locale.t(checklistStrings, key)}</p>`;
  }

  private renderPrompt(view: ListView): TemplateResult | typeof nothing {
    const { locale } = this;
    if (this.sharedMismatch && !this.shared) {
      return html`<p class="note" part="prompt">${locale.t(checklistStrings, 'sharedMismatch')}</p>`;
    }
    const shared = this.shared;
    if (!shared) return nothing;
    const total = view.actionIds.length;
    const own = countTicked(view.actionIds, this.own);
    const sharedText = this.progressText(countTicked(view.actionIds, shared), total, 'progressTicked');
    const replacing = own > 0;
    return html`
      <div class="prompt" part="prompt" role="group" aria-labelledby="prompt-text">
        <p id="prompt-text" class="prompt__text">
          ${locale.t(checklistStrings, replacing ? 'sharedReplace' : 'sharedNew', {
            shared: sharedText,
            own: this.progressText(own, total, 'progressTicked'),
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
      ? shareUrl(globalThis.location.href, view.brief.id, view.actionIds, this.current(view, this.ticked))
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

  private renderStatus(entry: ActionView): TemplateResult | typeof nothing {
    const { locale } = this;
    const status = entry.action.status;
    if (!status && !this.readonly) return nothing;
    return html`
      <div class="status status--${status?.state ?? 'none'}" part="status">
        <span class="status__label">${locale.t(checklistStrings, 'record')}:</span>
        <span class="status__state">${this.statusText(entry.action)}</span>
        ${
          status?.note
            ? html`<span class="status__note" lang=${ifDefined(this.contentLang)}>${status.note}</span>`
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

  private renderActors(entry: ActionView): TemplateResult {
    return html`<span class="actors">
      <span class="visually-hidden">${this.locale.t(checklistStrings, 'addressedTo')}</span>
      ${entry.actorNames.map((name) => html`<span class="actor" part="actor">${name}</span> `)}
    </span>`;
  }

  private renderAction(entry: ActionView, ticked: ReadonlySet<string>): TemplateResult {
    const { action } = entry;
    if (this.readonly) {
      return html`<li class="action" part="action">
        <p class="action__text" lang=${ifDefined(this.contentLang)}>${action.text}</p>
        ${this.renderActors(entry)} ${this.renderStatus(entry)}
      </li>`;
    }
    const checked = ticked.has(action.id);
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
          <span class="action__text" lang=${ifDefined(this.contentLang)}>${action.text}</span>
          ${this.renderActors(entry)}
        </span>
      </label>
      ${this.renderStatus(entry)}
    </li>`;
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
                    () => item.actions.map((entry) => this.renderAction(entry, ticked)),
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
          <div
            id="title"
            class="checklist__title"
            part="title"
            role="heading"
            aria-level=${this.headingLevelAt()}
          >
            ${locale.t(checklistStrings, this.readonly ? 'trackerTitle' : 'title')}
          </div>
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
