/**
 * The timeline's two drawings: the horizontal axis (phase bands, the trunk with its
 * labelled milestones, clusters, the paths diverging from the branch node, ticks and
 * today) from a laid-out `AxisView`, and the overview strip from an `OverviewView`.
 * Positions go through the CSSOM (`styleProps`) and SVG attributes, never a style attribute.
 * The element passes its state and handlers in; nothing here keeps state.
 * @internal
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { renderCitation } from '../../internal/sources.js';
import { styleProps } from '../../internal/style-props.js';
import type { AxisView, ClusterBox, Label, LaneView } from './brief-timeline.layout.js';
import type { Model } from './brief-timeline.model.js';
import type { OverviewView } from './brief-timeline.overview.js';
import { timelineStrings } from './brief-timeline.strings.js';
import * as text from './brief-timeline.text.js';
import type { PanZoomController } from './pan-zoom-controller.js';

const px = (value: number | undefined) => (value === undefined ? undefined : `${String(value)}px`);

/** A box in px as `--x`, `--y`, `--w`, `--h`; the styles turn them into left, top, width, height. */
const place = (box: Partial<Record<'x' | 'y' | 'w' | 'h', number>>) =>
  styleProps({ '--x': px(box.x), '--y': px(box.y), '--w': px(box.w), '--h': px(box.h) });

type Handler = (event: Event) => void;

export interface AxisOptions {
  locale: LocaleController;
  model: Model;
  /** The milestone that holds the one tab stop. */
  stop: string | undefined;
  /** The milestone whose detail panel is open. */
  openId: string | undefined;
  panZoom: PanZoomController;
  onMilestoneClick: Handler;
  onMilestoneFocus: Handler;
  onClusterClick: Handler;
}

const t = (
  locale: LocaleController,
  key: keyof (typeof timelineStrings)['en'],
  params?: Record<string, string | number>,
) => locale.t(timelineStrings, key, params);

function renderLabel(label: Label, options: AxisOptions): TemplateResult {
  const { item } = label;
  const { locale } = options;
  const date = text.dateText(item, locale, 'short');
  return html`<button
    type="button"
    class="label label--${label.anchor} label--${item.status} label--${item.kind} cat-${item.colour}"
    part="milestone"
    data-id=${item.id}
    tabindex=${item.id === options.stop ? 0 : -1}
    aria-expanded=${options.openId === item.id ? 'true' : 'false'}
    title=${ifDefined(label.clamped ? `${date} ${item.event.title}` : undefined)}
    ${place({ x: label.left, y: label.top, w: label.width, h: label.height })}
    @click=${options.onMilestoneClick}
    @focus=${options.onMilestoneFocus}
  >
    <span class="label__text"><span class="label__date">${date}</span> ${item.event.title}</span
    ><span class="visually-hidden">${text.milestoneName(item, locale)}</span>
  </button>`;
}

function renderCluster(cluster: ClusterBox, index: number, options: AxisOptions): TemplateResult {
  const label = text.clusterLabel(cluster.items, options.locale);
  return html`<button
    type="button"
    class="cluster"
    tabindex="-1"
    data-cluster=${index}
    aria-label=${label}
    title=${label}
    ${place({ x: cluster.left, y: cluster.top, w: cluster.width })}
    @click=${options.onClusterClick}
  >
    ${text.clusterText(cluster.items, options.locale)}
  </button>`;
}

function renderLaneHead(lane: LaneView, options: AxisOptions): TemplateResult | typeof nothing {
  const { path, head } = lane;
  if (!head) return nothing;
  const { locale, model } = options;
  const realized = path.outcome === 'realized' && path.sources.length > 0;
  return html`<div
    class="lane-head lane-head--${path.outcome}"
    part="path path--${path.outcome}"
    ${place({ x: head.left, y: head.top, w: head.width, h: head.height })}
  >
    <span class="badge badge--${path.outcome}">${text.outcomeText(path, model.nowIso, locale)}</span>
    ${path.scenario.title}${
      realized
        ? html` ·
            <span class="muted"
              >${text.counted(locale, 'sourceOf', path.sources.length, { sources: '' })}${renderCitation(path.sources)}</span
            >`
        : nothing
    }
  </div>`;
}

