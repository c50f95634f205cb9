import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where a widget's saved state stands:
 * - `ok`: it reads and writes;
 * - `unavailable`: there is no storage, or the browser refuses it (privacy settings, sandbox);
 * - `failed`: a read or write threw (full, quota, a broken implementation);
 * - `corrupt`: what is stored is not ours to read, and is left untouched.
 */
export type StorageState = 'ok' | 'unavailable' | 'failed' | 'corrupt';

/** The browser's `localStorage`, or `undefined` where reaching it throws or it is missing. */
function localStorageOrUndefined(): Storage | undefined {
  try {
    const storage = (globalThis as { localStorage?: Storage | null }).localStorage;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Safe `localStorage` for a widget: never throws, and says whether saving works so the
 * widget can tell the reader when their state will not be kept. Calls `onChange(key)`
 * when another tab changes a key this controller has read.
 * @internal
 */
export class StorageController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly onChange: ((key: string) => void) | undefined;
  private readonly keys = new Set<string>();

  /** Where saving stands since the last read or write. */
  state: StorageState = 'ok';

  constructor(host: ReactiveControllerHost, onChange?: (key: string) => void) {
    this.host = host;
    this.onChange = onChange;
    host.addController(this);
  }

  /** True while state is saved and restored. */
  get persistent(): boolean {
    return this.state === 'ok';
  }

  hostConnected(): void {
    if (typeof window !== 'undefined') window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    if (typeof window !== 'undefined') window.removeEventListener('storage', this.onStorage);
  }

  /**
   * The value stored under `key`: a string, `null` when nothing is stored, or `undefined`
   * when storage cannot be read (then `state` says why).
   */
  read(key: string): string | null | undefined {
    this.keys.add(key);
    const storage = localStorageOrUndefined();
    if (!storage) {
      this.state = 'unavailable';
      return undefined;
    }
    try {
      const value = storage.getItem(key);
      this.state = 'ok';
      return typeof value === 'string' ? value : null;
    } catch {
      this.state = 'failed';
      return undefined;
    }
  }

  /** Stores `value` under `key`; returns whether it was saved (else `state` says why). */
  write(key: string, value: string): boolean {
    const storage = localStorageOrUndefined();
    if (!storage) {
      this.state = 'unavailable';
      return false;
    }
    try {
      storage.setItem(key, value);
      this.state = 'ok';
      return true;
    } catch {
      this.state = 'failed';
      return false;
    }
  }

  /** Marks what is stored as unreadable: the widget keeps its state in memory and writes nothing. */
  markCorrupt(): void {
    this.state = 'corrupt';
  }

  /** @internal */
  private readonly onStorage = (event: StorageEvent): void => {
    if (event.key === null || !this.keys.has(event.key)) return;
    this.onChange?.(event.key);
    this.host.requestUpdate();
  };
}
