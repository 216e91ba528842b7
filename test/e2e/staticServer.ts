import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** One request the server answered: method, path as requested (without the query), status. */
export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Every request answered so far, oldest first. */
  readonly requests: readonly LoggedRequest[];
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` read-only on 127.0.0.1 at a free port, under each of `mounts` (e.g. `/` and
 * `/tools/metricscope/`), as a plain static host would: `index.html` for a directory, 404 for
 * anything else, and a MIME type by extension (`text/javascript` for .js, which module scripts and
 * module workers require). Every request is logged, with `onRequest` told as it happens.
 */
export async function startStaticServer(
  root: string,
  mounts: readonly string[],
  onRequest: (request: LoggedRequest) => void = () => {},
): Promise<StaticServer> {
  const requests: LoggedRequest[] = [];
  const longestFirst = [...mounts].sort((a, b) => b.length - a.length);

  const resolveFile = async (path: string): Promise<string | null> => {
    const mount = longestFirst.find((m) => path.startsWith(m));
    if (mount === undefined) return null;
    const relative = normalize(decodeURIComponent(path.slice(mount.length)));
    if (relative.startsWith('..') || relative.includes(`${sep}..`)) return null;
    let file = join(root, relative);
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = join(file, 'index.html');
    const fileInfo = info?.isDirectory() ? await stat(file).catch(() => null) : info;
    return fileInfo?.isFile() ? file : null;
  };

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const log = (status: number) => {
      const entry = { method: req.method ?? 'GET', path, status };
      requests.push(entry);
      onRequest(entry);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      log(405);
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    resolveFile(path).then(
      (file) => {
        if (file === null) {
          log(404);
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
        log(200);
        res.writeHead(200, {
          'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
        });
        if (req.method === 'HEAD') res.end();
        else createReadStream(file).pipe(res);
      },
      (error: unknown) => {
        log(500);
        res.writeHead(500).end(String(error));
      },
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
