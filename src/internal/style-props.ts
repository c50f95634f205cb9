import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

type Props = Record<string, string | number | undefined>;

/**
 * Sets CSS custom properties (or any style property) on an element through the CSSOM:
 * `<span ${styleProps({ '--x': '42%' })}>`. Unlike Lit's `styleMap`, whose first render
 * writes the `style` attribute as a string (lit/lit#4719), `style.setProperty` is allowed
 * under a `style-src 'self'` Content-Security-Policy. Properties left out on a later
 * render are removed; unchanged ones are not written again (the timeline re-renders
 * on every pan step). Nothing is set during server rendering.
 */
class StylePropsDirective extends Directive {
  private last = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('styleProps() is an element directive: <span ${styleProps({ … })}>');
    }
  }

  render(_props: Props): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Props]): unknown {
    const style = (part.element as HTMLElement).style;
    const next = new Map<string, string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      const text = String(value);
      if (this.last.get(name) !== text) style.setProperty(name, text);
      next.set(name, text);
    }
    for (const name of this.last.keys()) if (!next.has(name)) style.removeProperty(name);
    this.last = next;
    return noChange;
  }
}

/** @internal */
export const styleProps = directive(StylePropsDirective);
