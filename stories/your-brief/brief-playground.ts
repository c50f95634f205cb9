/**
 * `<brief-playground>`: Storybook's "Your brief" page. An analyst pastes, drops or opens a
 * brief JSON and sees the four widgets draw it (or their error panels, with field paths),
 * then copies each widget's embed snippet. A development tool: not in the package.
 */
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import '../../src/components/brief-indicator-card/brief-indicator-card.js';
import '../../src/components/brief-indicator-grid/brief-indicator-grid.js';
import '../../src/components/brief-recommendation-checklist/brief-recommendation-checklist.js';
import '../../src/components/brief-timeline/brief-timeline.js';
import { lineColumn, parseJson } from '../../src/cli/json-positions.js';
import { usMexico2022 } from '../../src/data/index.js';
import type { Brief } from '../../src/data/types.js';
import { SCHEMA_URL } from '../../src/cli/starter.js';

const LOADER = 'https://unpkg.com/briefing-widgets/dist/standalone/briefing-widgets.js';
const HOSTED = 'https://your-site.example/briefs/brief.json';
const DEBOUNCE_MS = 300;

type Tag =
  'brief-indicator-card' | 'brief-indicator-grid' | 'brief-recommendation-checklist' | 'brief-timeline';

const WIDGETS: { tag: Tag; name: string }[] = [
  { tag: 'brief-indicator-card', name: 'Indicator card' },
  { tag: 'brief-indicator-grid', name: 'Indicator grid' },
  { tag: 'brief-recommendation-checklist', name: 'Recommendation checklist' },
  { tag: 'brief-timeline', name: 'Timeline' },
];

/** The bundled brief as an author's file has it: with the published schema's address. */
function bundledText(): string {
  // Its own `$schema` is a path inside this repository; an author's names the published file.
  const copy: Record<string, unknown> = { $schema: SCHEMA_URL };
  for (const [key, value] of Object.entries(usMexico2022)) if (key !== '$schema') copy[key] = value;
  return JSON.stringify(copy, null, 2);
}

/** The text kept across story re-renders (Storybook re-creates the element). */
let kept = bundledText();

function indicatorIds(value: unknown): string[] {
  const list = (value as { indicators?: unknown } | null)?.indicators;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) =>
    typeof (item as { id?: unknown } | null)?.id === 'string' ? [(item as { id: string }).id] : [],
  );
}

