import { unpackBriefing } from '../../domain/search/archive-pack';
import type { SearchQuery } from '../../domain/search/query';
import {
  checkRecords,
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
  type PagefindSearchOptions,
} from './pagefind-api';

// The archive search: Pagefind finds the briefings that hold a query's words in the static index
// (fetching only the chunks a query needs), and every turn of those briefings is checked with the
// search language's matcher and the chosen facets before it is shown. A result holds every word of
// the query in one turn, a phrase as a phrase, exactly as the viewer's search finds it, and its
// snippet marks what the matcher found.

/** A search of the archive: a parsed query, chosen facet values and an order. */
export interface ArchiveSearchRequest {
  readonly query: SearchQuery;
  readonly filters: FacetFilters;
  readonly sort: SearchSort;
}

/** One step through the briefings a search found. */
export interface ArchiveSearchPage {
  /**
   * The turns that match, briefing by briefing in the chosen order, each briefing's in its own
   * order; by relevance, closest words first within the step.
   */
  readonly results: readonly SearchResult[];
  /** Briefings read in this step that held no matching turn. */
  readonly rejected: number;
  /** No briefings are left. */
  readonly done: boolean;
}

/** A search under way: the number of briefings found now, their turns a step at a time. */
export interface ArchiveSearchCursor {
  /** Briefings the index offers for the query and facets, before their turns are checked. */
  readonly candidates: number;
  /** Reads briefings in order until at least `count` turns match, or none are left. */
  next(count: number, signal?: AbortSignal): Promise<ArchiveSearchPage>;
  /**
   * For each facet value, the briefings the index would offer had it been chosen too (before their
   * turns are checked). Loads the facet lists the first time, which costs more than the results.
   */
  facets(): Promise<FacetCounts>;
}

export interface ArchiveSearch {
  /** Loads the engine ahead of a search (for instance when a search box gains focus). */
  warm(): Promise<void>;
  /** Every facet value of the archive, with the number of briefings that have it. */
  facets(): Promise<FacetCounts>;
  /** Starts a search; rejects with an AbortError when `signal` is aborted. */
  search(request: ArchiveSearchRequest, signal?: AbortSignal): Promise<ArchiveSearchCursor>;
}

export interface ArchiveSearchOptions {
  /** Where the bundle is served, ending in a slash; the site's `pagefind/` folder by default. */
  readonly bundlePath?: string;
  /** Loads pagefind.js from a URL (a dynamic import by default). */
  readonly load?: (url: string) => Promise<unknown>;
  /**
   * Search in Pagefind's own worker. Off by default: the worker is one more script to fetch (about
   * 12 KB compressed) and each query's work is a few milliseconds.
   */
  readonly useWorker?: boolean;
}

/** Briefings fetched at once: a few, since each holds several turns. */
const fetchBatch = 4;

/** The most briefings one step reads, so that a query the matcher mostly refuses still answers. */
const stepLimit = 40;

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
  newest: { date: 'desc' },
  oldest: { date: 'asc' },
  // Pagefind's own order; the matcher's closeness orders the turns of each step.
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

/** The turns of a briefing that match the query and the chosen facets, in their order. */
async function checkBriefing(
  candidate: PagefindResult,
  request: ArchiveSearchRequest,
): Promise<SearchResult[]> {
  const turns = unpackBriefing(await candidate.data());
  return checkRecords(turns, request.query, request.filters, false);
}

function createCursor(
  request: ArchiveSearchRequest,
  queue: readonly PagefindResult[],
  facets: () => Promise<FacetCounts>,
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
        const checked = await Promise.all(
          batch.map((briefing) => checkBriefing(briefing, request)),
        );
        for (const turns of checked) {
          if (turns.length === 0) rejected += 1;
          results.push(...turns);
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
  let facetLists: Promise<FacetCounts> | undefined;
  const start = (): Promise<PagefindModule> => {
    engine ??= (async () => {
      const pagefind = await loadPagefind(`${bundlePath}pagefind.js`, options.load);
      await pagefind.options({
        basePath: bundlePath,
        baseUrl: '/',
        noWorker: options.useWorker !== true,
      });
      await pagefind.init();
      return pagefind;
    })();
    // A failed load may be retried by the next search.
    engine.catch(() => {
      engine = undefined;
    });
    return engine;
  };
  // Pagefind counts facet values alongside a search only once its facet lists are loaded.
  const loadFacets = (): Promise<FacetCounts> => {
    facetLists ??= start().then(async (pagefind) => readFacetCounts(await pagefind.filters()));
    facetLists.catch(() => {
      facetLists = undefined;
    });
    return facetLists;
  };
  return {
    warm: async () => {
      await start();
    },
    facets: loadFacets,
    async search(request, signal) {
      const pagefind = await start();
      signal?.throwIfAborted();
      const sort = sortOptions[request.sort];
      const term = describePagefindQuery(request.query);
      const searchOptions: PagefindSearchOptions = {
        filters: describePagefindFilters(request.filters),
        ...(sort === undefined ? {} : { sort }),
      };
      const response = await pagefind.search(term, searchOptions);
      signal?.throwIfAborted();
      // The same search again once the facet lists are in: its index chunks are loaded already.
      const facets = async (): Promise<FacetCounts> => {
        await loadFacets();
        return readFacetCounts((await pagefind.search(term, searchOptions)).filters);
      };
      return createCursor(request, response.results, facets);
    },
  };
}
