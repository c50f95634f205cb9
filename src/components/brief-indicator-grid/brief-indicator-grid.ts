import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BriefPart } from '../../data/default-brief.js';
import type { Brief, BriefProblem, Direction, Indicator } from '../../data/types.js';
import { indexOf } from '../../internal/brief-index.js';
import { BriefElement } from '../../internal/brief-element.js';
import { define } from '../../internal/define.js';
import { parseIdList } from '../../internal/id-list.js';
import { recordSince, sinceDirection } from '../../internal/record-since.js';
import { renderShowMore, ShowMoreController } from '../../internal/show-more-controller.js';
import { hostStyles } from '../../styles/host.styles.js';
import '../brief-indicator-card/brief-indicator-card.js';
import { gridStrings } from './brief-indicator-grid.strings.js';
import styles from './brief-indicator-grid.styles.js';

const directions: readonly Direction[] = ['worsening', 'improving', 'mixed', 'steady'];

type SinceDirection = ReturnType<typeof sinceDirection>;

/** How the measured series stand against their level at the brief, in the order the summary gives them. */
const SINCE_ORDER: readonly SinceDirection[] = ['lower', 'higher', 'level', 'none'];

/** Above this many cards, cards off screen skip layout until they scroll near. */
const LARGE_GRID = 24;

/** Cards drawn at first, and added by each "Show more": six rows of four, eight of three, twelve of two. */
const PAGE = 24;

interface GridView {
  brief: Brief;
  indicators: Indicator[];
  counts: Map<Direction, number>;
  since: Map<SinceDirection, number>;
  measured: number;
}

/**
 * Every indicator of a brief (or those named in `indicators`) as compact cards in a grid
 * that reflows with its own width (rows of equal height), under a two-line summary
 * counted from the data: what the brief said ("Brief, June 2022: 8 of 8 indicators
 * worsening") and what the measured series have done since ("Since then: 4 lower than at
 * the brief, 1 higher (of 5 measured series)").
 *
 * @tag brief-indicator-grid
 * @summary A grid of a brief's indicator cards under a summary of the brief's assessment and the record since.
 *
 * @slot - No-JS fallback: plain HTML shown only where the script does not run.
 *
 * @csspart base - The wrapper of the summary and the grid.
 * @csspart summary - The summary: the brief's assessment and the record since.
 * @csspart grid - The list of cards.
 * @csspart more - The "Show more" button after the cards, when the brief has more than 24 indicators.
 * @csspart error - The error panel shown instead of the grid when its data is wrong.
 * @csspart loading - The placeholder shown while a `src` brief loads.
 *
 * @cssproperty [--grid-gap=1em] - Space between cards.
 * @cssproperty [--grid-min-column=16.5em] - Narrowest a column gets before the grid drops one.
 * @cssproperty [--grid-padding=0.75em] - Space around the summary and the cards, on the grid's own surface.
 *
 * @event {BriefLoadEvent} brief-load - The brief is ready and the grid shows its indicators.
 * @event {BriefErrorEvent} brief-error - The grid cannot show its indicators; `problems` names each field.
 */
export class BriefIndicatorGrid extends BriefElement {
  static override styles = [hostStyles, styles];

  private view: GridView | undefined;

  /** How many cards are drawn: a page, then a page more each time the reader asks. */
  private readonly pages = new ShowMoreController(this, { first: PAGE, step: PAGE });

  /** Ids of the indicators to show, in that order, separated by commas or spaces; empty shows every indicator. */
  @property() indicators = '';

  protected override get subject(): string {
    return 'its indicators';
  }

  /** @internal */
  override get defaultPart(): BriefPart {
    return 'indicators';
  }

  protected override checkBrief(brief: Brief): BriefProblem[] | null {
    const selected = this.select(brief);
    return Array.isArray(selected) ? null : selected.problems;
  }

  protected override deriveView(brief: Brief, changed: PropertyValues): void {
    const selected = this.select(brief);
    if (!Array.isArray(selected)) return;
    if (this.view?.brief !== brief || changed.has('indicators')) this.pages.reset();
    const counts = new Map<Direction, number>();
    const since = new Map<SinceDirection, number>();
    let measured = 0;
    for (const indicator of selected) {
      counts.set(indicator.direction, (counts.get(indicator.direction) ?? 0) + 1);
      const record = indicator.series ? recordSince(indicator.series, brief.published) : null;
      if (!record) continue;
      measured += 1;
      const direction = sinceDirection(record);
      since.set(direction, (since.get(direction) ?? 0) + 1);
    }
    this.view = { brief, indicators: selected, counts, since, measured };
  }

