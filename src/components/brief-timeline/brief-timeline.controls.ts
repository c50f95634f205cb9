/**
 * The timeline's controls above its drawing: the category filter, and the toolbar with
 * the "Timeline | List" switch (unless `layout` pins one), the axis's zoom buttons or the
 * list's "Show all phases", and the calendar button. Stateless: the element passes its
 * state and handlers in.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../internal/locale-controller.js';
import { categoryCounts, COLOURS, type Model } from './brief-timeline.model.js';
import { numberText } from './brief-timeline.text.js';
import { timelineStrings } from './brief-timeline.strings.js';

type Handler = (event: Event) => void;
type Key = keyof (typeof timelineStrings)['en'];

export interface FilterOptions {
  locale: LocaleController;
  model: Model;
  shown: ReadonlySet<string>;
  onChange: Handler;
}

/** The category filter: a checkbox per category with its count; none for fewer than two categories. */
export function renderFilter({
  locale,
  model,
  shown,
  onChange,
}: FilterOptions): TemplateResult | typeof nothing {
  const { timeline } = model;
  if (timeline.categories.length < 2) return nothing;
  const counts = categoryCounts(timeline);
  return html`<fieldset class="filter" part="filter">
    <legend>${locale.t(timelineStrings, 'categories')}</legend>
    ${timeline.categories.map(
      (category, index) =>
        html`<label class="filter__option cat-${index % COLOURS}">
          <input
            type="checkbox"
            value=${category.id}
            .checked=${shown.has(category.id)}
            @change=${onChange}
          />
          <span class="swatch" aria-hidden="true"></span>
          ${category.name} <span class="muted">(${numberText(counts.get(category.id) ?? 0, locale)})</span>
        </label>`,
    )}
  </fieldset>`;
}

export interface ToolbarOptions {
  locale: LocaleController;
  /** The switch shows unless `layout` pins a layout. */
  switchable: boolean;
  /** The list is shown (else the axis). */
  vertical: boolean;
  /** Every phase is open. */
  allOpen: boolean;
  /** Upcoming milestones the calendar button offers. */
  upcoming: number;
  onView: Handler;
  onAllPhases: Handler;
  onZoomIn: Handler;
  onZoomOut: Handler;
  onShowAll: Handler;
  onCalendar: Handler;
}

function renderSwitch(options: ToolbarOptions): TemplateResult {
  const t = (key: Key) => options.locale.t(timelineStrings, key);
  const current = options.vertical ? 'list' : 'axis';
  const option = (view: 'axis' | 'list', label: string) =>
    html`<button
      type="button"
      class="switch__option"
      data-view=${view}
      aria-pressed=${current === view ? 'true' : 'false'}
      @click=${options.onView}
    >
      ${label}
    </button>`;
  return html`<div class="switch" part="switch" role="group" aria-label=${t('viewLabel')}>
    ${option('axis', t('viewAxis'))}${option('list', t('viewList'))}
  </div>`;
}

/** The toolbar: the switch, the layout's own controls, and the calendar button. */
export function renderToolbar(options: ToolbarOptions): TemplateResult {
  const { locale } = options;
  const t = (key: Key, params?: Record<string, string | number>) => locale.t(timelineStrings, key, params);
  const zoom = (label: string, symbol: string, handler: Handler) =>
    html`<button type="button" class="button" aria-label=${label} title=${label} @click=${handler}>
      ${symbol}
    </button>`;
  return html`<div class="toolbar" part="toolbar">
    ${options.switchable ? renderSwitch(options) : nothing}
    ${
      options.vertical
        ? html`<button
            type="button"
            class="button"
            aria-expanded=${options.allOpen ? 'true' : 'false'}
            @click=${options.onAllPhases}
          >
            ${t(options.allOpen ? 'foldPhases' : 'showAllPhases')}
          </button>`
        : html`<div class="toolbar__group">
            ${zoom(t('zoomIn'), '+', options.onZoomIn)} ${zoom(t('zoomOut'), '−', options.onZoomOut)}
            <button type="button" class="button" @click=${options.onShowAll}>${t('showAll')}</button>
          </div>`
    }
    ${
      options.upcoming > 0
        ? html`<button
            type="button"
            class="button button--calendar"
            part="calendar"
            @click=${options.onCalendar}
          >
            ${t('calendar', { count: numberText(options.upcoming, locale) })}
          </button>`
        : html`<span class="muted">${t('noUpcoming')}</span>`
    }
  </div>`;
}
