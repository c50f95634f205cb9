import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** How many items a list renders at first, and how many more each "Show more" adds. */
export interface Pages {
  first: number;
  step: number;
}

/**
 * How much of each long list a widget renders: a first page, then a page more each time
 * the reader presses that list's "Show more" button. Once the new page is drawn, focus
 * goes to its first item (the button has moved on below it): a keyboard or screen-reader
 * reader goes on reading where the new items start, and the button is the next tab stop
 * after them. Lists are told apart by a key (a phase's id, a recommendation's id; `''`
 * for a widget's only list). Nothing here touches the DOM until the reader asks for more.
 * @internal
 */
export class ShowMoreController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly pages: Pages;
  private limits = new Map<string, number>();
  private focusTarget: (() => HTMLElement | null | undefined) | undefined;

  constructor(host: ReactiveControllerHost, pages: Pages) {
    this.host = host;
    this.pages = pages;
    host.addController(this);
  }

  /** How many items of list `key` to render. */
  limit(key = ''): number {
    return this.limits.get(key) ?? this.pages.first;
  }

  /** How many the next press adds to list `key` of `total` items. */
  next(total: number, key = ''): number {
    return Math.max(0, Math.min(this.pages.step, total - this.limit(key)));
  }

  /** Renders a page more of list `key`; once it is drawn, focuses what `target` finds (its first new item). */
  more(key: string, target: () => HTMLElement | null | undefined): void {
    this.limits = new Map([...this.limits, [key, this.limit(key) + this.pages.step]]);
    this.focusTarget = target;
    this.host.requestUpdate();
  }

  /** Makes sure item `index` of list `key` is rendered (keyboard navigation reaching past the page). */
  reveal(key: string, index: number): void {
    if (index < this.limit(key)) return;
    this.limits = new Map([...this.limits, [key, index + this.pages.first]]);
    this.host.requestUpdate();
  }

  /** Back to the first page of every list: new data, another filter. */
  reset(): void {
    if (this.limits.size > 0) this.limits = new Map();
  }

  hostUpdated(): void {
    const target = this.focusTarget;
    this.focusTarget = undefined;
    target?.()?.focus();
  }
}

/**
 * A "Show more" button (part `more`): `label` names how many it adds and how many of how
 * many are shown; `key` goes to `data-more` for the handler.
 * @internal
 */
export function renderShowMore(label: string, key: string, onClick: (event: Event) => void): TemplateResult {
  return html`<button type="button" class="button more" part="more" data-more=${key} @click=${onClick}>
    ${label}
  </button>`;
}
