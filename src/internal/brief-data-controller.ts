import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDefaultBrief, type BriefPart } from '../data/default-brief.js';
import { trustedBriefs } from '../data/trusted.js';
import type { Brief, BriefProblem, BriefValidation } from '../data/types.js';
import type * as Validate from '../data/validate.js';
import { BriefErrorEvent } from '../events/brief-error.js';
import { BriefLoadEvent } from '../events/brief-load.js';
import { messageOf } from './error-message.js';
import { onServer } from './server.js';

/** What a widget must offer for the controller to find its brief. */
export interface BriefHost extends ReactiveControllerHost, HTMLElement {
  /** A brief object set as a property; wins over every other source. */
  brief: Brief | undefined;
  /** URL of a brief JSON file. */
  src: string | undefined;
  /** Wait for a brief instead of showing the bundled default. */
  withoutDefault: boolean;
  /** The part of the bundled default brief the widget shows, should it fall back to it. */
  readonly defaultPart: BriefPart;
}

type Input =
  | { kind: 'property'; value: Brief }
  | { kind: 'inline'; value: string }
  | { kind: 'src'; value: string }
  | { kind: 'default'; value: BriefPart }
  /** No brief yet: the page is still being parsed (an inline JSON child may follow), or the app said one is coming. */
  | { kind: 'waiting' }
  /** The brief property could not even be read (a throwing getter on the host). */
  | { kind: 'unreadable'; value: string };

type Validator = typeof Validate;

/**
 * The validator, loaded the first time an author's brief needs it (the bundled brief
 * never does); once here, briefs are validated at once.
 */
let validator: Validator | undefined;
let validatorLoading: Promise<Validator> | undefined;
const loadValidator = (): Promise<Validator> =>
  (validatorLoading ??= import('../data/validate.js').then((module) => (validator = module)));

/** Parts of the bundled brief already loaded: a widget that falls back to one draws at once. */
const defaults = new Map<BriefPart, Brief>();

/** The whole bundled brief, once preloaded (`preloadBriefData`): it holds every part. */
let wholeDefault: Brief | undefined;

/**
 * Loads the whole bundled brief and the validator, so that every widget rendered after it
 * resolves settles in the same update, with no loading placeholder: what a server render
 * (`briefing-widgets/ssr`) needs, as it renders each element once and synchronously.
 * @internal
 */
export async function preloadBriefData(): Promise<void> {
  const [brief] = await Promise.all([loadDefaultBrief('all'), loadValidator()]);
  trustedBriefs.add(brief);
  wholeDefault = brief;
}

const JSON_SCRIPT = ':scope > script[type="application/json"]';

/** False on a server (Lit SSR, its DOM shim or none), where an element has no children to query. */
function hasDom(element: Element): boolean {
  return !onServer && 'querySelector' in element;
}

function sameInput(a: Input | undefined, b: Input): boolean {
  if (a?.kind !== b.kind) return false;
  return !('value' in a) || !('value' in b) || a.value === b.value;
}

/**
 * True once the parser is done with `node`'s children: the page is parsed, or a node
 * follows `node` or one of its ancestors (the parser closed it). A classic script before
 * an element upgrades it at its start tag, before its children are there.
 */
function childrenParsed(node: Node): boolean {
  if (typeof document === 'undefined' || node.ownerDocument !== document) return true;
  if (document.readyState !== 'loading') return true;
  for (let at: Node | null = node; at; at = at.parentNode) if (at.nextSibling) return true;
  return false;
}

/** Nodes whose children the parser has not finished, each with what to do once it has. */
const unparsed = new Map<Node, () => void>();
let parseWatch: MutationObserver | undefined;

function checkParsed(): void {
  for (const [node, done] of unparsed) {
    if (!childrenParsed(node)) continue;
    unparsed.delete(node);
    done();
  }
  if (unparsed.size === 0) {
    parseWatch?.disconnect();
    parseWatch = undefined;
  }
}

