import type { FacetLabels } from '../../domain/search/archive-records';
import type { LocalSearchAnswer, LocalSearchRequest } from '../../domain/search/local-index';
import type { FacetCounts, SearchResult } from '../../domain/search/results';
import type { FacetCountUnit, SearchAddress, SearchPlan } from '../../domain/search/search-plan';
import type { ArchiveSearchRequest } from './archive-search';

// What the search page is given: the address it shows, what was searched and found, and, when a
// part of the search could not run, why.

/** More of the archive's results, a step at a time. */
export interface ArchiveMore {
  readonly results: readonly SearchResult[];
  readonly done: boolean;
}

/** The archive's answer to one search. */
export interface ArchiveAnswer {
  /** The first turns found, in the chosen order. */
  readonly results: readonly SearchResult[];
  /** Every briefing the index offered was read: the results are all there are. */
  readonly done: boolean;
  /** Briefings the index offered for the query and facets, before their turns were checked. */
  readonly candidates: number;
  readonly facets: FacetCounts;
  readonly unit: FacetCountUnit;
  /** Reads on for at least `count` more turns; absent when `done`. */
  readonly more?: (count: number, signal?: AbortSignal) => Promise<ArchiveMore>;
}

/** The briefings saved in this browser, as the search sees them. */
export interface SavedIndex {
  readonly briefings: number;
  readonly labels: FacetLabels;
}

/** What the search page searches with; tests give a fake one. */
export interface SearchClient {
  /** The names of the archive's facet values; undefined when the site has no search index. */
  archiveLabels(signal: AbortSignal): Promise<FacetLabels | undefined>;
  /** Indexes the briefings saved in this browser (once, until the library changes). */
  savedIndex(signal: AbortSignal): Promise<SavedIndex>;
  searchArchive(request: ArchiveSearchRequest, signal: AbortSignal): Promise<ArchiveAnswer>;
  searchSaved(request: LocalSearchRequest, signal: AbortSignal): Promise<LocalSearchAnswer>;
}

/** A part of the search that ran, or why it could not. */
export type SearchPart<T> =
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'unavailable'; readonly message: string };

/** The search page's data. */
export type SearchPageData =
  | { readonly kind: 'blank'; readonly address: SearchAddress }
  | {
      readonly kind: 'searched';
      readonly address: SearchAddress;
      readonly plan: SearchPlan;
      readonly labels: FacetLabels;
      readonly archive: SearchPart<ArchiveAnswer>;
      readonly saved: SearchPart<{
        readonly briefings: number;
        readonly answer: LocalSearchAnswer;
      }>;
      /** Archive and saved results together, in the chosen order. */
      readonly results: readonly SearchResult[];
      readonly facets: FacetCounts;
      readonly unit: FacetCountUnit;
    };
