import type { ReactiveController, ReactiveControllerHost } from 'lit';

const hosts = new Set<ReactiveControllerHost>();
let printing = false;
let listening = false;

function setPrinting(value: boolean): void {
  printing = value;
  hosts.forEach((host) => {
    host.requestUpdate();
  });
}

/** Page-wide print listeners, added once for every widget (widgets come and go, the page stays). */
function listen(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('beforeprint', () => {
    setPrinting(true);
  });
  window.addEventListener('afterprint', () => {
    setPrinting(false);
  });
}

/**
 * Tells a widget when the page is printing, so content it folds away on screen (tables,
 * source lists) is rendered for paper. Lit's update runs in the microtask right after
 * `beforeprint`, before the browser lays the page out for print.
 * @internal
 */
export class PrintController implements ReactiveController {
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** True between `beforeprint` and `afterprint`. */
  get printing(): boolean {
    return printing;
  }

  hostConnected(): void {
    hosts.add(this.host);
    listen();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }
}
