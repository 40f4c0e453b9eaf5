import { matchText } from './match';
import type { SearchQuery } from './query';
import type { SearchRecord, SearchRecordFilters, SearchRecordMeta } from './records';
import { cutSnippet, type Snippet } from './snippet';

// What the archive search and the search of saved briefings give back, in one shape, whichever
// engine found the candidates: every result is checked against the query with the same matcher as
// the viewer's search, and its snippet marks exactly what that matcher found.

/** The orders results come in: newest briefing first, closest words first, or oldest ("first said"). */
export type SearchSort = 'newest' | 'relevance' | 'oldest';

export const searchSorts: readonly SearchSort[] = ['newest', 'relevance', 'oldest'];

export type FacetName = keyof SearchRecordFilters;

export const facetNames: readonly FacetName[] = ['speaker', 'topic', 'year', 'publisher'];

/** Chosen facet values: a result must have one of the values of every facet given. */
export type FacetFilters = Readonly<Partial<Record<FacetName, readonly string[]>>>;

/** For each facet, how many results have each value. */
export type FacetCounts = Readonly<Record<FacetName, Readonly<Record<string, number>>>>;

/** One turn that matches a query. */
export interface SearchResult {
  /** The turn's permalink. */
  readonly url: string;
  readonly meta: SearchRecordMeta;
  readonly filters: SearchRecordFilters;
  readonly snippet: Snippet;
  /** How close the query's words stand in the turn, in characters: smaller is closer. */
  readonly spread: number;
  /** Found in a briefing saved in this browser, not in the archive. */
  readonly local: boolean;
}

/** What a result is checked from: a record's text and what it shows besides. */
export type CheckedRecord = Pick<SearchRecord, 'url' | 'content' | 'meta' | 'filters'>;

/** Checks a record's text against a query: the result with its snippet, or undefined if it fails. */
export function checkRecord(
  record: CheckedRecord,
  query: SearchQuery,
  local: boolean,
): SearchResult | undefined {
  const match = matchText(record.content, query);
  if (match === undefined) return undefined;
  return {
    url: record.url,
    meta: record.meta,
    filters: record.filters,
    snippet: cutSnippet(record.content, match.spans),
    spread: match.spread,
    local,
  };
}

/** The records that have the chosen facets and match the query, as results, in the same order. */
export function checkRecords(
  records: readonly CheckedRecord[],
  query: SearchQuery,
  filters: FacetFilters,
  local: boolean,
): SearchResult[] {
  return records.flatMap((record) => {
    if (!matchesFacets(record.filters, filters)) return [];
    const result = checkRecord(record, query, local);
    return result === undefined ? [] : [result];
  });
}

/** Tells whether a record has one of the chosen values of every chosen facet. */
export function matchesFacets(filters: SearchRecordFilters, chosen: FacetFilters): boolean {
  return facetNames.every((name) => {
    const values = chosen[name];
    return (
      values === undefined ||
      values.length === 0 ||
      values.some((value) => filters[name].includes(value))
    );
  });
}

/** Counts, for each facet, the results that have each value. */
export function countFacets(
  results: readonly { readonly filters: SearchRecordFilters }[],
): FacetCounts {
  const counts = { speaker: {}, topic: {}, year: {}, publisher: {} } as Record<
    FacetName,
    Record<string, number>
  >;
  for (const { filters } of results) {
    for (const name of facetNames) {
      for (const value of filters[name]) counts[name][value] = (counts[name][value] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * Puts results in the chosen order: by the briefing's date (undated last when newest first), or by
 * how close the words stand; ties keep the order they came in.
 */
export function sortResults(results: readonly SearchResult[], sort: SearchSort): SearchResult[] {
  const dated = (result: SearchResult): string => result.meta.date ?? '';
  const order = [...results];
  if (sort === 'relevance') return order.sort((a, b) => a.spread - b.spread);
  const direction = sort === 'newest' ? -1 : 1;
  return order.sort((a, b) => direction * dated(a).localeCompare(dated(b)));
}
