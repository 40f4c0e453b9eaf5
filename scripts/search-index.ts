// Writes the archive's static search index: a Pagefind bundle of one record per turn, which the
// search page loads in pieces (only the index chunks and result fragments a query needs).
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { joinCompounds } from '../src/domain/search/compounds';
import type { SearchRecord } from '../src/domain/search/records';
import { facetNames } from '../src/domain/search/results';
import { sealMeta } from '../src/domain/search/sealed-meta';

/** What writing the index did: how many records, files and bytes, how long it took. */
export interface SearchIndexReport {
  readonly outputPath: string;
  readonly records: number;
  readonly files: number;
  readonly bytes: number;
  readonly milliseconds: number;
  /** Records Pagefind refused, with its reason; the rest are indexed. */
  readonly problems: readonly string[];
}

// The bundle also holds Pagefind's ready-made search interfaces; the archive draws its own, so
// they are left out of the site (its JavaScript API, pagefind.js, stays).
const unusedFiles = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

// Records are sent to Pagefind's indexer a batch at a time: one by one is slow, all at once holds
// every message in memory.
const batchSize = 200;

async function sizeOf(path: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

function toPagefindRecord(record: SearchRecord): pagefind.CustomRecord {
  // The details are sealed, so that only the turn's words find it; its joined compounds stay
  // searchable (see sealed-meta.ts and compounds.ts).
  const { joined, ...details } = record.meta;
  const meta: Record<string, string> = {
    card: sealMeta(details),
    ...(joined === undefined ? {} : { joined }),
  };
  const filters: Record<string, string[]> = {};
  for (const name of facetNames) {
    const values = record.filters[name];
    if (values.length > 0) filters[name] = [...values];
  }
  return {
    url: record.url,
    content: record.content,
    language: record.language,
    meta,
    filters,
    sort: { ...record.sort },
  };
}

/** Writes the search index of `records` to `siteDir/pagefind/`, replacing any there, and reports. */
export async function writeSearchIndex(
  records: readonly SearchRecord[],
  siteDir: string,
): Promise<SearchIndexReport> {
  const started = performance.now();
  const outputPath = join(siteDir, 'pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const problems: string[] = [];
  try {
    const joined = joinCompounds(records);
    for (let from = 0; from < joined.length; from += batchSize) {
      const batch = joined.slice(from, from + batchSize);
      const answers = await Promise.all(
        batch.map((record) => index.addCustomRecord(toPagefindRecord(record))),
      );
      answers.forEach((answer, at) => {
        if (answer.errors.length > 0) {
          problems.push(`${batch[at]?.url ?? '?'}: ${answer.errors.join('; ')}`);
        }
      });
    }
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) {
      throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    }
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
  for (const name of await readdir(outputPath)) {
    if (unusedFiles.test(name)) await rm(join(outputPath, name));
  }
  const { files, bytes } = await sizeOf(outputPath);
  return {
    outputPath,
    records: records.length - problems.length,
    files,
    bytes,
    milliseconds: performance.now() - started,
    problems,
  };
}

/** One line for the build log: what the search index holds and what it cost. */
export function describeSearchIndex(report: SearchIndexReport): string {
  const megabytes = (report.bytes / 1024 / 1024).toFixed(1);
  const seconds = (report.milliseconds / 1000).toFixed(1);
  const refused = report.problems.length === 0 ? '' : `; ${report.problems.length} records refused`;
  return `Search index: ${report.records} turns, ${report.files} files, ${megabytes} MB in ${seconds} s (${report.outputPath})${refused}`;
}
