import type { ReactiveController, ReactiveElement } from 'lit';

/** Space (px) kept between the "Brief" label and an end date before it steps aside. */
const GAP = 4;

const apart = (a: DOMRect, b: DOMRect) => a.right + GAP <= b.left || b.right + GAP <= a.left;

/**
 * Hides the chart's "Brief" axis label where it would touch one of the axis's end dates
 * (a long "FY2025" in a narrow card). The label sits at a share of the chart's width
 * while the dates keep their text's width, so this is measured: in the frame after each
 * render (not during it: a grid renders many cards in one task, and a measure per card
 * there would lay out the page once per card), and when the card is resized (as when a
 * grid first draws a card it skipped off screen). The dashed
 * mark on the chart stays; the table still names the brief's date. Hidden with
 * `visibility`, so the axis keeps its height.
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
  }

  hostUpdated(): void {
    if (typeof requestAnimationFrame === 'undefined') return;
    this.frame ??= requestAnimationFrame(() => {
      this.frame = undefined;
      this.fit();
    });
  }

  private fit(): void {
    // A card a large grid skips (`content-visibility: auto`, off screen) is measured when it
    // is drawn: its size changes then, and the resize observer calls again. Measuring it
    // now would lay it out for nothing.
    if (!this.host.checkVisibility({ contentVisibilityAuto: true })) return;
    const label = this.host.renderRoot.querySelector<HTMLElement>('.chart__brief');
    if (!label?.parentElement) return;
    const box = label.getBoundingClientRect();
    const crowded = [...label.parentElement.children].some(
      (other) => other !== label && other.textContent.trim() && !apart(box, other.getBoundingClientRect()),
    );
    label.classList.toggle('chart__brief--crowded', crowded);
  }
}
