/**
 * Copies text to the reader's clipboard; `false` where there is no clipboard (an
 * insecure page, an old browser) or the browser refuses, so the widget can offer the
 * text to copy by hand instead.
 * @internal
 */
export async function copyText(text: string): Promise<boolean> {
  const clipboard = (navigator as { clipboard?: Clipboard }).clipboard;
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
