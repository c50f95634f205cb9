import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** A box in pixels, set on an element as the custom properties `--x`, `--y`, `--w` and `--h`. */
export type Box = Partial<Record<'x' | 'y' | 'w' | 'h', number>>;

const KEYS = ['x', 'y', 'w', 'h'] as const;

/**
 * Places an element through the CSSOM (`style.setProperty` of `--x`, `--y`, `--w`, `--h`
 * in px; the styles turn them into `left`, `top`, `width`, `height`), so that a
 * `style-src 'self'` policy allows it: `styleMap` writes a `style` attribute string on its
 * first render, which such a policy blocks (lit/lit#4719). Only changed values are written.
 * @internal
 */
class PlaceDirective extends Directive {
  private last: Box = {};

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('place() belongs on an element');
  }

  render(_box: Box): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [box]: [Box]): typeof nothing {
    const { style } = part.element as HTMLElement;
    for (const key of KEYS) {
      const value = box[key];
      if (value === this.last[key]) continue;
      if (value === undefined) style.removeProperty(`--${key}`);
      else style.setProperty(`--${key}`, `${String(value)}px`);
    }
    this.last = { ...box };
    return nothing;
  }
}

/** @internal */
export const place = directive(PlaceDirective);
