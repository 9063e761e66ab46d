import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/**
 * A tiny static server for a built site, like a plain static host: directory URLs serve index.html, unknown paths
 * serve 404.html with status 404. Used by `npm run check`, the browser tests and the screenshots; it binds to 127.0.0.1 on a free port.
 */
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
  /** Origin with no trailing slash, such as "http://127.0.0.1:41234". */
  origin: string;
  close(): Promise<void>;
}

function fileFor(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return undefined; // no ../ escapes
  try {
    const stat = statSync(full);
    if (stat.isFile()) return full;
    if (stat.isDirectory()) {
      const index = join(full, 'index.html');
      if (statSync(index).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Serves `rootDir` at `base` ("/" or a prefix such as "/trust/", as the site's base URL has it). */
export function serveStatic(rootDir: string, port = 0, base = '/'): Promise<StaticServer> {
  const root = normalize(rootDir).replace(/[\\/]+$/, '');
  const server: Server = createServer((req, res) => {
    const requested = req.url ?? '/';
    const urlPath = requested.startsWith(base) ? `/${requested.slice(base.length)}` : '/\0outside-the-site';
    // A directory URL without its slash redirects, as static hosts do, so relative URLs resolve the same way.
    const bare = urlPath.split('?')[0] ?? '/';
    if (!bare.endsWith('/') && extname(bare) === '' && fileFor(root, `${bare}/`)) {
      res.writeHead(301, { Location: `${requested.split('?')[0]}/` }).end();
      return;
    }
    const file = fileFor(root, urlPath);
    const target = file ?? fileFor(root, '/404.html');
    if (!target) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(file ? 200 : 404, {
      'Content-Type': types[extname(target)] ?? 'application/octet-stream',
      'Content-Length': statSync(target).size,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(target).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
