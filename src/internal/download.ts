import { messageOf } from './error-message.js';

/**
 * Hands the reader a file made in the page (CSV, Markdown, `.ics`): no request, no
 * server. The object URL is revoked once the browser has started the download.
 * @internal
 */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/**
 * Hands the reader a file whose maker is loaded on demand (its code stays out of the
 * widget's first download): `make` loads it and returns the file. Never rejects: when the
 * code cannot be loaded (the page went offline), one console error names the widget.
 * @internal
 */
export async function downloadLater(
  tag: string,
  make: () => Promise<[fileName: string, text: string, type: string]>,
): Promise<void> {
  try {
    downloadFile(...(await make()));
  } catch (error) {
    console.error(`briefing-widgets: <${tag}> could not make the file to download: ${messageOf(error)}`);
  }
}
