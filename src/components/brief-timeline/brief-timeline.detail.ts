/**
 * The detail panel of one milestone, the same in both views and on paper: title, date,
 * status, category, the path it lies on with that path's condition and record, its
 * description and its sources. Stateless; the element passes the handler in.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Brief } from '../../data/types.js';
import { sourcesOf } from '../../internal/brief-index.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { renderSourceList } from '../../internal/sources.js';
import { commonStrings } from '../../internal/strings.js';
import type { Item } from './brief-timeline.model.js';
import { timelineStrings } from './brief-timeline.strings.js';
import * as text from './brief-timeline.text.js';

export interface DetailOptions {
  locale: LocaleController;
  brief: Brief;
  nowIso: string;
  /** The panel title's heading level. */
  level: number;
  onClose: (event: Event) => void;
}

/** One milestone's detail panel. */
export function renderDetailPanel(item: Item, options: DetailOptions): TemplateResult {
  const { locale } = options;
  const t = (key: keyof (typeof timelineStrings)['en']) => locale.t(timelineStrings, key);
  const sources = sourcesOf(options.brief, item.event.sourceIds);
  const path = item.path;
  return html`
    <section class="detail detail--${item.kind}" part="detail" aria-labelledby="detail-title">
      <div class="detail__head">
        <div id="detail-title" class="detail__title" role="heading" aria-level=${options.level} tabindex="-1">
          ${item.event.title}
        </div>
        <button type="button" class="button detail__close" @click=${options.onClose}>${t('close')}</button>
      </div>
      <dl class="detail__facts">
        <div>
          <dt>${t('date')}</dt>
          <dd><time datetime=${item.event.date}>${text.dateText(item, locale)}</time></dd>
        </div>
        <div>
          <dt>${t('status')}</dt>
          <dd>${text.statusText(item, locale)}</dd>
        </div>
        <div>
          <dt>${t('category')}</dt>
          <dd>${item.categoryName}</dd>
        </div>
        ${
          path
            ? html`<div>
                <dt>${t('pathLabel')}</dt>
                <dd>${path.scenario.title} (${text.outcomeText(path, options.nowIso, locale)})</dd>
              </div>`
            : nothing
        }
      </dl>
      ${path ? html`<p class="detail__text"><strong>${t('condition')}:</strong> ${path.scenario.condition}</p>` : nothing}
      ${item.event.description ? html`<p class="detail__text">${item.event.description}</p>` : nothing}
      ${
        path?.scenario.outcomeNote && path.outcome === path.scenario.outcome
          ? html`<p class="detail__text"><strong>${t('record')}:</strong> ${path.scenario.outcomeNote}</p>`
          : nothing
      }
      ${
        sources.length > 0
          ? html`<p class="detail__label">${locale.t(commonStrings, 'sources')}</p>
              ${renderSourceList(sources, locale)}`
          : nothing
      }
    </section>
  `;
}
