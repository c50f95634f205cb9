/**
 * The timeline's two stateless views that carry the most markup: the horizontal axis
 * (ticks, today, branch lines, path heads, milestone chips and "+N" clusters) drawn from
 * a laid-out `AxisView`, and the detail panel of one milestone. The element passes its
 * state and handlers in; nothing here keeps state.
 * @internal
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Brief } from '../../data/types.js';
import { sourcesOf } from '../../internal/brief-index.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { renderSourceList } from '../../internal/sources.js';
import { commonStrings } from '../../internal/strings.js';
import { labelAnchor, type AxisView, type Chip } from './brief-timeline.layout.js';
import type { Item } from './brief-timeline.model.js';
import { timelineStrings } from './brief-timeline.strings.js';
import * as text from './brief-timeline.text.js';
import type { PanZoomController } from './pan-zoom-controller.js';

type Handler = (event: Event) => void;

export interface AxisOptions {
  locale: LocaleController;
  nowIso: string;
  /** The milestone that holds the one tab stop. */
  stop: string | undefined;
  /** The milestone whose detail panel is open. */
  openId: string | undefined;
  panZoom: PanZoomController;
  onMilestoneClick: Handler;
  onMilestoneFocus: Handler;
  onClusterClick: Handler;
}

function renderChip(chip: Chip, options: AxisOptions): TemplateResult {
  const { item } = chip;
  const { locale } = options;
  const date = text.dateText(item, locale);
  return html`<button
    type="button"
    class="chip chip--${item.status} chip--${item.kind} cat-${item.colour}${chip.compact ? ' chip--compact' : ''}"
    part="milestone"
    data-id=${item.id}
    tabindex=${item.id === options.stop ? 0 : -1}
    aria-expanded=${options.openId === item.id ? 'true' : 'false'}
    title=${ifDefined(chip.compact ? `${item.event.title} — ${date}` : undefined)}
    style=${styleMap({
      left: `${String(chip.left)}px`,
      top: `${String(chip.top)}px`,
      width: `${String(chip.width)}px`,
      height: `${String(chip.height)}px`,
    })}
    @click=${options.onMilestoneClick}
    @focus=${options.onMilestoneFocus}
  >
    <span class="chip__date">${date}</span>
    <span class="chip__title">${item.event.title}</span>
    <span class="visually-hidden">${text.milestoneName(item, locale)}</span>
  </button>`;
}

