import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Brief, BriefProblem, Indicator, Source } from '../../data/types.js';
import { BriefDataController } from '../../internal/brief-data-controller.js';
import { define } from '../../internal/define.js';
import { renderErrorPanel, renderLoading } from '../../internal/error-panel.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { commonStrings } from '../../internal/strings.js';
import { hostStyles } from '../../styles/host.styles.js';
import { cardStrings } from './brief-indicator-card.strings.js';
import styles from './brief-indicator-card.styles.js';

/** Only these schemes become links; anything else (`javascript:`…) stays text. */
const SAFE_URL = /^https?:\/\//i;

interface CardView {
  brief: Brief;
  indicator: Indicator;
  sources: Source[];
}

/**
 * One indicator of a brief: the brief's claim, the headline figure with its unit and
 * as-of date, the direction the brief gives it, where the record differs, and its sources.
 *
 * @tag brief-indicator-card
 * @summary One indicator of a policy brief: its claim, headline figure, direction and sources.
 *
 * @slot - No-JS fallback: plain HTML shown only where the script does not run.
 *
 * @csspart base - The card.
 * @csspart title - The indicator's title.
 * @csspart direction - The direction badge.
 * @csspart headline - The headline figure, its unit and as-of date.
 * @csspart claim - The brief's claim, quoted.
 * @csspart note - Where the brief's wording and the record differ.
 * @csspart sources - The list of sources.
 * @csspart error - The error panel shown instead of the card when its data is wrong.
 * @csspart loading - The placeholder shown while a `src` brief loads.
 *
 * @cssproperty [--card-padding=1em] - Space inside the card.
 * @cssproperty [--card-border-width=1px] - Width of the card's border.
 * @cssproperty [--card-headline-size=2.25em] - Font size of the headline figure.
 * @cssproperty [--brief-font-family=inherit] - Font family (global token; defaults to the page's).
 * @cssproperty [--brief-color-text=#1f2328] - Text colour (global token).
 * @cssproperty [--brief-color-text-muted=#555f6b] - Secondary text colour (global token).
 * @cssproperty [--brief-color-surface=#ffffff] - Background (global token).
 * @cssproperty [--brief-color-border=#cfd6de] - Border colour (global token).
 * @cssproperty [--brief-color-accent=#0a58a8] - Links and focus ring (global token).
 * @cssproperty [--brief-color-worsening=#b0281f] - Colour of a worsening trend (global token).
 * @cssproperty [--brief-color-improving=#1a7336] - Colour of an improving trend (global token).
 * @cssproperty [--brief-radius=0.5em] - Corner radius (global token).
 *
 * @event {BriefLoadEvent} brief-load - The brief is ready and the card shows its indicator.
 * @event {BriefErrorEvent} brief-error - The card cannot show its indicator; `problems` names each field.
 */
export class BriefIndicatorCard extends LitElement {
  static override styles = [hostStyles, styles];

  private readonly data = new BriefDataController(this);
  private readonly locale = new LocaleController(this);

  private view: CardView | undefined;

  /** Id of the indicator to show, e.g. `overdose-deaths`. */
  @property({ reflect: true }) indicator = '';

  /** A brief to draw from, set as a property; wins over inline JSON, `src` and the bundled brief. */
  @property({ attribute: false }) brief: Brief | undefined;

  /** URL of a brief JSON file, fetched without credentials; used when no `brief` property or inline JSON is given. */
  @property() src: string | undefined;

  /** Colour theme: `auto` (follows the reader's system), `light` or `dark`. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Language of the widget's own text, numbers and dates: `en` or `es`; defaults to the nearest ancestor's `lang`. */
  @property({ reflect: true }) override lang!: string;

