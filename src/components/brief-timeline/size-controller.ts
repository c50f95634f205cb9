import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';

/** The font size (px) assumed until the host's computed style says otherwise. */
const DEFAULT_FONT_SIZE = 16;

const fontSizeOf = (element: Element) => parseFloat(getComputedStyle(element).fontSize) || DEFAULT_FONT_SIZE;

/**
 * The host's width and font size (px), for a layout computed in script, from a
 * ResizeObserver. A resize lands on the next frame rather than inside the observer's
 * callback, so that re-laying out never feeds back into the same observation; a new
 * width asks the host for an update.
 * @internal
 */
export class SizeController implements ReactiveController {
  /** The host's width (px); 0 until measured. */
  width = 0;
  /** The host's font size (px): one em. */
  fontSize = DEFAULT_FONT_SIZE;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly observer: ResizeController<number>;
  private frame: number | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    this.observer = new ResizeController(host, {
      callback: (entries) => {
        const width = entries[0]?.contentRect.width ?? 0;
        if (width > 0 && width !== this.width && this.frame === undefined) {
          this.frame = requestAnimationFrame(() => {
            this.frame = undefined;
            this.fontSize = fontSizeOf(host);
            const next = this.observer.value ?? this.width;
            if (next === this.width) return;
            this.width = next;
            host.requestUpdate();
          });
        }
        return width;
      },
    });
    host.addController(this);
  }

  /** Measures the host at once when the observer has not reported yet (its first update). */
  measure(): void {
    if (this.width !== 0) return;
    this.width = this.host.getBoundingClientRect().width;
    if (this.width > 0) this.fontSize = fontSizeOf(this.host);
  }

  hostDisconnected(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}
