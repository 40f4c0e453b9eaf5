// The page side of the search benchmark: the archive search client as a reader's browser runs it,
// built by search-bench.ts into the served folder.
import { parseQuery } from '../../src/domain/search/query';
import type { FacetFilters, SearchSort } from '../../src/domain/search/results';
import { createArchiveSearch } from '../../src/features/search/archive-search';

/** What one query cost in the page, up to its first page of results. */
export interface QueryRun {
  readonly ms: number;
  readonly candidates: number;
  readonly results: number;
  readonly rejected: number;
}

declare global {
  interface Window {
    runSearch?: (text: string, filters: FacetFilters, sort: SearchSort) => Promise<QueryRun>;
    runFacets?: () => Promise<QueryRun>;
    runFloor?: (kind: 'file' | 'engine') => Promise<QueryRun>;
  }
}

const archive = createArchiveSearch({ bundlePath: '/pagefind/' });

window.runSearch = async (text, filters, sort) => {
  const started = performance.now();
  const reading = parseQuery(text);
  if (!reading.ok) throw new Error(reading.problem.message);
  const cursor = await archive.search({ query: reading.query, filters, sort });
  const page = await cursor.next(10);
  return {
    ms: performance.now() - started,
    candidates: cursor.candidates,
    results: page.results.length,
    rejected: page.rejected,
  };
};

window.runFacets = async () => {
  const started = performance.now();
  const facets = await archive.facets();
  return {
    ms: performance.now() - started,
    candidates: Object.keys(facets.speaker).length,
    results: 0,
    rejected: 0,
  };
};

// The floors: one small file fetched from the same server (a round trip), and the engine loaded
// with no query (what every cold query pays before its own index chunks).
window.runFloor = async (kind) => {
  const started = performance.now();
  if (kind === 'file') {
    const response = await fetch('/pagefind/pagefind-entry.json', { cache: 'no-store' });
    await response.arrayBuffer();
  } else {
    await archive.warm();
  }
  return { ms: performance.now() - started, candidates: 0, results: 0, rejected: 0 };
};
