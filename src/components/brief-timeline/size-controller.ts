import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The font size (px) assumed until the host's computed style says otherwise. */
const DEFAULT_FONT_SIZE = 16;
const DEFAULT_FONT_FAMILY = 'sans-serif';

/**
 * The host's width, font size and font family (px), for a layout computed in script, read
 * by a ResizeObserver after layout and never during an update: an update reads nothing
 * from the DOM (so it forces no reflow, and renders on a server). Until the observer first
 * reports, `width` is 0 and the host draws what needs no size. That report comes between
 * layout and paint, and the update it asks for runs in the microtask after it, so the frame
 * drawn without sizes is replaced before the first paint: nothing a reader sees moves.
 *
 * It observes an element of the host's own (`observe`, a `ref` callback): a zero-height
 * block as wide as the host's content box, whose size no re-render can change, so an
 * update inside the observer's callback never feeds back into the observation.
 * @internal
 */
export class SizeController implements ReactiveController {
  /** The host's content width (px); 0 until observed, and kept while the host is not rendered. */
  width = 0;
  /** The host's font size (px): one em. */
  fontSize = DEFAULT_FONT_SIZE;
  /** The host's font family, as its computed style gives it. */
  fontFamily = DEFAULT_FONT_FAMILY;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer: ResizeObserver | undefined;
  private target: Element | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** @internal For `${ref(size.observe)}` on the element to observe. */
  readonly observe = (element: Element | undefined): void => {
    if (element === this.target) return;
    if (this.target) this.observer?.unobserve(this.target);
    this.target = element;
    if (!element || typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver(this.onResize);
    this.observer.observe(element);
  };

  hostConnected(): void {
    if (this.target) this.observer?.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private readonly onResize = (entries: ResizeObserverEntry[]): void => {
    const width = entries[entries.length - 1]?.contentRect.width ?? 0;
    // Not rendered (display: none, a closed <details>): keep the last size.
    if (width <= 0) return;
    // After layout, the computed style is up to date: reading it costs no reflow.
    const style = getComputedStyle(this.host);
    const fontSize = parseFloat(style.fontSize) || DEFAULT_FONT_SIZE;
    const fontFamily = style.fontFamily || DEFAULT_FONT_FAMILY;
    if (width === this.width && fontSize === this.fontSize && fontFamily === this.fontFamily) return;
    this.width = width;
    this.fontSize = fontSize;
    this.fontFamily = fontFamily;
    this.host.requestUpdate();
  };
}
