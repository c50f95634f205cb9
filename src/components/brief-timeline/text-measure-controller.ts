import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { estimateWidth, ROLE_EM, type Measure, type TextRole } from './brief-timeline.layout.js';

/** The weight of each role's font, as the styles set it. */
const WEIGHT: Record<TextRole, number> = { label: 600, head: 700, small: 600 };

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function canvasContext(): Context | null {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(1, 1).getContext('2d');
  if (typeof document !== 'undefined') return document.createElement('canvas').getContext('2d');
  return null;
}

/**
 * Measures text as the axis will draw it: in the host's font family (as the size
 * controller read it after layout: nothing here reads the DOM), at each role's size and
 * weight, on a canvas (each text measured once per font); a generous estimate where
 * there is no canvas. When the page's web fonts finish loading, it forgets its widths and
 * asks the host to lay out again. Each set of widths comes with its own measure function,
 * so what the layout keeps per measure (its sizer) goes with the widths it read.
 * @internal
 */
export class TextMeasureController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly widths = new Map<string, number>();
  private context: Context | null | undefined;
  /** The font last set on the context. */
  private font = '';
  private key = '';
  private fonts: Record<TextRole, string> = { label: '', head: '', small: '' };
  private fontSize = 16;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    document.fonts.addEventListener('loadingdone', this.onFontsLoaded);
  }

  hostDisconnected(): void {
    document.fonts.removeEventListener('loadingdone', this.onFontsLoaded);
  }

  /** The measure for the host's font: `family` at `fontSize` (px). */
  measureAt(fontSize: number, family: string): Measure {
    const key = `${family}|${String(fontSize)}`;
    if (key !== this.key) {
      this.key = key;
      this.fontSize = fontSize;
      this.forget();
      for (const role of Object.keys(ROLE_EM) as TextRole[]) {
        this.fonts[role] = `${String(WEIGHT[role])} ${String(ROLE_EM[role] * fontSize)}px ${family}`;
      }
    }
    return this.measure;
  }

  /** Drops every width, and the measure function that read them. */
  private forget(): void {
    this.widths.clear();
    this.measure = (text, role) => this.read(text, role);
  }

  private measure: Measure = (text, role) => this.read(text, role);

  private read(text: string, role: TextRole): number {
    const key = `${role}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      this.context ??= canvasContext();
      if (this.context) {
        // Setting a canvas font parses it: only when the role changes.
        if (this.font !== this.fonts[role]) {
          this.font = this.fonts[role];
          this.context.font = this.font;
        }
        width = this.context.measureText(text).width;
      } else {
        width = estimateWidth(text, role, this.fontSize);
      }
      this.widths.set(key, width);
    }
    return width;
  }

  private readonly onFontsLoaded = (): void => {
    this.forget();
    this.host.requestUpdate();
  };
}
