import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Draws a long list over several tasks. Each update draws a chunk; while some is left the
 * host calls `more()` and the controller asks for the next update in a new task, so the
 * reader's input and the browser's frames get their turn between chunks. `pending` holds
 * until the host calls `done()`: `BriefElement`'s `updateComplete` waits for it, so code
 * that awaits an update sees the whole list. A host that leaves the page stops drawing
 * (and settles `pending`); one that comes back goes on where it stopped.
 * @internal
 */
export class ChunkController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private resolve: (() => void) | undefined;
  private left = false;

  /** Settles once the whole list is drawn (or the host left the page). */
  pending: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Some of the list is left to draw: the next update comes in a new task. */
  more(): void {
    this.left = true;
    this.pending ??= new Promise((resolve) => {
      this.resolve = resolve;
    });
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.host.requestUpdate();
    }, 0);
  }

  /** The whole list is drawn. */
  done(): void {
    this.left = false;
    this.stop();
  }

  hostConnected(): void {
    if (this.left) this.more();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const resolve = this.resolve;
    this.resolve = undefined;
    this.pending = undefined;
    resolve?.();
  }
}
