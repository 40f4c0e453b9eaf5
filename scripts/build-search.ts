// Writes the site's search index into dist/pagefind/ after the pages are written: the shipped
// briefing's turns, or, with PODIUM_ARCHIVE=DIR, every briefing of that archive (the shipped one
// among them), and beside the index the names of its facet values (facet-labels.json).
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArchiveModel } from '../src/domain/archive/types';
import {
  facetLabelsFile,
  listArchiveSearchRecords,
  listFacetLabels,
} from '../src/domain/search/archive-records';
import { paths } from '../src/routes/paths';
import { buildArchive } from './archive/build-archive';
import { describeSearchIndex, writeSearchIndex, type SearchIndexReport } from './search-index';

/** Where the index goes and which archive it holds. */
export interface SiteSearchOptions {
  /** The built site's folder. */
  readonly distDir: string;
  /** An archive folder (PODIUM_ARCHIVE); without one, the shipped briefing alone is indexed. */
  readonly archiveDir?: string | undefined;
}

// Without a folder, the archive holds the shipped pair alone.
async function readModel(archiveDir: string | undefined): Promise<ArchiveModel> {
  return (await buildArchive(archiveDir === undefined ? {} : { dir: archiveDir })).model;
}

/** Indexes the site's briefings for search into `distDir/pagefind/` and reports what it wrote. */
export async function buildSiteSearch(options: SiteSearchOptions): Promise<SearchIndexReport> {
  const model = await readModel(options.archiveDir);
  const records = listArchiveSearchRecords(model, {
    shipped: (exchangeId, turnId) => paths.exchange(exchangeId, { turnId }),
    briefing: (slug, exchangeId, turnId) => paths.briefing(slug, { exchangeId, turnId }),
  });
  const report = await writeSearchIndex(records, options.distDir);
  await writeFile(
    join(report.outputPath, facetLabelsFile),
    JSON.stringify(listFacetLabels(model, records)),
  );
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const archiveDir = process.env.PODIUM_ARCHIVE?.trim();
  const report = await buildSiteSearch({
    distDir: resolve(import.meta.dirname, '..', 'dist'),
    archiveDir: archiveDir === undefined || archiveDir === '' ? undefined : archiveDir,
  });
  console.log(`build-search: ${describeSearchIndex(report)}`);
  for (const problem of report.problems) console.log(`build-search: refused ${problem}`);
}
