// The part of Pagefind's browser API (pagefind.js, written into the built site by
// scripts/search-index.ts) that the archive search uses. The module is not bundled with the app: it
// is fetched from the site when a reader first searches.

export type PagefindFilterCounts = Record<string, Record<string, number> | undefined>;

/** Pagefind's filter syntax as used here: for each facet, any of these values. */
export type PagefindFilters = Record<string, { readonly any: readonly string[] }>;

export interface PagefindSearchOptions {
  readonly filters?: PagefindFilters;
  readonly sort?: Readonly<Record<string, 'asc' | 'desc'>>;
}

/** What one result's `data()` loads: its fragment. */
export interface PagefindResultData {
  readonly url: string;
  /** The record's text, with runs of spaces and line breaks made single spaces. */
  readonly content: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
}

export interface PagefindResult {
  readonly id: string;
  readonly score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  readonly results: readonly PagefindResult[];
  readonly unfilteredResultCount: number;
  /** Counts had each value been chosen too; empty until `filters()` has been loaded once. */
  readonly filters: PagefindFilterCounts;
}

export interface PagefindOptions {
  /** Where the bundle is served, ending in a slash. */
  readonly basePath?: string;
  /** Put before every result's URL. */
  readonly baseUrl?: string;
  /** Search on the page rather than in Pagefind's worker. */
  readonly noWorker?: boolean;
}

/** The module pagefind.js exports. */
export interface PagefindModule {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  filters(): Promise<PagefindFilterCounts>;
  destroy(): Promise<void>;
}

const isModule = (value: unknown): value is PagefindModule =>
  typeof value === 'object' &&
  value !== null &&
  ['options', 'init', 'search', 'filters'].every(
    (name) => typeof (value as Record<string, unknown>)[name] === 'function',
  );

/** Loads pagefind.js from `url`, or fails with a message a reader can act on. */
export async function loadPagefind(
  url: string,
  load: (url: string) => Promise<unknown> = (address) => import(/* @vite-ignore */ address),
): Promise<PagefindModule> {
  let loaded: unknown;
  try {
    loaded = await load(url);
  } catch (error) {
    throw new Error(
      `The archive's search index could not be loaded (${url}): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  if (!isModule(loaded)) throw new Error(`${url} is not a Pagefind search index.`);
  return loaded;
}