function renderDrawing(axis: AxisView, options: AxisOptions): TemplateResult {
  const { locale } = options;
  const d = axis.diamond;
  return html`<svg
    class="axis"
    part="axis"
    role="img"
    aria-label=${text.axisLabel(axis, options.model, locale)}
    width=${axis.width}
    height=${axis.height}
    viewBox="0 0 ${axis.width} ${axis.height}"
  >
    ${axis.bands.map(
      (band) => svg`<rect class="band band--${band.index % 2 ? 'odd' : 'even'}" x=${band.x0} y="0"
          width=${band.x1 - band.x0} height=${axis.axisY}></rect>
        ${band.titled ? svg`<text class="band__title" x=${band.x0 + 4} y=${axis.bandTitleY}>${band.phase.title}</text>` : nothing}`,
    )}
    ${axis.ticks.map(
      (tick) => svg`<line class="axis__grid" x1=${tick.x} x2=${tick.x} y1="0" y2=${axis.axisY}></line>`,
    )}
    <line class="trunk" x1="0" x2=${axis.trunk.x1} y1=${axis.trunk.y} y2=${axis.trunk.y}></line>
    ${axis.lanes.map((lane) => svg`<path class="lane lane--${lane.path.outcome}" d=${lane.d}></path>`)}
    ${axis.clusters.map(
      (cluster) =>
        svg`<line class="cluster-bar" x1=${cluster.from} x2=${Math.max(cluster.to, cluster.from + 1)} y1=${cluster.lineY} y2=${cluster.lineY}></line>`,
    )}
    <path
      class="stem"
      d=${axis.labels.map((label) => `M${String(label.x)} ${String(label.stem.y1)}V${String(label.stem.y2)}`).join('')}
    ></path>
    ${axis.labels.map(
      (label) =>
        svg`<circle class="dot dot--${label.item.status} dot--${label.item.kind} cat-${label.item.colour}"
          data-dot=${label.item.id} cx=${label.x} cy=${label.lineY} r=${axis.dot}></circle>`,
    )}
    ${axis.branches.map(
      (branch) =>
        svg`<path class="branch__point" d="M${branch.x} ${branch.y - d} l${d} ${d} l${-d} ${d} l${-d} ${-d} Z"></path>`,
    )}
    ${
      axis.today === undefined
        ? nothing
        : svg`<line class="today" x1=${axis.today.x} x2=${axis.today.x} y1="0" y2=${axis.axisY}></line>
          <text class="today__label" x=${axis.today.x} y=${axis.tickLabelY} text-anchor=${axis.today.anchor}>${t(locale, 'today')}</text>`
    }
    <line class="axis__line" x1="0" x2=${axis.width} y1=${axis.axisY} y2=${axis.axisY}></line>
    ${axis.ticks.map(
      (
        tick,
      ) => svg`<line class="axis__tick" x1=${tick.x} x2=${tick.x} y1=${axis.axisY} y2=${axis.tickEnd}></line>
        ${tick.labelled ? svg`<text class="axis__label" x=${tick.x} y=${axis.tickLabelY} text-anchor=${tick.anchor}>${text.tickText(tick, locale)}</text>` : nothing}`,
    )}
  </svg>`;
}

/** The horizontal view: the SVG drawing with the milestones' labels as buttons over it. */
export function renderAxisView(axis: AxisView, options: AxisOptions): TemplateResult {
  const { locale, panZoom } = options;
  return html`
    <div
      class="plot"
      part="plot"
      ${place({ h: axis.height })}
      @pointerdown=${panZoom.onPointerDown}
      @pointermove=${panZoom.onPointerMove}
      @pointerup=${panZoom.onPointerUp}
      @pointercancel=${panZoom.onPointerUp}
      @wheel=${panZoom.onWheel}
    >
      ${renderDrawing(axis, options)}
      ${
        axis.lanes.some((lane) => lane.head)
          ? html`<div class="lane-heads" part="paths">
              ${axis.lanes.map((lane) => renderLaneHead(lane, options))}
            </div>`
          : nothing
      }
      <div class="milestones" role="group" aria-label=${t(locale, 'milestones')} aria-describedby="hint">
        ${repeat(
          axis.labels,
          (label) => label.item.id,
          (label) => renderLabel(label, options),
        )}
        ${axis.clusters.map((cluster, index) => renderCluster(cluster, index, options))}
      </div>
    </div>
  `;
}

