// `npm run check-links [-- --dir DIR]`: walks the built site and reports every internal link that
// no file answers, as a plain static host serves it (a folder serves its index.html), and every
// `#id` fragment with no element of that id on the page it points to. Exits 1 when any is broken.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

/** A link that does not resolve, on the page that holds it. */
export interface BrokenLink {
  /** The page, as a path inside the site: "exchange/x3/index.html". */
  page: string;
  link: string;
  reason: string;
}

/** What a check found. */
export interface LinkReport {
  pages: number;
  /** Internal links checked (each occurrence). */
  links: number;
  /** Links to addresses only the app serves (from 404.html), which no file answers by design. */
  appOnly: number;
  broken: BrokenLink[];
}

/** Options of checkLinks. */
export interface CheckLinksOptions {
  /** The path the site is served under: "/" or "/podium/". */
  base?: string;
  /** Absolute links that start with this origin are the site's own (canonical and og:url links). */
  siteUrl?: string;
  /** Address prefixes (inside the base) that the app opens from 404.html: saved documents, samples. */
  appRoutes?: readonly string[];
}

/** Addresses the app opens from 404.html on any static host: no file is meant to answer them. */
export const defaultAppRoutes: readonly string[] = ['/sample/', '/d/'];

const urlAttributes =
  /\s(href|src|srcset|action|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/giu;
const urlMetaTags =
  /<meta\s[^>]*(?:property|name)\s*=\s*["'](?:og:url|og:image|twitter:image)["'][^>]*>/giu;
const contentAttribute = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/iu;
const idAttribute = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/giu;

const entities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Decodes the character references an attribute value may hold. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** Every URL a page's tags point to: href, src, srcset, action, poster, and og:url/og:image. */
export function extractLinks(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(urlAttributes)) {
    const value = decodeAttribute(match[2] ?? match[3] ?? match[4] ?? '').trim();
    if (match[1]?.toLowerCase() === 'srcset') {
      for (const candidate of value.split(',')) {
        const url = candidate.trim().split(/\s+/u)[0];
        if (url !== undefined && url.length > 0) links.push(url);
      }
    } else links.push(value);
  }
  for (const [tag] of html.matchAll(urlMetaTags)) {
    const content = contentAttribute.exec(tag);
    const value = content?.[1] ?? content?.[2];
    if (value !== undefined) links.push(decodeAttribute(value).trim());
  }
  return links;
}

/** Every id of a page's elements. */
export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of html.matchAll(idAttribute))
    ids.add(decodeAttribute(match[1] ?? match[2] ?? match[3] ?? ''));
  return ids;
}

async function listPages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

const isExternal = (link: string): boolean =>
  /^[a-z][a-z0-9+.-]*:/iu.test(link) || link.startsWith('//');

async function kindOf(path: string): Promise<'file' | 'folder' | undefined> {
  try {
    const found = await stat(path);
    return found.isDirectory() ? 'folder' : found.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks every internal link of every page under `dir`: its path (without query) must be a file,
 * or a folder with an index.html; a fragment must name an element of the page it lands on.
 */
export async function checkLinks(
  dir: string,
  options: CheckLinksOptions = {},
): Promise<LinkReport> {
  const root = resolve(dir);
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/gu, '')}/`.replace('//', '/');
  const appRoutes = options.appRoutes ?? defaultAppRoutes;
  const siteUrl = options.siteUrl?.replace(/\/+$/u, '');
  const pages = await listPages(root);
  const idsOf = new Map<string, Promise<Set<string>>>();
  const readIds = (file: string): Promise<Set<string>> => {
    let ids = idsOf.get(file);
    if (ids === undefined) {
      ids = readFile(join(root, file), 'utf8').then(extractIds);
      idsOf.set(file, ids);
    }
    return ids;
  };
  const report: LinkReport = { pages: pages.length, links: 0, appOnly: 0, broken: [] };
  for (const page of pages) {
    const html = await readFile(join(root, page), 'utf8');
    idsOf.set(page, Promise.resolve(extractIds(html)));
    // A page at "exchange/x3/index.html" is served at "<base>exchange/x3/".
    const pageUrl = `${base}${page.replace(/(?:^|\/)index\.html$/u, (end) => (end.startsWith('/') ? '/' : ''))}`;
    for (const raw of extractLinks(html)) {
      let link = raw;
      if (siteUrl !== undefined && (link === siteUrl || link.startsWith(`${siteUrl}/`))) {
        link = link.slice(siteUrl.length) || '/';
      }
      if (link.length === 0 || isExternal(link)) continue;
      report.links += 1;
      const broken = (reason: string) => report.broken.push({ page, link: raw, reason });
      const hashAt = link.indexOf('#');
      const fragment = hashAt === -1 ? undefined : link.slice(hashAt + 1);
      const address = (hashAt === -1 ? link : link.slice(0, hashAt)).replace(/\?.*$/su, '');
      let path: string;
      try {
        path = decodeURI(
          address.length === 0 ? pageUrl : posix.resolve(posix.dirname(`${pageUrl}x`), address),
        );
      } catch {
        broken('the address is not valid percent-encoding');
        continue;
      }
      if (address.endsWith('/') && !path.endsWith('/')) path += '/';
      if (!path.startsWith(base) && `${path}/` !== base) {
        broken(`it points outside the site's base ${base}`);
        continue;
      }
      const inside = path.slice(base.length);
      if (appRoutes.some((route) => `/${inside}`.startsWith(route))) {
        report.appOnly += 1;
        continue;
      }
      let file = inside;
      const kind =
        inside === '' || inside.endsWith('/') ? 'folder' : await kindOf(join(root, inside));
      if (kind === 'folder') file = posix.join(inside, 'index.html');
      if (kind === undefined || (await kindOf(join(root, file))) !== 'file') {
        broken(
          kind === 'folder' ? `no file answers it (${file} is missing)` : 'no file answers it',
        );
        continue;
      }
      if (fragment === undefined || fragment.length === 0 || !file.endsWith('.html')) continue;
      const id = decodeURIComponent(fragment);
      if (!(await readIds(file)).has(id)) broken(`${file} has no element with id "${id}"`);
    }
  }
  return report;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  const dir = resolve(values.dir);
  if ((await kindOf(dir)) !== 'folder') {
    process.stderr.write(
      `check-links: there is no ${values.dir}/ folder; run npm run build first\n`,
    );
    process.exitCode = 1;
    return;
  }
  const report = await checkLinks(dir, {
    base: process.env.PODIUM_BASE ?? '/',
    ...(process.env.PODIUM_SITE_URL === undefined ? {} : { siteUrl: process.env.PODIUM_SITE_URL }),
  });
  for (const { page, link, reason } of report.broken) {
    process.stdout.write(`check-links: ${page}: ${link}: ${reason}\n`);
  }
  process.stdout.write(
    `check-links: ${report.pages} pages, ${report.links} internal links, ${report.broken.length} broken` +
      (report.appOnly > 0
        ? ` (${report.appOnly} to addresses the app opens from 404.html, not checked)`
        : '') +
      '\n',
  );
  if (report.broken.length > 0) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
