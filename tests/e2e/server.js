/**
 * A static file server on 127.0.0.1 for the end-to-end checks: serves the repository,
 * records every request. Pages given in memory are sent with a strict Content-Security-Policy
 * header; files carry their own (the demo has a CSP meta tag).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const strictCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

/** Starts the server; `pages` maps a path to HTML served from memory. */
export async function serve(root, pages = {}) {
  const requests = [];
  const server = createServer((request, response) => {
    void respond(request, response);
  });
  async function respond(request, response) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const headers = { 'content-security-policy': strictCsp, 'cache-control': 'no-store' };
    if (url.pathname === '/favicon.ico') {
      // The browser's own probe, not the page's: answer it quietly.
      response.writeHead(204).end();
      return;
    }
    if (pages[url.pathname]) {
      response.writeHead(200, { ...headers, 'content-type': types['.html'] });
      response.end(pages[url.pathname]);
      return;
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path.endsWith('/') ? join(path, 'index.html') : path);
      response.writeHead(200, {
        'cache-control': 'no-store',
        'content-type': types[extname(path)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  }
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
