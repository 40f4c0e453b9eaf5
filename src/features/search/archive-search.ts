import type { SearchQuery } from '../../domain/search/query';
import type { SearchRecordFilters, SearchRecordMeta } from '../../domain/search/records';
import { openMeta } from '../../domain/search/sealed-meta';
import {
  checkRecord,
  facetNames,
  sortResults,
  type FacetCounts,
  type FacetFilters,
  type SearchResult,
  type SearchSort,
} from '../../domain/search/results';
import {
  loadPagefind,
  type PagefindFilterCounts,
  type PagefindFilters,
  type PagefindModule,
  type PagefindResult,
  type PagefindResultData,
  type PagefindSearchOptions,
} from './pagefind-api';

// The archive search: Pagefind finds candidate turns in the static index (fetching only the chunks
// a query needs), and every candidate is checked with the search language's matcher before it is
// shown, so a result holds every word of the query, a phrase as a phrase, exactly as the viewer's
// search would find it, and its snippet marks what the matcher found.

/** A search of the archive: a parsed query, chosen facet values and an order. */
export interface ArchiveSearchRequest {
  readonly query: SearchQuery;
  readonly filters: FacetFilters;
  readonly sort: SearchSort;
}

/** One step through the candidates of a search. */
export interface ArchiveSearchPage {
  /** The results checked in this step, in order (by relevance: closest words first within it). */
  readonly results: readonly SearchResult[];
  /** Candidates the matcher turned away in this step. */
  readonly rejected: number;
  /** No candidates are left. */
  readonly done: boolean;
}

/** A search under way: candidate counts now, results a step at a time. */
export interface ArchiveSearchCursor {
  /** Turns the index offers for the query and facets, before the matcher checks their text. */
  readonly candidates: number;
  /**
   * For each facet value, the candidates had it been chosen too (Pagefind's counts, made before
   * the matcher's check: a turn that has every word but not as the phrase asked counts).
   */
  readonly facets: FacetCounts;
  /** Checks candidates in order until `count` results pass, or none are left. */
  next(count: number, signal?: AbortSignal): Promise<ArchiveSearchPage>;
}

export interface ArchiveSearch {
  /** Loads the engine ahead of a search (for instance when a search box gains focus). */
  warm(): Promise<void>;
  /** Every facet value of the archive, with the number of turns that have it. */
  facets(): Promise<FacetCounts>;
  /** Starts a search; rejects with an AbortError when `signal` is aborted. */
  search(request: ArchiveSearchRequest, signal?: AbortSignal): Promise<ArchiveSearchCursor>;
}

export interface ArchiveSearchOptions {
  /** Where the bundle is served, ending in a slash; the site's `pagefind/` folder by default. */
  readonly bundlePath?: string;
  /** Loads pagefind.js from a URL (a dynamic import by default). */
  readonly load?: (url: string) => Promise<unknown>;
}

/** Candidates fetched at once: enough for a page of results, few enough to stay light. */
const fetchBatch = 10;

/** The most candidates one step checks, so that a query the matcher mostly refuses still answers. */
const stepLimit = 100;

/** The query as Pagefind reads it: a lone phrase as an exact phrase, anything else as its words. */
export function describePagefindQuery(query: SearchQuery): string {
  const [only] = query.terms;
  if (query.terms.length === 1 && only?.kind === 'phrase') return `"${only.words.join(' ')}"`;
  return query.terms.flatMap((term) => term.words).join(' ');
}

/** The chosen facet values in Pagefind's syntax: any of a facet's values, every facet. */
export function describePagefindFilters(filters: FacetFilters): PagefindFilters {
  const described: PagefindFilters = {};
  for (const name of facetNames) {
    const values = filters[name];
    if (values !== undefined && values.length > 0) described[name] = { any: values };
  }
  return described;
}

const sortOptions: Readonly<Record<SearchSort, PagefindSearchOptions['sort']>> = {
  // Each record has `recent` and `date` sort keys (see records.ts); relevance is Pagefind's order.
  newest: { recent: 'desc' },
  oldest: { date: 'asc' },
  relevance: undefined,
};

