import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The index an arrow key moves to in a sequence of `count` items read in order:
 * ArrowRight and ArrowDown the next, ArrowLeft and ArrowUp the previous (stopping at
 * either end), Home the first, End the last; `undefined` for any other key.
 */
export function stepIndex(key: string, index: number, count: number): number | undefined {
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(last, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/** True when Alt, Ctrl or ⌘ is held: the key is the browser's or the system's, not the widget's. */
export function withModifier(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey'>): boolean {
  return event.altKey || event.ctrlKey || event.metaKey;
}

/**
 * A roving tab index: one item of a composite widget (the active one) is the single tab
 * stop, arrow keys move between items in reading order, and focus moves once the host has
 * rendered the item it moves to (the host calls `focusAfterUpdate`; `find` locates the
 * target in the rendered DOM). Changing the active item asks the host for an update.
 * @internal
 */
export class RovingFocusController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly find: (target: string) => HTMLElement | null;
  private active: string | undefined;
  private pending: string | undefined;

  constructor(host: ReactiveControllerHost, find: (target: string) => HTMLElement | null) {
    this.host = host;
    this.find = find;
    host.addController(this);
  }

  /** The id of the item that holds the tab stop. */
  get activeId(): string | undefined {
    return this.active;
  }

  set activeId(id: string | undefined) {
    if (id === this.active) return;
    this.active = id;
    this.host.requestUpdate();
  }

  /** Keeps the active item among the items there are (`includes`), else makes `first` active. */
  keepWithin(includes: (id: string) => boolean, first: string | undefined): void {
    if (!this.active || !includes(this.active)) this.activeId = first;
  }

  /** The tab stop among the items drawn: the active one if drawn, else the first. */
  tabStop<T>(candidates: readonly T[], idOf: (candidate: T) => string): string | undefined {
    const active = this.active;
    if (active !== undefined && candidates.some((candidate) => idOf(candidate) === active)) return active;
    const first = candidates[0];
    return first === undefined ? undefined : idOf(first);
  }

  /** The index a key press moves to from `index` among `count` items; `undefined` when the key is not for moving. */
  step(event: KeyboardEvent, index: number, count: number): number | undefined {
    return withModifier(event) ? undefined : stepIndex(event.key, index, count);
  }

  /** Focuses `target` (as `find` reads it) after the host's next update. */
  focusAfterUpdate(target: string): void {
    this.pending = target;
  }

  hostUpdated(): void {
    const target = this.pending;
    if (target === undefined) return;
    this.pending = undefined;
    this.find(target)?.focus();
  }
}
