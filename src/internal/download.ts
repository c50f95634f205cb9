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
