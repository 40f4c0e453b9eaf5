import MiniSearch, { type Query } from 'minisearch';
import { foldText } from './fold';
import type { QueryTerm, SearchQuery } from './query';
import type { SearchRecord } from './records';
import {
  checkRecords,
  countFacets,
  sortResults,
  type FacetCounts,
  type FacetFilters,
  type SearchResult,
  type SearchSort,
} from './results';

// Briefings saved in this browser are searched with MiniSearch, a small full-text index, over the
// same records as the archive. MiniSearch finds candidates generously (word beginnings, loose
// endings, words written together); the matcher of the search language then decides, so a saved
// briefing answers a query exactly as the archive and the viewer do.

/**
 * A query word cut to what all its forms begin with, for looking up candidates: its trailing vowels,
 * "y" and "s" go ("landmines" gives "landmin", "policy" "polic"), keeping two characters at least.
 * Looked up as a beginning, it finds every form the search language allows, and more, which the
 * matcher then turns away.
 */
export function cutForLookup(word: string): string {
  let end = word.length;
  while (end > 2 && 'aeiouys'.includes(word.charAt(end - 1))) end -= 1;
  return word.slice(0, end);
}

/** Runs of this many words are also indexed written together ("mine fields" as "minefields"). */
const longestJoin = 3;

/** The words of a text as the local index keeps them: each word, and runs of them joined. */
export function tokenizeForIndex(text: string): string[] {
  const words = foldText(text)
    .text.split(' ')
    .filter((word) => word !== '');
  const tokens = [...words];
  for (let size = 2; size <= longestJoin; size += 1) {
    for (let at = 0; at + size <= words.length; at += 1) {
      tokens.push(words.slice(at, at + size).join(''));
    }
  }
  return tokens;
}

/** A word is looked up as itself; a phrase as its words, or as all of them written together. */
function describeTerm(term: QueryTerm): Query {
  if (term.kind === 'word' || term.words.length === 1) return term.words.join('');
  return {
    combineWith: 'OR',
    queries: [{ combineWith: 'AND', queries: [...term.words] }, term.words.join('')],
  };
}

/** The saved briefings' records, indexed for searching; one per browser tab, kept by its owner. */
export interface LocalSearchIndex {
  readonly engine: MiniSearch<SearchRecord>;
  readonly records: ReadonlyMap<string, SearchRecord>;
}

/** Indexes records for local search (records with the same permalink keep the last one). */
export function createLocalIndex(records: readonly SearchRecord[]): LocalSearchIndex {
  const byUrl = new Map(records.map((record) => [record.url, record]));
  const engine = new MiniSearch<SearchRecord>({
    idField: 'url',
    fields: ['content'],
    tokenize: tokenizeForIndex,
    // Index words are folded already; query words are cut to what their forms begin with.
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => [text], processTerm: cutForLookup },
  });
  engine.addAll([...byUrl.values()]);
  return { engine, records: byUrl };
}

/** A search of the saved briefings: a parsed query, chosen facet values and an order. */
export interface LocalSearchRequest {
  readonly query: SearchQuery;
  readonly filters: FacetFilters;
  readonly sort: SearchSort;
}

/** Every result of a local search, in order, and the facet counts among them. */
export interface LocalSearchAnswer {
  readonly results: readonly SearchResult[];
  readonly facets: FacetCounts;
}

/** Searches the saved briefings; every result obeys the search language and the chosen facets. */
export function searchLocalIndex(
  index: LocalSearchIndex,
  request: LocalSearchRequest,
): LocalSearchAnswer {
  const candidates = index.engine.search(
    { combineWith: 'AND', queries: request.query.terms.map(describeTerm) },
    { prefix: true, combineWith: 'AND' },
  );
  const records = candidates.flatMap((candidate) => index.records.get(String(candidate.id)) ?? []);
  // Candidates come best scored first; sorting keeps that order among equals. By date, the turns
  // of one briefing keep their order in it (see the sort keys of a record).
  if (request.sort === 'newest') records.sort((a, b) => b.sort.recent.localeCompare(a.sort.recent));
  if (request.sort === 'oldest') records.sort((a, b) => a.sort.date.localeCompare(b.sort.date));
  const results = checkRecords(records, request.query, request.filters, true);
  const ordered = request.sort === 'relevance' ? sortResults(results, 'relevance') : results;
  return { results: ordered, facets: countFacets(ordered) };
}
