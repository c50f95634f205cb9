import type { ReactiveController, ReactiveElement } from 'lit';

/** Space (px) kept between the "Brief" label and an end date before it steps aside. */
const GAP = 4;

const apart = (a: DOMRect, b: DOMRect) => a.right + GAP <= b.left || b.right + GAP <= a.left;

/**
 * Hides the chart's "Brief" axis label where it would touch one of the axis's end dates
 * (a long "FY2025" in a narrow card). The label sits at a share of the chart's width
 * while the dates keep their text's width, so this is measured: after each render and
 * when the card is resized. The dashed mark on the chart stays; the table still names
 * the brief's date. Hidden with `visibility`, so the axis keeps its height.
 * @internal
 */
export class AxisFitController implements ReactiveController {
  private readonly host: ReactiveElement;
  private observer: ResizeObserver | undefined;

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
  }

  hostUpdated(): void {
    this.fit();
  }

  private fit(): void {
    const label = this.host.renderRoot.querySelector<HTMLElement>('.chart__brief');
    if (!label?.parentElement) return;
    const box = label.getBoundingClientRect();
    const crowded = [...label.parentElement.children].some(
      (other) => other !== label && other.textContent.trim() && !apart(box, other.getBoundingClientRect()),
    );
    label.classList.toggle('chart__brief--crowded', crowded);
  }
}