function readFacetCounts(counts: PagefindFilterCounts): FacetCounts {
  return {
    speaker: counts.speaker ?? {},
    topic: counts.topic ?? {},
    year: counts.year ?? {},
    publisher: counts.publisher ?? {},
  };
}

function readFilters(filters: PagefindResultData['filters']): SearchRecordFilters {
  return {
    speaker: filters.speaker ?? [],
    topic: filters.topic ?? [],
    year: filters.year ?? [],
    publisher: filters.publisher ?? [],
  };
}

// A record written by another version of the index shows what it can rather than nothing.
const unknownMeta: SearchRecordMeta = { speaker: '', briefing: '', exchange: '' };

/** The details scripts/search-index.ts sealed into the record (see sealed-meta.ts). */
const readMeta = (meta: PagefindResultData['meta']): SearchRecordMeta =>
  openMeta(meta.card ?? '') ?? unknownMeta;

function checkCandidate(data: PagefindResultData, query: SearchQuery): SearchResult | undefined {
  return checkRecord(
    {
      url: data.url,
      content: data.content,
      meta: readMeta(data.meta),
      filters: readFilters(data.filters),
    },
    query,
    false,
  );
}

function createCursor(
  request: ArchiveSearchRequest,
  queue: readonly PagefindResult[],
  facets: FacetCounts,
): ArchiveSearchCursor {
  let position = 0;
  return {
    candidates: queue.length,
    facets,
    async next(count, signal) {
      const results: SearchResult[] = [];
      let rejected = 0;
      const limit = Math.min(queue.length, position + stepLimit);
      while (results.length < count && position < limit) {
        signal?.throwIfAborted();
        const batch = queue.slice(position, Math.min(limit, position + fetchBatch));
        position += batch.length;
        const loaded = await Promise.all(batch.map((candidate) => candidate.data()));
        for (const data of loaded) {
          const result = checkCandidate(data, request.query);
          if (result === undefined) rejected += 1;
          else results.push(result);
        }
      }
      signal?.throwIfAborted();
      return {
        results: request.sort === 'relevance' ? sortResults(results, 'relevance') : results,
        rejected,
        done: position >= queue.length,
      };
    },
  };
}

/** The archive search of this site, loading its engine the first time it is needed. */
export function createArchiveSearch(options: ArchiveSearchOptions = {}): ArchiveSearch {
  const bundlePath = options.bundlePath ?? `${import.meta.env.BASE_URL}pagefind/`;
  let engine: Promise<PagefindModule> | undefined;
  let facetsLoaded: Promise<FacetCounts> | undefined;
  const start = (): Promise<PagefindModule> => {
    engine ??= (async () => {
      const pagefind = await loadPagefind(`${bundlePath}pagefind.js`, options.load);
      await pagefind.options({ basePath: bundlePath, baseUrl: '/' });
      await pagefind.init();
      return pagefind;
    })();
    // A failed load may be retried by the next search.
    engine.catch(() => {
      engine = undefined;
    });
    return engine;
  };
  const facets = (): Promise<FacetCounts> => {
    facetsLoaded ??= start().then(async (pagefind) => readFacetCounts(await pagefind.filters()));
    facetsLoaded.catch(() => {
      facetsLoaded = undefined;
    });
    return facetsLoaded;
  };
  return {
    warm: async () => {
      await start();
    },
    facets,
    async search(request, signal) {
      const pagefind = await start();
      // Pagefind counts facet values alongside a search only once its filters are loaded.
      await facets();
      signal?.throwIfAborted();
      const sort = sortOptions[request.sort];
      const response = await pagefind.search(describePagefindQuery(request.query), {
        filters: describePagefindFilters(request.filters),
        ...(sort === undefined ? {} : { sort }),
      });
      signal?.throwIfAborted();
      return createCursor(request, response.results, readFacetCounts(response.filters));
    },
  };
}
