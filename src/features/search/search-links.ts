import type { FacetName, SearchSort } from '../../domain/search/results';

/** A search page's address as its links change it. */
export interface SearchLinkQuery {
  readonly q: string;
  readonly facets: Readonly<Partial<Record<FacetName, readonly string[]>>>;
  readonly sort: SearchSort;
}

/** The links the search page makes, built by the route. */
export interface SearchLinks {
  /** The search page at this address. */
  readonly search: (query: SearchLinkQuery) => string;
  /** A result's permalink carrying the viewer's own search for `q`. */
  readonly result: (permalink: string, q: string) => string;
  /** Where the search page's form sends its query. */
  readonly action: string;
}

/** The address with a facet value chosen, or no longer chosen when it was. */
export function toggleFacet(
  query: SearchLinkQuery,
  facet: FacetName,
  value: string,
): SearchLinkQuery {
  const chosen = query.facets[facet] ?? [];
  const next = chosen.includes(value)
    ? chosen.filter((other) => other !== value)
    : [...chosen, value];
  return { ...query, facets: { ...query.facets, [facet]: next } };
}