/** Calls `done` once the parser has closed `node` (or finished the page). */
function whenParsed(node: Node, done: () => void): void {
  unparsed.set(node, done);
  if (parseWatch) return;
  parseWatch = new MutationObserver(checkParsed);
  parseWatch.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', checkParsed, { once: true });
}

/**
 * Finds a widget's brief (property → inline JSON → `src` → bundled default), loads and
 * validates it, and reports the outcome once: `brief-load`, or `brief-error` plus one
 * console error naming each field path. Never throws.
 *
 * The bundled brief (the part the widget shows) and the validator are loaded only when
 * needed, the widget showing its loading placeholder meanwhile; each is loaded once per
 * page. A brief too long to validate in one slice (thousands of items) is validated in
 * slices that give the main thread back (in the browser; a server render validates in
 * one go).
 * @internal
 */
export class BriefDataController implements ReactiveController {
  private readonly host: BriefHost;
  private input: Input | undefined;
  private abort: AbortController | undefined;
  private published = '';
  private pending: Event | undefined;
  private awaitingParse = false;

  /** The valid brief, once there is one. */
  brief: Brief | undefined;
  /** True while a brief, the bundled brief or the validator is being loaded, or a long brief validated. */
  loading = false;
  /** While the brief is not ready (being loaded or validated): settles once the host has been asked to show the outcome. */
  validating: Promise<void> | undefined;
  /** What stops the widget from rendering; shown in its error panel. */
  problems: readonly BriefProblem[] = [];
  /**
   * True from the moment a server-rendered widget upgrades until its first update is done:
   * that update hydrates the server's markup, so it must render what the server did (a
   * brief validated in one go, no loading placeholder); the host then updates once more.
   */
  hydrating = false;

  constructor(host: BriefHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    // A reconnected widget resolves again (and re-fetches a `src` it had not finished).
    if (this.loading) this.input = undefined;
  }

  hostUpdated(): void {
    if (this.hydrating) {
      // Hydrated: what only the browser knows (an ancestor's lang, stored state, sizes) comes
      // next, in an update of its own (a microtask: before the next paint); updateComplete waits.
      this.hydrating = false;
      const next = Promise.resolve().then(() => {
        this.host.requestUpdate();
      });
      if (!this.validating) {
        const waiting = next.finally(() => {
          if (this.validating === waiting) this.validating = undefined;
        });
        this.validating = waiting;
      }
    }
    const event = this.pending;
    this.pending = undefined;
    if (event) this.host.dispatchEvent(event);
  }

  /**
   * Resolves the brief from the host's current inputs; cheap when nothing changed.
   * Call at the start of the host's `willUpdate`. Returns the brief when it is ready.
   */
  resolve(): Brief | undefined {
    const input = this.currentInput();
    if (sameInput(this.input, input)) return this.brief;
    this.input = input;
    this.published = '';
    this.abort?.abort();
    this.abort = undefined;
    this.loading = false;
    this.brief = undefined;
    this.problems = [];
    switch (input.kind) {
      case 'default':
        this.brief = defaults.get(input.value) ?? wholeDefault;
        if (!this.brief) this.loadDefault(input.value);
        break;
      case 'waiting':
        // The loading placeholder shows; nothing is reported until there is a brief.
        this.loading = true;
        break;
      case 'unreadable':
        this.fail([{ path: 'brief', message: `could not be read: ${input.value}` }], 'the brief property');
        break;
      case 'property':
        this.accept(input.value, 'the brief property');
        break;
      case 'inline':
        this.acceptText(input.value, 'the inline JSON');
        break;
      case 'src':
        void this.fetch(input.value);
        break;
    }
    return this.brief;
  }

