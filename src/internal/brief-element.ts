import { LitElement, html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { BriefPart } from '../data/default-brief.js';
import type { Brief, BriefProblem } from '../data/types.js';
import { hostStyles } from '../styles/host.styles.js';
import { BriefDataController } from './brief-data-controller.js';
import { messageOf } from './error-message.js';
import { renderErrorPanel, renderLoading } from './error-panel.js';
import { LocaleController } from './locale-controller.js';

/** The colour themes a widget takes. */
export type Theme = 'auto' | 'light' | 'dark';

/**
 * The thin base every widget extends: the properties every widget shares, the brief data
 * and locale controllers, and the one lifecycle they all follow — resolve the brief,
 * check the widget's own attributes against it, settle (`brief-load`, or `brief-error`
 * and one console error), then render the widget, its error panel or the loading
 * placeholder. Nothing widget-specific lives here.
 *
 * A widget implements `checkBrief` (its own checks; none by default), `deriveView`
 * (its view model, called only when the brief is ready and its checks pass) and
 * `renderBrief` (what the reader sees).
 * @internal
 */
export abstract class BriefElement extends LitElement {
  static override styles: CSSResultGroup = [hostStyles];

  /** @internal */
  protected readonly data = new BriefDataController(this);

  /** @internal */
  protected readonly locale = new LocaleController(this);

  /** @internal True once the brief is ready and the widget's own checks pass. */
  private ready = false;

  /** A brief to draw from, set as a property; wins over inline JSON, `src` and the bundled brief. */
  @property({ attribute: false }) brief: Brief | undefined;

  /** URL of a brief JSON file, fetched without credentials; used when no `brief` property or inline JSON is given. */
  @property() src: string | undefined;

  /** Colour theme: `auto` (follows the reader's system), `light` or `dark`. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** Language of the widget's own text, numbers and dates: `en` or `es`; defaults to the nearest ancestor's `lang`. */
  @property({ reflect: true }) override lang!: string;

  /** Level (1–6) of the widget's main heading, so it fits the page outline; inner headings go one below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Waits (showing its loading placeholder) for a `brief`, inline JSON or `src` instead of showing the bundled default brief: for apps whose brief arrives after the element. */
  @property({ attribute: 'without-default', type: Boolean }) withoutDefault = false;

  /**
   * A declarative shadow root from a server render is there before the first update: that
   * update hydrates it (with `@lit-labs/ssr-client`'s support loaded), so it must render
   * what the server did — the same brief, without the loading placeholder in between.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot && !this.hasUpdated) this.data.hydrating = true;
    return super.createRenderRoot();
  }

  /**
   * A server-rendered widget keeps the server's markup until the brief it showed is here
   * (the bundled part, or the validator for an app's brief). Checked here, not before the
   * update is scheduled: a property the app set before the widget upgraded (its `brief`)
   * is only there now. The held update's changes are asked for again once it is loaded.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.data.hydrating && !this.hasUpdated) {
      const held = new Map(changed);
      const holding = this.data.hold(() => {
        for (const [name, old] of held) this.requestUpdate(name, old);
        this.requestUpdate();
      });
      if (holding) return false;
    }
    return super.shouldUpdate(changed);
  }

  /**
   * True during a server-rendered widget's first update in the browser, which must render
   * what the server did: no stored reader state, no measured size yet (they come next).
   * @internal
   */
  protected get hydrating(): boolean {
    return this.data.hydrating;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.locale.sync(this.data.hydrating);
    this.ready = false;
    const brief = this.data.resolve();
    if (!brief) return;
    let problems: BriefProblem[] | null;
    try {
      problems = this.checkBrief(brief);
      if (!problems || problems.length === 0) this.deriveView(brief, changed);
    } catch (error) {
      // A widget's own code met data it did not expect: say so in the panel, never throw.
      problems = [{ path: '(widget)', message: `could not show this brief: ${messageOf(error)}` }];
    }
    if (problems && problems.length > 0) {
      this.data.settle(problems, this.subject);
      return;
    }
    this.ready = true;
    this.data.settle(null);
  }

  /**
   * The widget's own checks of its attributes against the brief (an indicator id it
   * does not have, an unknown category…); `null` when there is nothing wrong.
   * @internal
   */
  protected checkBrief(_brief: Brief): BriefProblem[] | null {
    return null;
  }

  /**
   * Derives what the widget shows from a ready brief; runs in `willUpdate`.
   * @internal
   */
  protected abstract deriveView(brief: Brief, changed: PropertyValues): void;

  /**
   * What the reader sees once the brief is ready.
   * @internal
   */
  protected abstract renderBrief(): TemplateResult;

  /**
   * What the widget could not show, for its console error ("its timeline").
   * @internal
   */
  protected get subject(): string {
    return 'its data';
  }

  /**
   * The part of the bundled default brief this widget shows, should it fall back to it:
   * the `<script>` embed then loads only that part.
   * @internal
   */
  get defaultPart(): BriefPart {
    return 'all';
  }

  /**
   * The heading level `offset` levels below the widget's own, kept within 1–6.
   * @internal
   */
  protected headingLevelAt(offset = 0): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3) + offset);
  }

  /**
   * The widget's own heading (part `title`, id `title` for `aria-labelledby`), at
   * `heading-level`: a `role="heading"` so a page's outline decides its level, not the tag.
   * @internal
   */
  protected renderTitle(className: string, content: unknown): TemplateResult {
    return html`<div
      id="title"
      class=${className}
      part="title"
      role="heading"
      aria-level=${this.headingLevelAt()}
    >
      ${content}
    </div>`;
  }

  /**
   * Work spread over several tasks after which the widget shows all it was asked to: a
   * long brief validated in slices; a widget adds a long list drawn in chunks.
   * @internal
   */
  protected pendingWork(): Promise<void> | undefined {
    return this.data.validating;
  }

  /**
   * Resolves once the widget shows what it was asked to, after any work spread over
   * several tasks (`pendingWork`): `await el.updateComplete` then sees a long brief drawn,
   * or its error panel, as with any other brief.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let work = this.pendingWork(); work; work = this.pendingWork()) {
      await work;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override render(): TemplateResult {
    if (this.data.problems.length > 0) return renderErrorPanel(this.data.problems, this.locale);
    if (!this.ready) return renderLoading(this.locale);
    try {
      return this.renderBrief();
    } catch (error) {
      const problems = [{ path: '(widget)', message: `could not show this brief: ${messageOf(error)}` }];
      this.ready = false;
      this.data.settle(problems, this.subject);
      return renderErrorPanel(problems, this.locale);
    }
  }
}
