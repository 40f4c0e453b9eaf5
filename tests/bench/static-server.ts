import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const isFile = async (path: string): Promise<boolean> => {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * `extraPages` serves generated HTML at exact paths (the benchmark's script-free floor pages).
 * A plain static file server with no rewrite rules: a path is a file, a folder serves its index.html,
 * anything else gets 404.html with status 404. It stands for any static host the built app is put on.
 */
export async function startStaticServer(
  root: string,
  options: { port?: number; extraPages?: ReadonlyMap<string, string> } = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const { port = 0, extraPages = new Map<string, string>() } = options;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const extra = extraPages.get(url.pathname);
      if (extra !== undefined) {
        response.writeHead(200, { 'content-type': contentTypes['.html'] }).end(extra);
        return;
      }
      const path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) {
        response.writeHead(400).end();
        return;
      }
      const candidates = [path, join(path, 'index.html')];
      for (const candidate of candidates) {
        if (await isFile(candidate)) {
          response.writeHead(200, {
            'content-type': contentTypes[extname(candidate)] ?? 'application/octet-stream',
          });
          createReadStream(candidate).pipe(response);
          return;
        }
      }
      const notFound = join(base, '404.html');
      response.writeHead(404, { 'content-type': contentTypes['.html'] });
      if (await isFile(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
    })();
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise<void>((done) =>
        server.close(() => {
          done();
        }),
      ),
  };
}
