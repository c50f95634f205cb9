/**
 * The message of anything thrown, for an error panel: an Error's message, else the value
 * as text; never throws itself (a hostile value may throw when turned into text).
 * @internal
 */
export function messageOf(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}
