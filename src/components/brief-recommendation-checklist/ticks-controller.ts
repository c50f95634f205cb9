import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StorageController } from '../../internal/storage-controller.js';
import {
  parseTicks,
  readShared,
  sameTicks,
  serializeTicks,
  withoutShared,
} from './brief-recommendation-checklist.state.js';

/** The list a reader ticks: where its ticks are saved and which actions it has. */
export interface TickList {
  key: string;
  briefId: string;
  actionIds: readonly string[];
}

/**
 * The reader's ticks for one checklist: read from and saved to this browser (never
 * writing over what it could not read), offered from a share link (`#brief-ticks=…`)
 * until the reader keeps or dismisses them, and reloaded when another tab saves. Over
 * the pure functions of `brief-recommendation-checklist.state.ts`; the element renders.
 * @internal
 */
export class TicksController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly storage: StorageController;
  /** False while the host shows no reader state (a read-only tracker): nothing is read. */
  private readonly active: () => boolean;

  private list: TickList | undefined;
  /** True once the list's ticks were read from the browser (not a server's empty list). */
  private read = false;

  /** True once the saved ticks were read: what cannot be read is never written over. */
  private writable = false;

  /** The reader's own ticks, as saved: ids of actions no longer in the brief are kept. */
  own: ReadonlySet<string> = new Set();

  /** Ticks from a share link, shown until the reader keeps or dismisses them. */
  shared: ReadonlySet<string> | undefined;

  /** The page's link carried ticks for another version of the list. */
  sharedMismatch = false;

  constructor(host: ReactiveControllerHost, active: () => boolean) {
    this.host = host;
    this.active = active;
    this.storage = new StorageController(host, () => {
      this.reloadOwn();
    });
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Where saving stands: `ok`, or why the reader's ticks will not be kept. */
  get storageState(): StorageController['state'] {
    return this.storage.state;
  }

  /** The ticks on screen: shared ones while the reader decides, else their own. */
  get ticked(): ReadonlySet<string> {
    return this.shared ?? this.own;
  }

  /** The ticks on screen that are actions of the list. */
  current(): Set<string> {
    const ticked = this.ticked;
    return new Set((this.list?.actionIds ?? []).filter((id) => ticked.has(id)));
  }

  /**
   * Loads a list's saved ticks, and any its page's link shares; cheap when it is loaded.
   * `reader` false (a server render, or its hydration): no ticks, nothing read, until a
   * later load with `reader` true.
   */
  load(list: TickList, reader = true): void {
    if (this.list?.key === list.key && (this.read || !reader)) {
      this.list = list;
      return;
    }
    this.list = list;
    this.read = reader;
    if (!reader) {
      this.own = new Set();
      this.shared = undefined;
      this.sharedMismatch = false;
      return;
    }
    this.own = this.readOwn(list.key);
    const shared = readShared(globalThis.location.hash, list.briefId, list.actionIds);
    this.sharedMismatch = shared.kind === 'mismatch';
    this.shared =
      shared.kind === 'ticks' && !sameTicks(this.current(), shared.ticked) ? shared.ticked : undefined;
  }

  /** The reader ticked or unticked an action. */
  toggle(id: string, checked: boolean): void {
    const next = new Set(this.ticked);
    if (checked) next.add(id);
    else next.delete(id);
    if (this.shared) {
      this.shared = next;
    } else {
      this.own = next;
      this.save(next);
    }
    this.host.requestUpdate();
  }

  /** The reader keeps the shared ticks as theirs (their ticks of other versions stay). */
  acceptShared(): void {
    const list = this.list;
    const shared = this.shared;
    if (!list || !shared) return;
    const actions = new Set(list.actionIds);
    const next = new Set([...this.own].filter((id) => !actions.has(id)));
    for (const id of shared) next.add(id);
    this.own = next;
    this.shared = undefined;
    this.save(next);
    this.forgetShared();
    this.host.requestUpdate();
  }

  /** The reader dismisses the shared ticks and keeps their own. */
  declineShared(): void {
    this.shared = undefined;
    this.forgetShared();
    this.host.requestUpdate();
  }

  /** The saved ticks under `key`; an empty set when there are none or they cannot be read. */
  private readOwn(key: string): Set<string> {
    this.writable = false;
    const text = this.storage.read(key);
    if (text === undefined) return new Set();
    const ticked = parseTicks(text);
    if (!ticked) {
      this.storage.markCorrupt();
      return new Set();
    }
    this.writable = true;
    return ticked;
  }

  /** Another tab saved new ticks for this list. */
  private reloadOwn(): void {
    if (this.list && this.writable && !this.shared) this.own = this.readOwn(this.list.key);
  }

  private save(ticked: ReadonlySet<string>): void {
    if (this.list && this.writable) this.storage.write(this.list.key, serializeTicks(ticked));
  }

  /** Takes the list's shared ticks out of the page's address, so a reload does not ask again. */
  private forgetShared(): void {
    const list = this.list;
    if (!list) return;
    try {
      const { pathname, search, hash } = globalThis.location;
      const rest = withoutShared(hash, list.briefId);
      if (rest !== hash) history.replaceState(history.state, '', `${pathname}${search}${rest}`);
    } catch {
      // A sandboxed page may refuse; the prompt is gone either way.
    }
  }

  /** @internal A link with new shared ticks for this list was opened on the same page. */
  private readonly onHashChange = (): void => {
    const list = this.list;
    if (!list || !this.active()) return;
    if (readShared(globalThis.location.hash, list.briefId, list.actionIds).kind === 'none') return;
    const reload = list;
    this.list = undefined;
    this.load(reload);
    this.host.requestUpdate();
  };
}