@customElement('brief-playground')
export class BriefPlayground extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font:
        16px/1.5 system-ui,
        sans-serif;
      color: #1a1a1a;
      max-width: 1100px;
    }
    label,
    .label {
      display: block;
      font-weight: 600;
      margin-block: 1rem 0.25rem;
    }
    textarea {
      box-sizing: border-box;
      width: 100%;
      font:
        13px/1.4 ui-monospace,
        monospace;
    }
    .editor {
      min-height: 16rem;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: end;
    }
    .syntax {
      color: #a40e26;
      font-weight: 600;
    }
    section {
      border-top: 1px solid #c8c8c8;
      margin-top: 2rem;
    }
    .snippet {
      min-height: 5rem;
    }
    button {
      font: inherit;
      padding: 0.25rem 0.75rem;
    }
    .drop {
      outline: 3px dashed #1a5fb4;
    }
  `;

  @state() private text = kept;
  /** The brief the widgets draw: the last text that parsed. */
  @state() private value: unknown = usMexico2022;
  @state() private syntax = '';
  @state() private indicator = usMexico2022.indicators[0]?.id ?? '';
  @state() private copied = '';
  @state() private dropping = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  /** Takes a new text: parses it now, hands it to the widgets after a pause in typing. */
  private take(text: string, at = DEBOUNCE_MS): void {
    this.text = text;
    kept = text;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.apply();
    }, at);
  }

  private apply(): void {
    const parsed = parseJson(this.text);
    if (!parsed.ok) {
      const [line, column] = lineColumn(this.text, parsed.offset);
      this.syntax = `Not valid JSON at line ${String(line)}, column ${String(column)}: ${parsed.message}`;
      return;
    }
    this.syntax = '';
    this.value = parsed.value;
    const ids = indicatorIds(parsed.value);
    if (!ids.includes(this.indicator)) this.indicator = ids[0] ?? '';
  }

  private readonly onInput = (event: Event): void => {
    this.take((event.target as HTMLTextAreaElement).value);
  };

  private async readFile(file: File | undefined): Promise<void> {
    if (!file) return;
    this.take(await file.text(), 0);
  }

  private readonly onFile = (event: Event): void => {
    void this.readFile((event.target as HTMLInputElement).files?.[0]);
  };

  private readonly onDragOver = (event: DragEvent): void => {
    event.preventDefault();
    this.dropping = true;
  };

  private readonly onDragLeave = (): void => {
    this.dropping = false;
  };

  private readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dropping = false;
    void this.readFile(event.dataTransfer?.files[0]);
  };

  private readonly onReset = (): void => {
    this.take(bundledText(), 0);
  };

  private readonly onIndicator = (event: Event): void => {
    this.indicator = (event.target as HTMLSelectElement).value;
  };

  /** The widget's opening tag's attributes (the card's indicator). */
  private extraAttributes(tag: Tag): string {
    return tag === 'brief-indicator-card' ? ` indicator="${this.indicator}"` : '';
  }

  private snippet(tag: Tag, form: 'src' | 'inline'): string {
    const script = `<script type="module" src="${LOADER}"></script>`;
    if (form === 'src') return `${script}\n<${tag}${this.extraAttributes(tag)} src="${HOSTED}"></${tag}>`;
    // "</" inside the JSON would end the script early; "<\/" is the same JSON string.
    const json = JSON.stringify(this.value, null, 2).replace(/<\//g, '<\\/');
    return `${script}\n<${tag}${this.extraAttributes(tag)}>\n<script type="application/json">\n${json}\n</script>\n</${tag}>`;
  }

  private async copy(text: string, what: string, field: HTMLTextAreaElement | null): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = `Copied the ${what}.`;
    } catch {
      // No clipboard access (an insecure page, a denied permission): select it to copy by hand.
      field?.focus();
      field?.select();
      this.copied = `Selected the ${what}: press Ctrl+C (⌘C) to copy it.`;
    }
  }

  private renderWidget(tag: Tag): unknown {
    const brief = this.value as Brief;
    switch (tag) {
      case 'brief-indicator-card':
        return html`<brief-indicator-card
          indicator=${this.indicator}
          .brief=${brief}
        ></brief-indicator-card>`;
      case 'brief-indicator-grid':
        return html`<brief-indicator-grid .brief=${brief}></brief-indicator-grid>`;
      case 'brief-recommendation-checklist':
        return html`<brief-recommendation-checklist .brief=${brief}></brief-recommendation-checklist>`;
      case 'brief-timeline':
        return html`<brief-timeline .brief=${brief}></brief-timeline>`;
    }
  }

  private renderSnippet(tag: Tag, name: string, form: 'src' | 'inline'): unknown {
    const id = `${tag}-${form}`;
    const what = `${name.toLowerCase()} snippet (${form === 'src' ? 'hosted JSON' : 'inline JSON'})`;
    const text = this.snippet(tag, form);
    return html`<label for=${id}>
        ${form === 'src' ? 'Embed with your hosted JSON (src)' : 'Embed with the brief inline'}
      </label>
      <textarea id=${id} class="snippet" readonly .value=${text}></textarea>
      <button
        type="button"
        @click=${(event: Event) =>
          void this.copy(
            text,
            what,
            (event.target as HTMLElement).previousElementSibling as HTMLTextAreaElement,
          )}
      >
        Copy ${form === 'src' ? 'the src snippet' : 'the inline snippet'}
      </button>`;
  }

  override render() {
    const ids = indicatorIds(this.value);
    return html`
      <h1>Your brief</h1>
      <p>
        Paste a brief's JSON, drop a file on the box or open one: the four widgets below draw it, or show what
        is wrong with it field by field. Check it outside the browser with
        <code>npx briefing-widgets check brief.json</code>.
      </p>
      <label for="brief">Brief JSON</label>
      <textarea
        id="brief"
        class="editor ${this.dropping ? 'drop' : ''}"
        spellcheck="false"
        .value=${this.text}
        @input=${this.onInput}
        @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      ></textarea>
      <p class="syntax" role="alert">${this.syntax}</p>
      <div class="controls">
        <div>
          <label for="file">Open a .json file</label>
          <input id="file" type="file" accept=".json,application/json" @change=${this.onFile} />
        </div>
        <button type="button" @click=${this.onReset}>Reset to the bundled brief</button>
        <div>
          <label for="indicator">Card’s indicator</label>
          <select id="indicator" @change=${this.onIndicator}>
            ${ids.map((id) => html`<option value=${id} ?selected=${id === this.indicator}>${id}</option>`)}
          </select>
        </div>
      </div>
      <p class="status" role="status" aria-live="polite">${this.copied}</p>
      ${WIDGETS.map(
        ({ tag, name }) =>
          html`<section aria-labelledby=${`${tag}-heading`}>
            <h2 id=${`${tag}-heading`}>${name}</h2>
            ${this.syntax ? nothing : this.renderWidget(tag)} ${this.renderSnippet(tag, name, 'src')}
            ${this.renderSnippet(tag, name, 'inline')}
          </section>`,
      )}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'brief-playground': BriefPlayground;
  }
}
