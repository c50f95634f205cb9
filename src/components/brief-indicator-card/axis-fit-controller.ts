import type { ReactiveController, ReactiveElement } from 'lit';

/** Space (px) kept between the "Brief" label and an end date before it steps aside. */
const GAP = 4;

const apart = (a: DOMRect, b: DOMRect) => a.right + GAP <= b.left || b.right + GAP <= a.left;

/** Cards skipped off screen when they should have been measured, and the one observer that tells when they come near. */
const waiting = new WeakMap<Element, () => void>();
let nearby: IntersectionObserver | undefined;

function fitWhenNear(host: Element, fit: () => void): void {
  if (typeof IntersectionObserver === 'undefined') return;
  nearby ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        nearby?.unobserve(entry.target);
        const pending = waiting.get(entry.target);
        waiting.delete(entry.target);
        pending?.();
      }
    },
    { rootMargin: '100% 0px' },
  );
  waiting.set(host, fit);
  nearby.observe(host);
}

/**
 * Hides the chart's "Brief" axis label where it would touch one of the axis's end dates
 * (a long "FY2025" in a narrow card). The label sits at a share of the chart's width
 * while the dates keep their text's width, so this is measured: in the frame after each
 * render (not during it: a grid renders many cards in one task, and a measure per card
 * there would lay out the page once per card), and when the card is resized. A card that
 * a large grid skips off screen (`content-visibility`) is measured when it comes near
 * the screen instead: measuring it there would lay it out for nothing. The dashed mark
 * on the chart stays; the table still names the brief's date. Hidden with `visibility`,
 * so the axis keeps its height.
 * @internal
 */
export class AxisFitController implements ReactiveController {
  private readonly host: ReactiveElement;
  private observer: ResizeObserver | undefined;
  private frame: number | undefined;

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(() => {
      this.fit();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    waiting.delete(this.host);
    nearby?.unobserve(this.host);
  }

  hostUpdated(): void {
    if (typeof requestAnimationFrame === 'undefined') return;
    this.frame ??= requestAnimationFrame(() => {
      this.frame = undefined;
      this.fit();
    });
  }

  private readonly fit = (): void => {
    if (!this.host.checkVisibility({ contentVisibilityAuto: true })) {
      fitWhenNear(this.host, this.fit);
      return;
    }
    const label = this.host.renderRoot.querySelector<HTMLElement>('.chart__brief');
    if (!label) return;
    const box = label.getBoundingClientRect();
    const crowded = [...this.host.renderRoot.querySelectorAll('.chart__date')].some(
      (date) => date.textContent.trim() && !apart(box, date.getBoundingClientRect()),
    );
    label.classList.toggle('chart__brief--crowded', crowded);
  };
}
