import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  clampDomain,
  msPerPixel,
  panDomain,
  revealTime,
  zoomDomain,
  type Domain,
  type Limits,
} from './brief-timeline.geometry.js';

/** Each zoom step (button or key) doubles or halves the visible span. */
export const ZOOM_STEP = 2;
/** A drag moves the axis only once the pointer has travelled this far (px), so a click stays a click. */
const DRAG_THRESHOLD_PX = 4;
/** Pixels a wheel "line" stands for (`deltaMode` 1, as Firefox reports a mouse wheel). */
const LINE_PX = 16;
/** How much one pixel of Ctrl + wheel zooms: the span scales by e^(−pixels × this). */
const WHEEL_ZOOM_RATE = 0.002;
/** A cluster zoomed to keeps this share of its own span free on each side. */
const CLUSTER_MARGIN = 0.15;

interface Drag {
  pointer: number;
  x: number;
  domain: Domain;
  moved: boolean;
}

/** What the controller reads from its host: the zoom and pan limits, the drawn plot's width, the range shown first. */
export interface PanZoomSource {
  /** The limits of the data shown; `undefined` while there is none. */
  limits(): Limits | undefined;
  /** The width (px) of the plot the domain is drawn across; `undefined` when no axis is drawn. */
  width(): number | undefined;
  /** The range shown until the reader zooms or pans; `undefined` (or absent) shows everything. */
  home?(): Domain | undefined;
}

/**
 * The visible time range of a zoomable, pannable axis (`undefined` shows the host's home
 * range, or everything), and the reader's ways to change it: zoom steps around a time,
 * showing everything, a given range (a phase), revealing a time, a cluster's range, dragging, Ctrl/⌘ + wheel to zoom around the pointer, Shift + wheel or
 * a horizontal wheel to pan (a plain wheel keeps scrolling the page). Every change asks
 * the host for an update. The arithmetic is the geometry module's pure functions.
 * @internal
 */
export class PanZoomController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly source: PanZoomSource;
  private current: Domain | undefined;
  private drag: Drag | undefined;

  constructor(host: ReactiveControllerHost, source: PanZoomSource) {
    this.host = host;
    this.source = source;
    host.addController(this);
  }

  /** The visible range as set; `undefined` shows the home range. */
  get domain(): Domain | undefined {
    return this.current;
  }

  /** A drag ends with the element's connection: its pointer events no longer reach it. */
  hostDisconnected(): void {
    this.drag = undefined;
  }

  /** The visible range within `limits`: the home range (else everything) until the reader zooms or pans. */
  domainIn(limits: Limits): Domain {
    return this.current ?? this.source.home?.() ?? limits.extent;
  }

  /** Back to the home range (what a host does when its data changes: new data, new extent). */
  reset(): void {
    this.set(undefined);
  }

  /**
   * Shows the whole extent.
   * @internal
   */
  readonly showAll = (): void => {
    const limits = this.source.limits();
    if (limits) this.set(limits.extent);
  };

  /** Shows `domain` (a phase's range), kept within the limits. */
  show(domain: Domain): void {
    const limits = this.source.limits();
    if (limits) this.set(clampDomain(domain, limits));
  }

  /**
   * One zoom step in, around the middle of the view.
   * @internal
   */
  readonly zoomIn = (): void => {
    this.zoomBy(ZOOM_STEP);
  };

  /**
   * One zoom step out, around the middle of the view.
   * @internal
   */
  readonly zoomOut = (): void => {
    this.zoomBy(1 / ZOOM_STEP);
  };

  /** Zooms by `factor` (> 1 zooms in) around `anchor` when it is in view, else around the middle. */
  zoomBy(factor: number, anchor?: number): void {
    const limits = this.source.limits();
    if (!limits) return;
    const domain = this.domainIn(limits);
    const at =
      anchor !== undefined && anchor >= domain[0] && anchor <= domain[1]
        ? anchor
        : (domain[0] + domain[1]) / 2;
    this.set(zoomDomain(domain, factor, at, limits));
  }

  /** Pans just enough to show `time`, when it is not already in view. */
  reveal(time: number): void {
    const limits = this.source.limits();
    if (limits) this.set(revealTime(this.domainIn(limits), time, limits));
  }

  /** Zooms to the times from `first` to `last` (a cluster's milestones), with a margin. */
  zoomTo(first: number, last: number): void {
    const limits = this.source.limits();
    if (!limits) return;
    const pad = Math.max((last - first) * CLUSTER_MARGIN, limits.minSpan / 2);
    this.set(clampDomain([first - pad, last + pad], limits));
  }

  /** @internal */
  readonly onPointerDown = (event: PointerEvent): void => {
    const limits = this.source.limits();
    if (!limits || !event.isPrimary || event.button !== 0) return;
    this.drag = { pointer: event.pointerId, x: event.clientX, domain: this.domainIn(limits), moved: false };
  };

  /** @internal */
  readonly onPointerMove = (event: PointerEvent): void => {
    const drag = this.drag;
    const limits = this.source.limits();
    const width = this.source.width();
    if (!drag || !limits || width === undefined || event.pointerId !== drag.pointer) return;
    const dx = event.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
    if (!drag.moved) {
      drag.moved = true;
      // Captured, the click after the drag goes to the plot, not to the milestone under it.
      (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    }
    this.set(panDomain(drag.domain, -dx * msPerPixel(drag.domain, width), limits));
  };

  /** @internal */
  readonly onPointerUp = (): void => {
    this.drag = undefined;
  };

  /** @internal */
  readonly onWheel = (event: WheelEvent): void => {
    const limits = this.source.limits();
    const width = this.source.width();
    if (!limits || width === undefined) return;
    const domain = this.domainIn(limits);
    const scale = event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? width : 1;
    if (event.ctrlKey || event.metaKey) {
      // Ctrl + wheel (and trackpad pinch) zooms; a plain wheel keeps scrolling the page.
      event.preventDefault();
      const plot = event.currentTarget as HTMLElement;
      const x = event.clientX - plot.getBoundingClientRect().left;
      const anchor = domain[0] + x * msPerPixel(domain, width);
      this.set(zoomDomain(domain, Math.exp(-event.deltaY * scale * WHEEL_ZOOM_RATE), anchor, limits));
      return;
    }
    const delta = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
    if (Math.abs(delta) > 0 && (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY))) {
      event.preventDefault();
      this.set(panDomain(domain, delta * scale * msPerPixel(domain, width), limits));
    }
  };

  private set(domain: Domain | undefined): void {
    if (domain === this.current) return;
    this.current = domain;
    this.host.requestUpdate();
  }
}
