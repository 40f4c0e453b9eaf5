import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { basename, dirname, extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';

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

// Text compresses; images already are.
const compressible = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt', '.webmanifest']);

// Vite writes every hashed file into assets/: a new build gives changed files new names, so a
// browser may keep them for good. Pages keep their address across builds and must be asked again.
const cacheControl = {
  hashed: 'public, max-age=31536000, immutable',
  page: 'public, max-age=0, must-revalidate',
  other: 'public, max-age=3600',
};

type Encoding = 'br' | 'gzip' | 'identity';

// The quality hosts use when they compress as they serve: the best quality (11) makes files about a
// tenth smaller but takes seconds for the app's largest script on a busy machine, holding its first
// request up.
const brotliQuality = 5;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The encoding a production host would pick from the request's Accept-Encoding. */
function chooseEncoding(request: IncomingMessage, extension: string): Encoding {
  if (!compressible.has(extension)) return 'identity';
  const accepted = (request.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.trim().split(';')[0]?.trim());
  if (accepted.includes('br')) return 'br';
  return accepted.includes('gzip') ? 'gzip' : 'identity';
}

function encode(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: brotliQuality,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  }
  if (encoding === 'gzip') return gzipAsync(body, { level: 6 });
  return Promise.resolve(body);
}

interface FoundFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

const findFile = async (path: string): Promise<FoundFile | undefined> => {
  try {
    const found = await stat(path);
    return found.isFile() ? { path, size: found.size, mtimeMs: found.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** 0 (the default) lets the system pick a free port. */
  readonly port?: number;
  /** Generated HTML served at exact paths (the benchmark's script-free floor pages). */
  readonly extraPages?: ReadonlyMap<string, string>;
  /**
   * A page (relative to the root, such as `index.html`) that answers every path naming no file, with
   * status 200, as a single-page-app host does (a storage bucket behind a CDN whose error page is the
   * app, or a catch-all rewrite). Such a host does not look for a folder's index.html either.
   */
  readonly spaFallback?: string | undefined;
}

/**
 * Serves a static build as a production host would: text compressed (brotli, else gzip), hashed
 * assets cached for good, pages revalidated on every visit (ETag, 304), and no rewrite rules. A path
 * is a file, a folder serves its index.html, anything else gets 404.html with status 404 (unless
 * `spaFallback` names the page to answer with instead). It stands for any static host the app is put on.
 */
export async function startStaticServer(
  root: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const { port = 0, extraPages = new Map<string, string>(), spaFallback } = options;
  // Compressed bodies, by file, modification time and encoding: compressing once per build is what
  // a host that stores precompressed files does.
  const encoded = new Map<string, Promise<Buffer>>();
  const readEncoded = (file: FoundFile, encoding: Encoding) => {
    const key = `${file.path}\0${String(file.mtimeMs)}\0${encoding}`;
    let body = encoded.get(key);
    if (body === undefined) {
      body = readFile(file.path).then((raw) => encode(raw, encoding));
      encoded.set(key, body);
    }
    return body;
  };

  const send = async (
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    file: FoundFile,
  ): Promise<void> => {
    const extension = extname(file.path);
    const encoding = chooseEncoding(request, extension);
    const hashed = basename(dirname(file.path)) === 'assets';
    const etag = `W/"${file.size.toString(36)}-${Math.floor(file.mtimeMs).toString(36)}-${encoding}"`;
    const headers: Record<string, string> = {
      'content-type': contentTypes[extension] ?? 'application/octet-stream',
      'cache-control': hashed
        ? cacheControl.hashed
        : extension === '.html'
          ? cacheControl.page
          : cacheControl.other,
      etag,
      vary: 'Accept-Encoding',
      'x-content-type-options': 'nosniff',
    };
    if (status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const body = await readEncoded(file, encoding);
    if (encoding !== 'identity') headers['content-encoding'] = encoding;
    headers['content-length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
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
    const candidates = spaFallback === undefined ? [path, join(path, 'index.html')] : [path];
    for (const candidate of candidates) {
      const file = await findFile(candidate);
      if (file) {
        await send(request, response, 200, file);
        return;
      }
    }
    const fallback = await findFile(join(base, spaFallback ?? '404.html'));
    if (fallback) await send(request, response, spaFallback === undefined ? 404 : 200, fallback);
    else response.writeHead(404, { 'content-type': contentTypes['.txt'] }).end('Not found');
  };

  const server: Server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => {
          done();
        });
        // Keep-alive connections from a closed browser would hold the close up.
        server.closeAllConnections();
      }),
  };
}
