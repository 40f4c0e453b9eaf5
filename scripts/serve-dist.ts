// Serves the static build the way a production static host would: every path is a file, a folder
// serves its index.html, and an unknown path gets 404.html with status 404; text is compressed, hashed
// assets are cached for good and pages revalidated. No rewrite rules, so what works here works on any
// static host. `--spa-fallback` answers every path naming no file with index.html instead, as a host
// set up for single-page apps does. Under a base path (PODIUM_BASE=/podium/) the build is served there.
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../tests/bench/static-server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4173' },
    dir: { type: 'string', default: 'dist' },
    'spa-fallback': { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  throw new Error(`--port must be a port number, not ${values.port}`);
}
const dist = resolve(values.dir);
const folder = (process.env.PODIUM_BASE ?? '/').replace(/^\/+|\/+$/gu, '');

// A base path becomes a folder of a temporary root that links to the build, as on a host where the
// build was copied into that folder; that host's own 404 page is the build's.
let root = dist;
let cleanUp = (): Promise<void> => Promise.resolve();
if (folder.length > 0) {
  root = await mkdtemp(join(tmpdir(), 'podium-serve-'));
  const hostRoot = root;
  const parent = join(root, ...folder.split('/').slice(0, -1));
  await mkdir(parent, { recursive: true });
  await symlink(dist, join(root, folder), 'dir');
  await symlink(join(dist, '404.html'), join(root, '404.html'));
  cleanUp = () => rm(hostRoot, { recursive: true, force: true });
}

const server = await startStaticServer(root, {
  port,
  spaFallback: values['spa-fallback'] ? join(folder, 'index.html') : undefined,
});
console.log(
  `Serving ${dist} at ${server.origin}/${folder.length > 0 ? `${folder}/` : ''}` +
    (values['spa-fallback'] ? ' (unknown paths get index.html)' : ''),
);

// Open keep-alive connections would hold `close` up; ending the process ends them.
const stop = (): void => {
  void cleanUp().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