export interface OverviewOptions {
  locale: LocaleController;
  model: Model;
  /** The range the axis shows, in the axis view. */
  domain: readonly [number, number] | undefined;
  onBandClick: Handler;
}

/** A strip's dot radius (px). */
const DOT_R = 2.5;
const round = (value: number) => String(Math.round(value * 10) / 10);

/**
 * The strip's dots as one SVG path per look (status, kind, category), each dot a circle of
 * two arcs: a handful of elements for thousands of dots. Looks in the order they first appear.
 */
export function dotPaths(dots: OverviewView['dots']): [string, string][] {
  const paths = new Map<string, string[]>();
  for (const { item, x, y } of dots) {
    const kind = `dot--${item.status} dot--${item.kind} cat-${String(item.colour)}`;
    let arcs = paths.get(kind);
    if (!arcs) {
      arcs = [];
      paths.set(kind, arcs);
    }
    arcs.push(
      `M${round(x - DOT_R)} ${round(y)}a${String(DOT_R)} ${String(DOT_R)} 0 1 0 ${String(2 * DOT_R)} 0a${String(DOT_R)} ${String(DOT_R)} 0 1 0 ${String(-2 * DOT_R)} 0`,
    );
  }
  return [...paths].map(([kind, arcs]) => [kind, arcs.join('')]);
}

/** The overview strip: phase bands (buttons that show their phase), dots, decades, today. */
export function renderOverview(overview: OverviewView, options: OverviewOptions): TemplateResult {
  const { locale, model } = options;
  return html`<div class="overview" part="overview" ${place({ h: overview.height })}>
    <svg
      class="overview__drawing"
      role="img"
      aria-label=${text.overviewLabel(overview, model, options.domain, locale)}
      width=${overview.width}
      height=${overview.height}
      viewBox="0 0 ${overview.width} ${overview.height}"
    >
      ${overview.bands.map(
        (
          band,
        ) => svg`<rect class="band band--${band.index % 2 ? 'odd' : 'even'}${band.phase.holdsToday ? ' band--today' : ''}"
            x=${band.x0} y="0" width=${Math.max(0, band.x1 - band.x0)} height=${overview.bandHeight}></rect>
          ${band.text === undefined ? nothing : svg`<text class="band__title" x=${band.x0 + 3} y=${overview.bandHeight * 0.7}>${band.text}</text>`}`,
      )}
      <line
        class="trunk trunk--overview"
        x1="0"
        x2=${overview.width}
        y1=${overview.lineY}
        y2=${overview.lineY}
      ></line>
      ${overview.paths.map((path) => svg`<path class="lane lane--thin lane--${path.outcome}" d=${path.d}></path>`)}
      ${dotPaths(overview.dots).map(([kind, d]) => svg`<path class="dot dot--small ${kind}" d=${d}></path>`)}
      ${overview.ticks.map(
        (tick) =>
          svg`<text class="axis__label" x=${tick.x} y=${overview.tickLabelY} text-anchor="middle">${tick.year}</text>`,
      )}
      ${overview.today === undefined ? nothing : svg`<line class="today" x1=${overview.today} x2=${overview.today} y1="0" y2=${overview.ruleY}></line>`}
      ${
        overview.window
          ? svg`<rect class="overview__window" x=${overview.window[0]} y="1" width=${Math.max(2, overview.window[1] - overview.window[0])} height=${overview.ruleY - 1}></rect>`
          : nothing
      }
    </svg>
    ${overview.bands.map(
      (band) =>
        html`<button
          type="button"
          class="overview__band"
          tabindex="-1"
          data-phase=${band.phase.id}
          aria-label=${t(locale, 'bandLabel', {
            title: band.phase.title,
            years: text.phaseYears(band.phase),
            count: text.phaseCount(band.phase, locale),
          })}
          title=${`${band.phase.title} · ${text.phaseMeta(band.phase, locale)}`}
          ${place({ x: band.x0, w: Math.max(0, band.x1 - band.x0), h: overview.height })}
          @click=${options.onBandClick}
        ></button>`,
    )}
  </div>`;
}