  /** The indicators to show, in order, or the problems with the `indicators` attribute. */
  private select(brief: Brief): Indicator[] | { problems: BriefProblem[] } {
    const { locale } = this;
    const all = brief.indicators;
    if (this.indicators.trim() === '') {
      return all.length > 0
        ? all
        : { problems: [{ path: 'indicators', message: locale.t(gridStrings, 'noIndicators') }] };
    }
    const ids = parseIdList(this.indicators);
    if (ids.length === 0) {
      const example = all
        .slice(0, 2)
        .map((item) => item.id)
        .join(',');
      return { problems: [{ path: 'indicators', message: locale.t(gridStrings, 'empty', { example }) }] };
    }
    const byId = indexOf(brief).indicators;
    const unknown = ids.filter((id) => !byId.has(id));
    if (unknown.length > 0) {
      const message = locale.t(gridStrings, 'unknownIds', {
        ids: unknown.map((id) => `"${id}"`).join(', '),
        brief: brief.id,
        known: all.map((item) => item.id).join(', ') || '(none)',
      });
      return { problems: [{ path: 'indicators', message }] };
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** What the brief said: "8 of 8 indicators worsening". */
  private assessed(view: GridView): string {
    const { locale } = this;
    const total = view.indicators.length;
    return directions
      .filter((direction, index) => index === 0 || (view.counts.get(direction) ?? 0) > 0)
      .map((direction) =>
        locale.tn(gridStrings, direction, view.counts.get(direction) ?? 0, { total: locale.number(total) }),
      )
      .join('; ');
  }

  /** What the record has done since: "4 lower than at the brief, 1 higher (of 5 measured series)". */
  private measured(view: GridView): string {
    const { locale } = this;
    const parts = SINCE_ORDER.filter((direction) => (view.since.get(direction) ?? 0) > 0)
      .map((direction) => locale.tn(gridStrings, direction, view.since.get(direction) ?? 0))
      .join(', ');
    return locale.tn(gridStrings, 'measured', view.measured, { parts });
  }

  /** @internal Cards inside report to the grid, which reports once for all of them. */
  private readonly onCardEvent = (event: Event): void => {
    event.stopPropagation();
  };

  /** @internal The next page of cards; focus goes to the first of them. */
  private readonly onShowMore = (): void => {
    const first = this.pages.limit();
    this.pages.more('', () => this.renderRoot.querySelector<HTMLElement>(`#card-${String(first)}`));
  };

  /** "Show 24 more indicators (24 of 10,000 shown)", while some are not drawn. */
  private renderMore(total: number): TemplateResult | typeof nothing {
    const shown = Math.min(total, this.pages.limit());
    const count = this.pages.next(total);
    if (count === 0) return nothing;
    const { locale } = this;
    const label = locale.tn(gridStrings, 'showMore', count, {
      shown: locale.number(shown),
      total: locale.number(total),
    });
    return html`<div class="more-row">${renderShowMore(label, '', this.onShowMore)}</div>`;
  }

  protected override renderBrief(): TemplateResult {
    const { locale } = this;
    const view = this.view as GridView;
    return html`
      <div class="base" part="base">
        <div class="summary" part="summary">
          <p class="summary__line">
            <span class="summary__label"
              >${locale.t(gridStrings, 'briefAssessment', {
                date: locale.date(view.brief.published, 'month'),
              })}</span
            >
            ${this.assessed(view)}
            <span class="summary__by"
              >(${locale.t(gridStrings, 'according', { publisher: view.brief.publisher })})</span
            >
          </p>
          ${
            view.measured > 0
              ? html`<p class="summary__line">
                  <span class="summary__label">${locale.t(gridStrings, 'since')}</span>
                  ${this.measured(view)}
                </p>`
              : nothing
          }
        </div>
        <div
          class="grid ${view.indicators.length > LARGE_GRID ? 'grid--large' : ''}"
          part="grid"
          role="list"
          @brief-load=${this.onCardEvent}
          @brief-error=${this.onCardEvent}
        >
          ${view.indicators.slice(0, this.pages.limit()).map(
            // Each card is an item of the list itself, with no wrapper. The first card of each
            // page after the first takes focus when its page is drawn.
            (indicator, index) => html`
              <brief-indicator-card
                role="listitem"
                id=${ifDefined(index >= PAGE && index % PAGE === 0 ? `card-${String(index)}` : undefined)}
                tabindex=${ifDefined(index >= PAGE && index % PAGE === 0 ? '-1' : undefined)}
                compact
                indicator=${indicator.id}
                .brief=${view.brief}
                lang=${locale.lang}
                theme=${this.theme}
                heading-level=${this.headingLevel}
              ></brief-indicator-card>
            `,
          )}
        </div>
        ${this.renderMore(view.indicators.length)}
      </div>
    `;
  }
}

define('brief-indicator-grid', BriefIndicatorGrid);

declare global {
  interface HTMLElementTagNameMap {
    'brief-indicator-grid': BriefIndicatorGrid;
  }
}
