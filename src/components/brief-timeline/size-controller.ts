import type { ReactiveController, ReactiveElement } from 'lit';

/** The font size (px) assumed until the host's computed style says otherwise. */
const DEFAULT_FONT_SIZE = 16;
const DEFAULT_FONT_FAMILY = 'sans-serif';

/**
 * The host's width, font size and font family (px), for a layout computed in script, read
 * after an update and never during one: an update reads nothing from the DOM (nothing
 * forces a reflow before the host has drawn, and a server render works). Until they are
 * read, `width` is 0 and the host draws what needs no size. Right after that first update
 * the controller reads them once (a layout of what it drew, which the first paint needs
 * anyway) and asks for the update that draws at that size, in a microtask (a second
 * update meant as such, not a property set during the first): both come before the first
 * paint, so nothing a reader sees moves, and `settling` lets the host's `updateComplete`
 * wait for the second. Later changes come from
 * a ResizeObserver, whose reports also come between layout and paint.
 *
 * What it reads and observes is an element of the host's own, found after each update by
 * `selector` in the host's shadow root (no `ref` directive: that costs 0.5 KB brotli of the
 * chunk for one element): a zero-height block as wide as the host's content box, whose size no
 * re-render can change, so an update inside the observer's callback never feeds back
 * into the observation. While it is not rendered (the host hidden) nothing is read.
 * @internal
 */
export class SizeController implements ReactiveController {
  /** The host's content width (px); 0 until observed, and kept while the host is not rendered. */
  width = 0;
  /** The host's font size (px): one em. */
  fontSize = DEFAULT_FONT_SIZE;
  /** The host's font family, as its computed style gives it. */
  fontFamily = DEFAULT_FONT_FAMILY;
  private readonly host: ReactiveElement;
  private readonly selector: string;
  /** From the read after the first update to the update it asks for: resolves once that is requested. */
  settling: Promise<void> | undefined;
  private observer: ResizeObserver | undefined;
  private target: Element | undefined;
  private read = false;

  constructor(host: ReactiveElement, selector: string) {
    this.host = host;
    this.selector = selector;
    host.addController(this);
  }

  /** Observes `element` (none: stops observing). */
  private observe(element: Element | undefined): void {
    if (element === this.target) return;
    if (this.target) this.observer?.unobserve(this.target);
    this.target = element;
    if (!element || typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver(this.onResize);
    this.observer.observe(element);
  }

  hostConnected(): void {
    if (this.target) this.observer?.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    this.settling = undefined;
  }

  hostUpdated(): void {
    this.observe(this.host.renderRoot.querySelector(this.selector) ?? undefined);
    if (this.read || !this.target) return;
    this.read = true;
    if (this.take(this.target.getBoundingClientRect().width)) {
      this.settling = Promise.resolve().then(() => {
        this.host.requestUpdate();
      });
    }
  }

  private readonly onResize = (entries: ResizeObserverEntry[]): void => {
    // After layout, the computed style is up to date: reading it costs no reflow.
    if (this.take(entries[entries.length - 1]?.contentRect.width ?? 0)) this.host.requestUpdate();
  };

  /** Takes a width and the host's font; true when they changed. */
  private take(width: number): boolean {
    // Not rendered (display: none, a closed <details>): keep the last size.
    if (width <= 0) return false;
    const style = getComputedStyle(this.host);
    const fontSize = parseFloat(style.fontSize) || DEFAULT_FONT_SIZE;
    const fontFamily = style.fontFamily || DEFAULT_FONT_FAMILY;
    if (width === this.width && fontSize === this.fontSize && fontFamily === this.fontFamily) return false;
    this.width = width;
    this.fontSize = fontSize;
    this.fontFamily = fontFamily;
    return true;
  }
}