  /**
   * Loads what the host's brief needs before it can render without its loading placeholder
   * (the bundled brief's part, or the validator), for the first update of a server-rendered
   * widget; `undefined` when nothing needs loading. Never rejects: `resolve` reports failures.
   */
  prepare(): Promise<void> | undefined {
    const input = this.currentInput();
    if (input.kind === 'default') {
      const part = input.value;
      if (defaults.has(part) || wholeDefault) return undefined;
      return loadDefaultBrief(part).then(
        (brief) => {
          defaults.set(part, brief);
          trustedBriefs.add(brief);
        },
        () => undefined,
      );
    }
    if ((input.kind === 'property' || input.kind === 'inline') && !validator) {
      if (input.kind === 'property' && trustedBriefs.has(input.value)) return undefined;
      return loadValidator().then(
        () => undefined,
        () => undefined,
      );
    }
    return undefined;
  }

  /**
   * For the first update of a server-rendered widget: when its brief needs loading first
   * (`prepare`), the update is held (the server's markup stays) and `resume` called once
   * it is loaded; true while held. `validating` covers the wait, so `updateComplete` does.
   */
  hold(resume: () => void): boolean {
    const ready = this.prepare();
    if (!ready) return false;
    const validating = ready.then(resume).finally(() => {
      if (this.validating === validating) this.validating = undefined;
    });
    this.validating = validating;
    return true;
  }

  /**
   * Reports the widget's outcome once per change: `null` when it renders, else the
   * problems that stop it. Widgets call it after checking their own attributes.
   */
  settle(problems: readonly BriefProblem[] | null, origin = 'its data'): void {
    this.problems = problems ?? [];
    const signature = problems
      ? JSON.stringify(problems)
      : `ok:${this.brief?.id ?? ''}:${String(this.input?.kind)}`;
    if (signature === this.published) return;
    this.published = signature;
    if (problems) {
      const tag = this.host.localName;
      const lines = problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n');
      console.error(`briefing-widgets: <${tag}> cannot show ${origin}:\n${lines}`);
      this.pending = new BriefErrorEvent(problems);
    } else if (this.brief) {
      this.pending = new BriefLoadEvent(this.brief);
    }
  }

  /** Reports this controller's own data problems, if any. */
  private fail(problems: BriefProblem[], origin: string): void {
    this.brief = undefined;
    this.settle(problems, origin);
  }

  private currentInput(): Input {
    // Plain JavaScript may hand over null, or anything else.
    let brief: unknown;
    try {
      brief = this.host.brief;
    } catch (error) {
      return { kind: 'unreadable', value: messageOf(error) };
    }
    if (brief !== undefined && brief !== null) return { kind: 'property', value: brief as Brief };
    // A server render (Lit SSR's DOM shim) has no children to read and no parser to wait
    // for: there, the brief is the property, `src` (fetched in the browser) or the default.
    if (!hasDom(this.host)) {
      if (this.host.src) return { kind: 'waiting' };
      return this.host.withoutDefault
        ? { kind: 'waiting' }
        : { kind: 'default', value: this.host.defaultPart };
    }
    const script = this.host.querySelector(JSON_SCRIPT);
    const open = script ?? this.host;
    if (!childrenParsed(open)) {
      // Upgraded at its start tag (a classic script before it): inline JSON may still
      // follow, or be half there. Look again as soon as the parser closes it — not at
      // the end of the page, so a widget above the fold draws before the first paint.
      if (!this.awaitingParse) {
        this.awaitingParse = true;
        whenParsed(open, () => {
          this.awaitingParse = false;
          this.host.requestUpdate();
        });
      }
      return { kind: 'waiting' };
    }
    if (script) return { kind: 'inline', value: script.textContent };
    if (this.host.src) return { kind: 'src', value: this.host.src };
    if (this.host.withoutDefault) return { kind: 'waiting' };
    return { kind: 'default', value: this.host.defaultPart };
  }

  /**
   * Shows the loading placeholder until `work` settles, then hands its outcome to `done`
   * (or its failure to `failed`) and updates the host, unless the input changed (or the
   * widget left) meanwhile.
   */
  private wait<T>(work: Promise<T>, done: (value: T) => void, failed: (error: unknown) => void): void {
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    const settle = (finish: () => void) => {
      if (abort.signal.aborted) return;
      this.abort = undefined;
      this.loading = false;
      finish();
      this.host.requestUpdate();
    };
    const validating = work
      .then(
        (value) => {
          settle(() => {
            done(value);
          });
        },
        (error: unknown) => {
          settle(() => {
            failed(error);
          });
        },
      )
      .finally(() => {
        if (this.validating === validating) this.validating = undefined;
      });
    this.validating = validating;
  }

