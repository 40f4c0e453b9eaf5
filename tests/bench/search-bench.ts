// Search benchmark (printed, never asserted): for generated archives of 100 and 2,000 briefings,
// the time and size of writing the Pagefind index, and in Chromium against a plain static server
// the bytes and time to first results of a cold query, a warm one, a phrase and a faceted query.
// The archive section of `npm run bench` calls `measureSearch`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { build } from 'vite';
import { writeSearchIndex, type SearchIndexReport } from '../../scripts/search-index';
import { generateTranscript } from '../../src/domain/generate/generate-transcript';
import { listSearchRecords, type SearchRecord } from '../../src/domain/search/records';
import type { FacetFilters, SearchSort } from '../../src/domain/search/results';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import { launchBrowser } from './browser-metrics';
import type { QueryRun } from './search-bench-page';
import { startStaticServer } from './static-server';

const turnsPerBriefing = 20;
const publishers = ['Department of Example', 'Ministry of Samples', 'Office of Invention'];
const firstDay = Date.UTC(2015, 0, 1);
const tenYears = 10 * 365 * 24 * 3600 * 1000;

const slugOf = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The search records of `count` generated briefings of about 20 turns, spread over ten years. */
export function generateSearchRecords(count: number): SearchRecord[] {
  return Array.from({ length: count }, (_, index) => {
    const transcript = parseTranscript(
      generateTranscript({ turns: turnsPerBriefing, seed: index + 1 }),
    );
    const date = new Date(firstDay + (index * tenYears) / count).toISOString().slice(0, 10);
    const slug = `${date}-${String(index + 1)}`;
    return listSearchRecords(
      {
        slug,
        title: transcript.title,
        date,
        publisher: publishers[index % publishers.length],
        transcript,
      },
      {
        permalink: (exchangeId, turnId) => `/briefings/${slug}/exchange/${exchangeId}/#${turnId}`,
        speakerSlug: (speaker) => slugOf(speaker.name),
      },
    );
  }).flat();
}

interface BenchQuery {
  readonly label: string;
  /** Absent: load the facet lists (what a search page does after showing the first results). */
  readonly text?: string;
  readonly filters: FacetFilters;
  readonly sort: SearchSort;
}

// Run in this order in one page: the first loads the engine (cold), the others reuse it.
const queries: readonly BenchQuery[] = [
  { label: 'cold: Libya', text: 'Libya', filters: {}, sort: 'newest' },
  {
    label: 'warm: military cooperation',
    text: 'military cooperation',
    filters: {},
    sort: 'newest',
  },
  { label: 'phrase: "coast guard"', text: '"coast guard"', filters: {}, sort: 'newest' },
  { label: 'facet lists (after a query)', filters: {}, sort: 'newest' },
  { label: 'faceted: F-35, 2019', text: 'F-35', filters: { year: ['2019'] }, sort: 'relevance' },
];

export interface QueryRow extends QueryRun {
  readonly label: string;
  /** Bytes fetched for the query, as a host that compresses text would send them. */
  readonly bytes: number;
  readonly files: number;
}

export interface SearchBenchRow {
  readonly briefings: number;
  readonly index: SearchIndexReport;
  readonly queries: readonly QueryRow[];
}

/** Builds the page side (search-bench-page.ts) into `dir` with the app's own bundler. */
async function buildBenchPage(dir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: join(dir, 'bench'),
      emptyOutDir: true,
      minify: true,
      lib: {
        entry: join(import.meta.dirname, 'search-bench-page.ts'),
        formats: ['es'],
        fileName: () => 'search.js',
      },
    },
  });
  await writeFile(
    join(dir, 'bench', 'index.html'),
    '<!doctype html><html lang="en"><title>Search bench</title><script type="module" src="/bench/search.js"></script></html>',
  );
}

/** Counts what the page fetches under /pagefind/ while `run` runs. */
async function countFetches(page: Page, run: () => Promise<QueryRun>) {
  const sizes: Promise<number>[] = [];
  const listener = (response: Response): void => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    sizes.push(
      response
        .body()
        .then((body) => {
          const size = Math.min(body.length, gzipSync(body).length);
          if (process.env.PODIUM_BENCH_FILES !== undefined) console.log(path, size);
          return size;
        })
        .catch(() => 0),
    );
  };
  page.on('response', listener);
  const result = await run();
  page.off('response', listener);
  const all = await Promise.all(sizes);
  return { ...result, bytes: all.reduce((sum, size) => sum + size, 0), files: all.length };
}

/** Measures index build and queries for archives of each size. */
export async function measureSearch(
  sizes: readonly number[] = [100, 2000],
): Promise<SearchBenchRow[]> {
  const rows: SearchBenchRow[] = [];
  for (const briefings of sizes) {
    const site = await mkdtemp(join(tmpdir(), 'podium-search-bench-'));
    try {
      const index = await writeSearchIndex(generateSearchRecords(briefings), site);
      await buildBenchPage(site);
      const server = await startStaticServer(site);
      const browser = await launchBrowser();
      try {
        const measured: QueryRow[] = [];
        // The floors, each in a fresh page of its own so that nothing is cached.
        for (const kind of ['file', 'engine'] as const) {
          const floorPage = await (await browser.newContext()).newPage();
          await floorPage.goto(`${server.origin}/bench/`);
          await floorPage.waitForFunction(() => window.runFloor !== undefined);
          const run = await countFetches(floorPage, () =>
            floorPage.evaluate((which) => {
              const { runFloor } = window;
              if (runFloor === undefined) throw new Error('The bench page did not load.');
              return runFloor(which);
            }, kind),
          );
          measured.push({
            label: kind === 'file' ? 'floor: one small file' : 'floor: engine load, no query',
            ...run,
          });
          await floorPage.context().close();
        }
        const page = await (await browser.newContext()).newPage();
        await page.goto(`${server.origin}/bench/`);
        await page.waitForFunction(() => window.runSearch !== undefined);
        for (const query of queries) {
          const run = await countFetches(page, () =>
            page.evaluate(
              ({ text, filters, sort }) => {
                const { runSearch, runFacets } = window;
                if (runSearch === undefined || runFacets === undefined) {
                  throw new Error('The bench page did not load.');
                }
                return text === undefined ? runFacets() : runSearch(text, filters, sort);
              },
              { text: query.text, filters: query.filters, sort: query.sort },
            ),
          );
          measured.push({ label: query.label, ...run });
        }
        rows.push({ briefings, index, queries: measured });
      } finally {
        await browser.close();
        await server.close();
      }
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  }
  return rows;
}

/** Prints the figures as two tables: the index, then the queries. */
export function printSearchBench(rows: readonly SearchBenchRow[]): void {
  console.table(
    rows.map((row) => ({
      briefings: row.briefings,
      turns: row.index.records,
      'index records': row.index.briefings,
      'build s': (row.index.milliseconds / 1000).toFixed(1),
      'index MB': (row.index.bytes / 1024 / 1024).toFixed(2),
      files: row.index.files,
    })),
  );
  console.table(
    rows.flatMap((row) =>
      row.queries.map((query) => ({
        briefings: row.briefings,
        query: query.label,
        'first results ms': query.ms.toFixed(0),
        'KB fetched': (query.bytes / 1024).toFixed(1),
        files: query.files,
        'briefings offered': query.candidates,
        results: query.results,
        rejected: query.rejected,
      })),
    ),
  );
}
