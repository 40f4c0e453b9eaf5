// Builds the archive's part of the static site: the data files its pages load, and a prerendered
// HTML file for every archive page (home, lists, each briefing and exchange, each person and topic).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { archiveDataFolder } from '../../src/domain/archive/data-files';
import type { ArchiveModel } from '../../src/domain/archive/types';
import type { PrerenderedPage, SiteAddress } from '../../src/domain/site/page-meta';
import { writeArchiveData, type WrittenData } from './write-archive-data';

/** What the server entry (src/entry-server.tsx) offers for the archive. */
export interface ArchiveServerEntry {
  provideArchive(model: ArchiveModel): void;
  prerenderArchivePages(site: SiteAddress): AsyncGenerator<PrerenderedPage>;
}

/** What prerenderArchive wrote. */
export interface ArchivePagesWritten {
  pages: number;
  /** Bytes of HTML written. */
  pageBytes: number;
  data: WrittenData;
  /** Time spent rendering and writing the pages, data files aside. */
  pagesMs: number;
}

/**
 * Writes the archive's data under `distDir/archive-data/` and its pages into `distDir`, each page
 * put into `template` by `fill`. A page that does not render throws: the build must not publish it.
 */
export async function prerenderArchive(options: {
  readonly entry: ArchiveServerEntry;
  readonly model: ArchiveModel;
  readonly site: SiteAddress;
  readonly distDir: string;
  readonly fill: (page: PrerenderedPage) => string;
}): Promise<ArchivePagesWritten> {
  const { entry, model, site, distDir, fill } = options;
  const data = await writeArchiveData(model, join(distDir, archiveDataFolder));
  entry.provideArchive(model);
  const started = performance.now();
  let pages = 0;
  let pageBytes = 0;
  const folders = new Set<string>();
  for await (const page of entry.prerenderArchivePages(site)) {
    if (page.status !== 200) {
      throw new Error(
        `The archive page ${page.file} did not render (status ${String(page.status)})`,
      );
    }
    const file = join(distDir, page.file);
    const folder = dirname(file);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    const html = Buffer.from(fill(page), 'utf8');
    await writeFile(file, html);
    pages += 1;
    pageBytes += html.byteLength;
  }
  return { pages, pageBytes, data, pagesMs: performance.now() - started };
}