  private loadDefault(part: BriefPart): void {
    this.wait(
      loadDefaultBrief(part),
      (brief) => {
        defaults.set(part, brief);
        trustedBriefs.add(brief);
        this.brief = brief;
      },
      (error) => {
        this.fail(
          [{ path: 'brief', message: `the bundled brief could not be loaded: ${messageOf(error)}` }],
          'the bundled brief',
        );
      },
    );
  }

  private accept(value: unknown, origin: string): void {
    if (typeof value === 'object' && value !== null && trustedBriefs.has(value)) {
      this.brief = value as Brief;
      return;
    }
    if (!validator) {
      this.wait(
        loadValidator(),
        () => {
          this.accept(value, origin);
        },
        (error) => {
          this.fail(
            [{ path: 'brief', message: `the validator could not be loaded: ${messageOf(error)}` }],
            origin,
          );
        },
      );
      return;
    }
    const abort = new AbortController();
    let result: BriefValidation | Promise<BriefValidation>;
    try {
      // A server render cannot wait for later slices, nor can the hydration of one (its
      // first render must be the server's): they validate in one go.
      result =
        !hasDom(this.host) || this.hydrating
          ? validator.validateBrief(value)
          : validator.validateBriefInSlices(value, { signal: abort.signal });
    } catch (error) {
      this.unreadable(error, origin);
      return;
    }
    if (result instanceof Promise) {
      this.abort = abort;
      this.loading = true;
      const validating = this.acceptLater(result, abort, origin).finally(() => {
        if (this.validating === validating) this.validating = undefined;
      });
      this.validating = validating;
    } else this.take(result, origin);
  }

  /** The outcome of a validation in slices, unless the input changed (or the widget left) meanwhile. */
  private async acceptLater(
    pending: Promise<BriefValidation>,
    abort: AbortController,
    origin: string,
  ): Promise<void> {
    let result: BriefValidation | undefined;
    let failure: unknown;
    try {
      result = await pending;
      // The widget draws the brief in a task of its own, not after the validation's last slice.
      await new Promise((resolve) => setTimeout(resolve, 0));
    } catch (error) {
      failure = error;
    }
    if (abort.signal.aborted) return;
    this.abort = undefined;
    this.loading = false;
    if (result) this.take(result, origin);
    else this.unreadable(failure, origin);
    this.host.requestUpdate();
  }

  private take(result: BriefValidation, origin: string): void {
    if (result.ok) {
      // Valibot returns a copy no author code holds: a grid hands it on to its cards unchecked.
      trustedBriefs.add(result.brief);
      this.brief = result.brief;
    } else this.fail(result.problems, origin);
  }

  /** A hostile object (a throwing getter, a Proxy): reading it failed. */
  private unreadable(error: unknown, origin: string): void {
    this.fail([{ path: '(brief)', message: `could not be read: ${messageOf(error)}` }], origin);
  }

  private acceptText(text: string, origin: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.fail([{ path: '(JSON)', message: `is not valid JSON: ${(error as Error).message}` }], origin);
      return;
    }
    this.accept(value, origin);
  }

  private async fetch(url: string): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    const origin = `the brief at ${url}`;
    let text: string;
    try {
      const response = await fetch(new URL(url, document.baseURI), {
        credentials: 'omit',
        signal: abort.signal,
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
      text = await response.text();
    } catch (error) {
      if (abort.signal.aborted) return;
      this.loading = false;
      this.fail([{ path: 'src', message: `could not load "${url}": ${(error as Error).message}` }], origin);
      this.host.requestUpdate();
      return;
    }
    if (abort.signal.aborted) return;
    this.loading = false;
    this.abort = undefined;
    this.acceptText(text, origin);
    this.host.requestUpdate();
  }
}
