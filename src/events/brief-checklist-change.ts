/**
 * Fired by `<brief-recommendation-checklist>` when the reader ticks or unticks an action.
 * Its type is the native `change`; it bubbles and crosses shadow roots. Setting data or
 * restoring saved or shared ticks fires none.
 */
export class BriefChecklistChangeEvent extends Event {
  /** Id of the action the reader ticked or unticked, e.g. `rec-1-a`. */
  readonly actionId: string;
  /** The action's new state: `true` when ticked. */
  readonly checked: boolean;

  constructor(actionId: string, checked: boolean) {
    super('change', { bubbles: true, composed: true });
    this.actionId = actionId;
    this.checked = checked;
  }
}
