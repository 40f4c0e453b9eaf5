// Writes the archive's static search index: a Pagefind bundle of one record per briefing, holding
// its turns (see archive-pack.ts), which the search page loads in pieces (only the index chunks and
// briefings a query needs).
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { packBriefing, type PackedBriefing } from '../src/domain/search/archive-pack';
import { joinCompounds } from '../src/domain/search/compounds';
import type { SearchRecord } from '../src/domain/search/records';

/** What writing the index did: how many turns and briefings, files and bytes, how long it took. */
export interface SearchIndexReport {
  readonly outputPath: string;
  /** Turns indexed. */
  readonly records: number;
  /** Briefings indexed: the index holds one record per briefing (see archive-pack.ts). */
  readonly briefings: number;
  readonly files: number;
  readonly bytes: number;
  readonly milliseconds: number;
  /** Briefings Pagefind refused, with its reason; the rest are indexed. */
  readonly problems: readonly string[];
}

// The bundle also holds Pagefind's ready-made search interfaces; the archive draws its own, so
// they are left out of the site (its JavaScript API, pagefind.js, stays).
const unusedFiles = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

// Briefings are sent to Pagefind's indexer a batch at a time: one by one is slow, all at once holds
// every message in memory.
const batchSize = 100;

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

function toPagefindRecord(packed: PackedBriefing): pagefind.CustomRecord {
  return {
    url: packed.url,
    content: packed.content,
    language: packed.language,
    meta: { ...packed.meta },
    filters: Object.fromEntries(
      Object.entries(packed.filters).map(([name, values]) => [name, [...values]]),
    ),
    sort: { ...packed.sort },
  };
}

/** Each briefing's records together, in the order they came (turn order within a briefing). */
function groupBriefings(records: readonly SearchRecord[]): SearchRecord[][] {
  const groups = new Map<string, SearchRecord[]>();
  for (const record of records) {
    const group = groups.get(record.slug);
    if (group === undefined) groups.set(record.slug, [record]);
    else group.push(record);
  }
  return [...groups.values()];
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
  let turns = 0;
  let briefings = 0;
  try {
    const groups = groupBriefings(joinCompounds(records));
    for (let from = 0; from < groups.length; from += batchSize) {
      const batch = groups.slice(from, from + batchSize);
      const answers = await Promise.all(
        batch.map((group) => index.addCustomRecord(toPagefindRecord(packBriefing(group)))),
      );
      answers.forEach((answer, at) => {
        const group = batch[at] ?? [];
        if (answer.errors.length > 0) {
          problems.push(`${group[0]?.slug ?? '?'}: ${answer.errors.join('; ')}`);
        } else {
          turns += group.length;
          briefings += 1;
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
    records: turns,
    briefings,
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
  const refused =
    report.problems.length === 0 ? '' : `; ${report.problems.length} briefings refused`;
  return `Search index: ${report.records} turns of ${report.briefings} briefings, ${report.files} files, ${megabytes} MB in ${seconds} s (${report.outputPath})${refused}`;
}
