// Writes a static HTML file for every page of the built-in briefing into dist/, after `vite build` and
// the server build of src/entry-server.tsx. Each file is the client build's index.html (with its hashed
// script and stylesheet) holding the page's head tags and its server-rendered HTML in #root, so that a
// plain static host serves every permalink as a file and the page reads without JavaScript.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../src/domain/site/content-security-policy';
import {
  renderedPathAttribute,
  renderModeAttribute,
  type PrerenderedPage,
  type SiteAddress,
} from '../src/domain/site/page-meta';
import { buildArchive, describeArchiveBuild, describeArchiveNotes } from './archive/build-archive';
import { prerenderArchive, type ArchiveServerEntry } from './archive/prerender-archive';
import { seedPreloadAttribute } from './prebuilt-seeds';
import { writePreviewImages } from './preview-images';

interface ServerEntry extends ArchiveServerEntry {
  prerenderPages(site: SiteAddress): Promise<PrerenderedPage[]>;
}

const projectRoot = resolve(import.meta.dirname, '..');
const distDir = join(projectRoot, 'dist');
const serverEntry = join(projectRoot, '.vite/podium-ssr/entry-server.js');

// The template's markers (index.html): what stands between them is the dev server's default head.
const headStart = '<!--podium:head-->';
const headEnd = '<!--/podium:head-->';
const emptyRoot = '<div id="root"></div>';
const charsetTag = '<meta charset="UTF-8" />';

// A <meta> policy cannot carry these (browsers ignore them there and say so in the console); a host that
// sends the policy as a header can add them.
const headerOnlyDirectives = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** Every distinct `style` attribute value in the rendered HTML, decoded as the browser reads it. */
export function findStyleAttributes(html: string): string[] {
  const values = [...html.matchAll(/\sstyle="([^"]*)"/gu)].map((match) =>
    (match[1] ?? '')
      .replaceAll('&quot;', '"')
      .replaceAll('&#x27;', "'")
      .replaceAll('&#39;', "'")
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&'),
  );
  return [...new Set(values)];
}

/**
 * The page's policy for a <meta> tag. React writes a few layout values as style attributes (a rail
 * segment's height, the story width); `style-src 'self'` would refuse them in served HTML, so exactly
 * those values are allowed by hash, and no other inline style is.
 */
export function composePolicy(html: string): string {
  const hashes = findStyleAttributes(html).map(
    (value) => `'sha256-${createHash('sha256').update(value, 'utf8').digest('base64')}'`,
  );
  return contentSecurityPolicy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => !headerOnlyDirectives.has(directive.split(' ')[0] ?? ''))
    .map((directive) =>
      directive.startsWith('style-src ') && hashes.length > 0
        ? `${directive} 'unsafe-hashes' ${hashes.join(' ')}`
        : directive,
    )
    .join('; ');
}

const escapeAttribute = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

function replaceOnce(template: string, marker: string, replacement: string): string {
  const at = template.indexOf(marker);
  if (at === -1) throw new Error(`dist/index.html has no ${marker}: was index.html changed?`);
  return template.slice(0, at) + replacement + template.slice(at + marker.length);
}

// The build preloads the built-in documents' data on every page; only the viewer's pages read it, and
// a browser warns about a preload that goes unused.
const seedPreload = new RegExp(`\\s*<link\\b[^>]*\\s${seedPreloadAttribute}\\b[^>]*>`, 'gu');

/** Puts one page into the client build's HTML. */
export function fillTemplate(template: string, page: PrerenderedPage): string {
  const start = template.indexOf(headStart);
  const end = template.indexOf(headEnd);
  if (start === -1 || end < start) throw new Error(`dist/index.html has no ${headStart} block`);
  const filled = template.slice(0, start) + page.head + template.slice(end + headEnd.length);
  const withHead = page.showsSeeds ? filled : filled.replace(seedPreload, '');
  const policy = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(composePolicy(page.html))}" />`;
  const withPolicy = replaceOnce(withHead, charsetTag, `${charsetTag}\n    ${policy}`);
  const rootAttributes = `${renderModeAttribute}="${page.mode}" ${renderedPathAttribute}="${escapeAttribute(page.address)}"`;
  return replaceOnce(withPolicy, emptyRoot, `<div id="root" ${rootAttributes}>${page.html}</div>`);
}

function readSite(): SiteAddress {
  const base = process.env.PODIUM_BASE ?? '/';
  const siteUrl = process.env.PODIUM_SITE_URL?.trim();
  if (siteUrl === undefined || siteUrl.length === 0) return { base };
  // Fail the build on a typo rather than publish broken previews.
  return { base, siteUrl: new URL(siteUrl).origin };
}

/**
 * The archive's pages: the shipped pair's, and with PODIUM_ARCHIVE=DIR those of every briefing and
 * story in DIR. A file that cannot be read is reported and left out; an unreadable DIR fails.
 */
async function buildArchivePages(
  entry: ServerEntry,
  site: SiteAddress,
  template: string,
): Promise<void> {
  const dir = process.env.PODIUM_ARCHIVE?.trim();
  const folder = dir === undefined || dir.length === 0 ? undefined : dir;
  const build = await buildArchive({ dir: folder }).catch((error: unknown) => {
    throw new Error(
      `PODIUM_ARCHIVE=${String(folder)} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  for (const line of describeArchiveNotes(build)) console.log(line);
  const written = await prerenderArchive({
    entry,
    model: build.model,
    site,
    distDir,
    fill: (page) => fillTemplate(template, page),
  });
  console.log(
    `${describeArchiveBuild(build)}; ${String(written.pages)} pages in ` +
      `${(written.pagesMs / 1000).toFixed(1)} s; ${String(written.data.files)} data files ` +
      `(${(written.data.bytes / 1024 / 1024).toFixed(1)} MB)${dir === undefined || dir.length === 0 ? ' (the shipped pair; PODIUM_ARCHIVE=DIR adds a folder)' : ` from ${dir}`}`,
  );
}

async function main(): Promise<void> {
  const site = readSite();
  const template = await readFile(join(distDir, 'index.html'), 'utf8');
  const entry = (await import(pathToFileURL(serverEntry).href)) as ServerEntry;
  const pages = await entry.prerenderPages(site);
  const failed = pages.filter((page) => page.mode === 'hydrate' && page.status !== 200);
  if (failed.length > 0) {
    throw new Error(`These pages did not render: ${failed.map((page) => page.file).join(', ')}`);
  }
  await Promise.all(
    pages.map(async (page) => {
      const file = join(distDir, page.file);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, fillTemplate(template, page));
    }),
  );
  console.log(`prerender: wrote ${String(pages.length)} pages under base ${site.base}`);
  const images = await writePreviewImages(
    distDir,
    pages.flatMap((page) => (page.preview === undefined ? [] : [page.preview])),
  );
  console.log(
    `prerender: drew ${String(images.count)} preview images (1200×630 PNG) in ` +
      `${images.milliseconds.toFixed(0)} ms, ${(images.bytes / 1024).toFixed(1)} KiB in all`,
  );
  await buildArchivePages(entry, site, template);
  console.log(
    site.siteUrl === undefined
      ? 'prerender: PODIUM_SITE_URL is not set, so pages name no canonical link and no og:url ' +
          '(both must be absolute) and og:image links are root-relative: set ' +
          'PODIUM_SITE_URL=https://your.host to write them in full'
      : `prerender: canonical, og:url and og:image links start with ${site.siteUrl}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}