  /** Level of the card's heading (1–6) so it fits the page outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  protected override willUpdate(): void {
    this.locale.sync();
    const brief = this.data.resolve();
    this.view = undefined;
    if (!brief) return;
    const problems = this.check(brief);
    if (problems) {
      this.data.settle(problems, `indicator "${this.indicator}"`);
      return;
    }
    const indicator = brief.indicators.find((item) => item.id === this.indicator);
    if (!indicator) return;
    const byId = new Map(brief.sources.map((source) => [source.id, source]));
    const ids = [
      ...(indicator.headline?.sourceIds ?? []),
      ...indicator.sourceIds,
      ...(indicator.series?.points.flatMap((point) => point.sourceIds) ?? []),
      ...indicator.context.flatMap((item) => item.sourceIds),
    ];
    const sources = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
    this.view = { brief, indicator, sources };
    this.data.settle(null);
  }

  /** The card's own checks, on top of the brief's validation. */
  private check(brief: Brief): BriefProblem[] | null {
    const id = this.indicator.trim();
    const example = brief.indicators[0]?.id ?? 'overdose-deaths';
    if (!id) {
      return [{ path: 'indicator', message: this.locale.t(cardStrings, 'missingIndicator', { example }) }];
    }
    if (!brief.indicators.some((item) => item.id === id)) {
      const known = brief.indicators.map((item) => item.id).join(', ') || '(none)';
      const message = this.locale.t(cardStrings, 'noIndicator', { id, brief: brief.id, known });
      return [{ path: 'indicator', message }];
    }
    return null;
  }

  private renderHeading(text: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    return html`<div id="title" class="card__title" part="title" role="heading" aria-level=${level}>
      ${text}
    </div>`;
  }

  private renderHeadline(indicator: Indicator): TemplateResult | typeof nothing {
    const headline = indicator.headline;
    if (!headline) return nothing;
    const { locale } = this;
    const asOf = locale.date(headline.asOf, headline.asOfPrecision ?? 'day');
    return html`
      <div class="headline" part="headline">
        <p class="headline__figure">
          <span class="headline__value">${locale.number(headline.value)}</span>
          <span class="headline__unit">${headline.unit}</span>
        </p>
        ${headline.description ? html`<p class="headline__description">${headline.description}</p>` : nothing}
        <p class="headline__meta">
          ${locale.t(cardStrings, 'asOf', { date: asOf })}${
            headline.label
              ? html` · ${locale.t(cardStrings, 'briefWording', { label: headline.label })}`
              : nothing
          }
        </p>
      </div>
    `;
  }

  private renderSource(source: Source): TemplateResult {
    const { locale } = this;
    const title = SAFE_URL.test(source.url)
      ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${source.title}</a>`
      : html`<span>${source.title}</span>`;
    const confidence = locale.t(
      commonStrings,
      source.confidence === 'high' ? 'confidenceHigh' : 'confidenceMedium',
    );
    return html`
      <li class="source">
        ${title}
        <span class="source__meta">
          — ${source.publisher}${source.date ? html`, ${locale.date(source.date)}` : nothing} ·
          <span class="source__confidence source__confidence--${source.confidence}">${confidence}</span>
        </span>
      </li>
    `;
  }

  protected override render(): TemplateResult {
    const { locale, data } = this;
    if (data.problems.length > 0) return renderErrorPanel(data.problems, locale);
    const view = this.view;
    if (!view) return renderLoading(locale);
    const { indicator, brief, sources } = view;
    const direction = locale.t(cardStrings, indicator.direction);
    return html`
      <article class="card" part="base" aria-labelledby="title">
        <header class="card__header">
          ${this.renderHeading(indicator.title)}
          <span
            class="badge badge--${indicator.direction}"
            part="direction"
            title=${locale.t(cardStrings, 'directionLabel', { direction })}
            >${direction}</span
          >
        </header>
        ${this.renderHeadline(indicator)}
        <figure class="claim" part="claim">
          <blockquote class="claim__text" cite=${brief.url ?? nothing}>${indicator.claim}</blockquote>
          <figcaption class="claim__cite">
            ${locale.t(cardStrings, 'briefSays')} — ${brief.publisher}, ${locale.date(brief.published)}
          </figcaption>
        </figure>
        ${
          indicator.note
            ? html`<p class="note" part="note">
                <strong>${locale.t(cardStrings, 'record')}:</strong> ${indicator.note}
              </p>`
            : nothing
        }
        ${
          sources.length > 0
            ? html`
                <details class="sources" part="sources">
                  <summary>${locale.t(cardStrings, 'sourcesCount', { count: sources.length })}</summary>
                  <ol class="sources__list">
                    ${sources.map((source) => this.renderSource(source))}
                  </ol>
                </details>
              `
            : nothing
        }
      </article>
    `;
  }
}

define('brief-indicator-card', BriefIndicatorCard);

declare global {
  interface HTMLElementTagNameMap {
    'brief-indicator-card': BriefIndicatorCard;
  }
}
