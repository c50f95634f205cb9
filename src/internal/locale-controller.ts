import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DatePrecision } from '../data/types.js';
import { toTime } from './dates.js';

/** The languages the widgets speak. */
export const languages = ['en', 'es'] as const;
export type Lang = (typeof languages)[number];

/** A table of UI strings, one per language, with `{name}` placeholders. */
export type Strings<K extends string> = Record<Lang, Record<K, string>>;

/** Declares a string table; every language must have every key (the compiler checks). */
export function defineStrings<K extends string>(table: Strings<K>): Strings<K> {
  return table;
}

/** A language tag's primary language when the widgets speak it, else English: `es-MX` → `es`. */
function supported(tag: string): Lang {
  const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
  return (languages as readonly string[]).includes(primary) ? (primary as Lang) : 'en';
}

/** The language of an element: its own `lang`, else the nearest ancestor's, crossing shadow roots. */
export function resolveLang(element: Element, own?: string): Lang {
  // A `lang` property set before the first render is not yet reflected to the attribute.
  if (own) return supported(own);
  let node: Element | null = element;
  while (node) {
    const value = node.getAttribute('lang');
    if (value) return supported(value);
    // A server render (Lit SSR) has no ancestors to climb, and maybe no `ShadowRoot` global.
    const root: Node | null = typeof node.getRootNode === 'function' ? node.getRootNode() : null;
    node =
      node.parentElement ??
      (typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root.host : null);
  }
  return 'en';
}

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}

const hosts = new Set<LocaleController>();

/** Formatters shared by every widget on the page: creating an Intl formatter is costly. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The options of a date at each precision; always UTC, so a date never shifts by a day. */
const DATE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};
let observer: MutationObserver | undefined;

/** One observer for the whole page: a page that switches `<html lang>` updates every widget. */
function watchDocumentLang(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    hosts.forEach((controller) => {
      controller.host.requestUpdate();
    });
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Resolves the widget's language and formats numbers and dates with `Intl` in it.
 * @internal
 */
export class LocaleController implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement;
  lang: Lang = 'en';

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    watchDocumentLang();
    this.sync();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /**
   * Re-reads the language; call at the start of `willUpdate`. `hydrating`: the widget's
   * first update in the browser after a server render, which saw no ancestor: only the
   * widget's own `lang` counts, as it did there.
   */
  sync(hydrating = false): Lang {
    const own = (this.host as { lang?: string }).lang;
    const lang = hydrating ? supported(own ?? '') : resolveLang(this.host, own);
    this.lang = lang;
    return lang;
  }

  /** A UI string in the widget's language. */
  t<K extends string>(
    strings: Strings<K>,
    key: NoInfer<K>,
    params?: Record<string, string | number>,
  ): string {
    return fill(strings[this.lang][key], params);
  }

  /**
   * A UI string that depends on a count: the table's `{key}One` where the language's
   * plural rule calls `count` "one" (1 in `en` and `es`), else `{key}`. `{count}` is
   * filled with the formatted number unless `params` gives it.
   */
  tn<K extends string>(
    strings: Strings<K>,
    key: NoInfer<K>,
    count: number,
    params: Record<string, string | number> = {},
  ): string {
    const table = strings[this.lang];
    const one = `${key}One` as K;
    const form = this.plural(count) === 'one' && one in table ? one : key;
    return fill(table[form], { count: this.number(count), ...params });
  }

  /** The language's plural category for `count` (`one`, `other`…). */
  plural(count: number): Intl.LDMLPluralRule {
    let rules = pluralRules.get(this.lang);
    if (!rules) {
      rules = new Intl.PluralRules(this.lang);
      pluralRules.set(this.lang, rules);
    }
    return rules.select(count);
  }

  /** A number, e.g. `105,752` (`en`) or `105 752` (`es`). */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    const key = options ? `${this.lang}|${JSON.stringify(options)}` : this.lang;
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(this.lang, options);
      numberFormats.set(key, format);
    }
    return format.format(value);
  }

  /** A number, in short form from a million: `105,752`, `2.4M` (`en`); `2,4 M` (`es`). */
  compact(value: number): string {
    return Math.abs(value) < 1_000_000
      ? this.number(value)
      : this.number(value, { notation: 'compact', maximumFractionDigits: 1 });
  }

  /** A date formatter in the widget's language, created once per page for these options. */
  dateFormat(
    options: Intl.DateTimeFormatOptions,
    key = `${this.lang}|${JSON.stringify(options)}`,
  ): Intl.DateTimeFormat {
    let format = dateFormats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(this.lang, options);
      dateFormats.set(key, format);
    }
    return format;
  }

  /** A `YYYY-MM-DD` date at its precision: `June 12, 2022`, `June 2022` or `2022`. */
  date(iso: string, precision: DatePrecision = 'day'): string {
    return this.dateFormat(DATE_OPTIONS[precision], `${this.lang}|${precision}`).format(toTime(iso));
  }
}
