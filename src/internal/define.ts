/**
 * Guarded registration: a second copy of the library on a page (the embed bundle plus an
 * npm copy, or one script tag pasted twice) must never throw "already defined".
 * @internal
 */
const warned = new Set<string>();

export function define(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== constructor && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `briefing-widgets: <${tag}> is already defined by another copy of the library; that copy is used. Load the library once to avoid this.`,
      );
    }
    return;
  }
  registry.define(tag, constructor);
}
