/**
 * A value computed from inputs, computed again only when one of them changes (`===`):
 * for a widget's layouts that its every update would otherwise redo (a timeline of
 * 10,000 milestones redraws on each key press).
 * @internal
 */
export class Memo<T> {
  private inputs: readonly unknown[] | undefined;
  private value: T | undefined;

  get(inputs: readonly unknown[], compute: () => T): T {
    const last = this.inputs;
    if (!last || last.length !== inputs.length || inputs.some((input, index) => input !== last[index])) {
      this.value = compute();
      this.inputs = inputs;
    }
    return this.value as T;
  }
}
