import { parseQuery, type QueryReading } from './query';
import {
  countFacets,
  facetNames,
  searchSorts,
  sortResults,
  type FacetCounts,
  type FacetFilters,
  type FacetName,
  type SearchResult,
  type SearchSort,
} from './results';

// The search page reads everything from its address: a query, chosen facet values and an order.
// Values the address may hold that no search can use (a speaker the archive does not know, an
// order that does not exist) are left out with a note, and the rest is searched.

/** The search page's address as read from the URL, before it is checked. */
export interface SearchAddress {
  readonly q: string;
  readonly facets: Readonly<Record<FacetName, readonly string[]>>;
  /** As written in the address; undefined when absent. */
  readonly sort: string | undefined;
}

/** A facet value of the address that the archive does not have. */
export interface UnknownFacetValue {
  readonly facet: FacetName;
  readonly value: string;
}

/** What a search page searches for, and what it left out of its address. */
export interface SearchPlan {
  readonly reading: QueryReading;
  readonly filters: FacetFilters;
  readonly sort: SearchSort;
  readonly unknown: readonly UnknownFacetValue[];
  /** The order the address asked for, when there is no such order (relevance is used instead). */
  readonly unknownSort: string | undefined;
}

const isSort = (value: string): value is SearchSort =>
  (searchSorts as readonly string[]).includes(value);

/**
 * Checks an address: its query read by the search language, its facet values kept when `isKnown`
 * says the archive has them, its order kept when it is one of the orders.
 */
export function planSearch(
  address: SearchAddress,
  isKnown: (facet: FacetName, value: string) => boolean,
): SearchPlan {
  const filters: Partial<Record<FacetName, readonly string[]>> = {};
  const unknown: UnknownFacetValue[] = [];
  for (const facet of facetNames) {
    const known = address.facets[facet].filter((value) => {
      if (isKnown(facet, value)) return true;
      unknown.push({ facet, value });
      return false;
    });
    if (known.length > 0) filters[facet] = known;
  }
  const sort = address.sort ?? 'relevance';
  return {
    reading: parseQuery(address.q),
    filters,
    sort: isSort(sort) ? sort : 'relevance',
    unknown,
    unknownSort: isSort(sort) ? undefined : sort,
  };
}

/** Says which facet values of an address were left out, for a reader. */
export function describeUnknownFacets(unknown: readonly UnknownFacetValue[]): string | undefined {
  if (unknown.length === 0) return undefined;
  const listed = unknown.map(({ facet, value }) => `${facet} “${value}”`).join(', ');
  return unknown.length === 1
    ? `The archive has no ${listed}; it was left out of this search.`
    : `The archive has none of these: ${listed}; they were left out of this search.`;
}

/** What facet counts count: turns that match, or briefings that hold the query's words. */
export type FacetCountUnit = 'turns' | 'briefings';

/** Adds two sets of facet counts value by value. */
export function addFacetCounts(first: FacetCounts, second: FacetCounts): FacetCounts {
  const sum = { speaker: {}, topic: {}, year: {}, publisher: {} } as Record<
    FacetName,
    Record<string, number>
  >;
  for (const facet of facetNames) {
    for (const counts of [first[facet], second[facet]]) {
      for (const [value, count] of Object.entries(counts)) {
        sum[facet][value] = (sum[facet][value] ?? 0) + count;
      }
    }
  }
  return sum;
}

/** For each facet value, how many briefings hold at least one of these results with it. */
export function countFacetBriefings(results: readonly SearchResult[]): FacetCounts {
  const byBriefing = new Map<string, SearchResult[]>();
  for (const result of results) {
    const key = `${result.meta.date ?? ''} ${result.meta.briefing}`;
    byBriefing.set(key, [...(byBriefing.get(key) ?? []), result]);
  }
  // One entry a briefing, holding every value any of its results has.
  const briefings = [...byBriefing.values()].map((found) => ({
    filters: {
      speaker: [...new Set(found.flatMap((result) => result.filters.speaker))],
      topic: [...new Set(found.flatMap((result) => result.filters.topic))],
      year: [...new Set(found.flatMap((result) => result.filters.year))],
      publisher: [...new Set(found.flatMap((result) => result.filters.publisher))],
    },
  }));
  return countFacets(briefings);
}

/** The archive's results and those of saved briefings as one list, in the chosen order. */
export function mergeResults(
  archive: readonly SearchResult[],
  saved: readonly SearchResult[],
  sort: SearchSort,
): SearchResult[] {
  return sortResults([...archive, ...saved], sort);
}