/** The horizontal view: the SVG axis with the milestones as buttons positioned over it. */
export function renderAxisView(axis: AxisView, options: AxisOptions): TemplateResult {
  const { locale, panZoom } = options;
  const t = (key: keyof (typeof timelineStrings)['en'], params?: Record<string, string | number>) =>
    locale.t(timelineStrings, key, params);
  const ticks = text.tickFormat(axis.ticks[0]?.unit ?? 'year', locale);
  const anchor = (x: number) => labelAnchor(x, axis);
  const d = axis.diamond;
  const tracks = axis.tracks.filter((track) => track.x <= axis.width);
  return html`
    <div
      class="plot"
      part="plot"
      style=${styleMap({ height: `${String(axis.height)}px` })}
      @pointerdown=${panZoom.onPointerDown}
      @pointermove=${panZoom.onPointerMove}
      @pointerup=${panZoom.onPointerUp}
      @pointercancel=${panZoom.onPointerUp}
      @wheel=${panZoom.onWheel}
    >
      <svg
        class="axis"
        part="axis"
        role="img"
        aria-label=${text.axisLabel(axis, options.nowIso, locale)}
        width=${axis.width}
        height=${axis.height}
        viewBox="0 0 ${axis.width} ${axis.height}"
      >
        ${axis.ticks.map(
          (tick) => svg`
            <line class="axis__grid" x1=${tick.x} x2=${tick.x} y1="0" y2=${axis.axisY}></line>
            <line class="axis__tick" x1=${tick.x} x2=${tick.x} y1=${axis.axisY} y2=${axis.tickEnd}></line>
            <text class="axis__label" x=${tick.x} y=${axis.tickLabelY} text-anchor=${anchor(tick.x)}>${ticks.format(tick.time)}</text>`,
        )}
        <line class="axis__line" x1="0" x2=${axis.width} y1=${axis.axisY} y2=${axis.axisY}></line>
        ${tracks.map((track) => {
          const x = Math.max(0, track.x);
          const from = track.x < 0 ? track.line : axis.axisY;
          return svg`<path class="branch branch--${track.path.outcome}" d="M${x} ${from} V${track.line} H${axis.width}"></path>`;
        })}
        ${axis.branchXs.map(
          (x) =>
            svg`<path class="branch__point" d="M${x} ${axis.axisY - d} l${d} ${d} l${-d} ${d} l${-d} ${-d} Z"></path>`,
        )}
        ${
          axis.todayX === undefined
            ? nothing
            : svg`<line class="today" x1=${axis.todayX} x2=${axis.todayX} y1=${axis.todayTop} y2=${axis.height}></line>
              <text class="today__label" x=${axis.todayX} y=${axis.todayLabelY} text-anchor=${anchor(axis.todayX)}>${t('today')}</text>`
        }
      </svg>
      ${tracks.map((track) => {
        const left = track.headLeft;
        return html`<div
          class="track__head track__head--${track.path.outcome}"
          style=${styleMap({
            left: `${String(left)}px`,
            top: `${String(track.top)}px`,
            maxWidth: `${String(axis.width - left)}px`,
          })}
        >
          <span class="badge badge--${track.path.outcome}"
            >${text.outcomeText(track.path, options.nowIso, locale)}</span
          >
          ${track.path.scenario.title}${
            track.path.outcome === 'realized' && track.path.sources.length > 0
              ? html` ·
                  <span class="muted"
                    >${t('sourceOf', {
                      sources: track.path.sources.map((source) => source.publisher).join('; '),
                    })}</span
                  >`
              : nothing
          }
        </div>`;
      })}
      <div class="milestones" role="group" aria-label=${t('milestones')} aria-describedby="hint">
        ${repeat(
          axis.chips,
          (chip) => chip.item.id,
          (chip) => renderChip(chip, options),
        )}
        ${axis.clusters.map((cluster, index) => {
          const label = text.clusterLabel(cluster.items, locale);
          return html`<button
            type="button"
            class="cluster"
            tabindex="-1"
            data-cluster=${index}
            aria-label=${label}
            title=${label}
            style=${styleMap({
              left: `${String(cluster.left)}px`,
              top: `${String(cluster.top)}px`,
              width: `${String(cluster.width)}px`,
            })}
            @click=${options.onClusterClick}
          >
            +${locale.compact(cluster.items.length)}
          </button>`;
        })}
      </div>
    </div>
  `;
}

export interface DetailOptions {
  locale: LocaleController;
  brief: Brief;
  nowIso: string;
  /** The panel title's heading level. */
  level: number;
  onClose: Handler;
}

/** One milestone's detail panel: date, status, category, path, description and sources. */
export function renderDetailPanel(item: Item, options: DetailOptions): TemplateResult {
  const { locale } = options;
  const t = (key: keyof (typeof timelineStrings)['en']) => locale.t(timelineStrings, key);
  const sources = sourcesOf(options.brief, item.event.sourceIds);
  return html`
    <section class="detail detail--${item.kind}" part="detail" aria-labelledby="detail-title">
      <div class="detail__head">
        <div id="detail-title" class="detail__title" role="heading" aria-level=${options.level} tabindex="-1">
          ${item.event.title}
        </div>
        <button type="button" class="button" @click=${options.onClose}>${t('close')}</button>
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
          item.path
            ? html`<div>
                <dt>${t('pathLabel')}</dt>
                <dd>${item.path.scenario.title} (${text.outcomeText(item.path, options.nowIso, locale)})</dd>
              </div>`
            : nothing
        }
      </dl>
      ${item.event.description ? html`<p class="detail__description">${item.event.description}</p>` : nothing}
      ${
        sources.length > 0
          ? html`<p class="detail__label">${locale.t(commonStrings, 'sources')}</p>
              ${renderSourceList(sources, locale)}`
          : nothing
      }
    </section>
  `;
}
