import type { Filters } from '../domain/search/filters';
import type { QuoteAnchor } from '../domain/quote/anchor';
import { readPassageHash, writeQuoteHash } from '../domain/quote/hash';
import type { BriefingSlug, PersonSlug } from '../domain/archive/types';
import type { ExchangeId, TopicId, TurnId } from '../domain/types';
import { readFilters, writeFilters } from './search-params';

/** The fragment that names a turn inside an exchange page: `#t7`. */
export const turnHash = (turnId: TurnId): string => `#${turnId}`;

/**
 * Reads a turn id from a location hash (`#t7` → `t7`), also from a quote link (`#t7:q=120-188~k3f9`
 * opens turn t7); undefined when there is none.
 */
export function readTurnHash(hash: string): TurnId | undefined {
  const passage = readPassageHash(hash);
  if (passage.kind === 'none') return undefined;
  const id = passage.kind === 'quote' ? passage.anchor.blockId : passage.blockId;
  return id === undefined ? undefined : (id as TurnId);
}

/**
 * A page's link with a quote's fragment in place of its own (`/exchange/x3#t9:q=472-508~g7iv`), and,
 * given the quoted words, a text fragment after it (`:~:text=…`) so that a browser marks the words
 * before the app has loaded, or without it.
 */
export function withQuoteHash(path: string, anchor: QuoteAnchor, textDirective?: string): string {
  const hashAt = path.indexOf('#');
  const page = hashAt === -1 ? path : path.slice(0, hashAt);
  return `${page}${writeQuoteHash(anchor)}${textDirective === undefined ? '' : `:~:${textDirective}`}`;
}

const withQuery = (pathname: string, filters: Filters | undefined): string => {
  const search = filters ? writeFilters(filters).toString() : '';
  return search.length > 0 ? `${pathname}?${search}` : pathname;
};

/** The routes' patterns below the root: the router matches them, and so does whatever names a page. */
export const routePatterns = {
  exchange: 'exchange/:exchangeId',
  sample: 'sample/:turns',
  document: 'd/:docId',
  import: 'import',
  library: 'library',
  briefings: 'briefings',
  briefing: 'briefings/:slug',
  briefingExchange: 'briefings/:slug/exchange/:exchangeId',
  speakers: 'speakers',
  speaker: 'speakers/:personSlug',
  topics: 'topics',
  topic: 'topics/:topicId',
  search: 'search',
} as const;

/** What the archive home's address narrows the list to (`/briefings/?speaker=…&topic=…&year=…`). */
export interface ArchiveListQuery {
  readonly speaker?: string;
  readonly topic?: string;
  readonly year?: string;
  readonly page?: number;
}

/** What the search page's address says (`/search?q=…&speaker=…&topic=…&year=…`). */
export interface SearchQuery {
  readonly q: string;
  readonly speaker?: readonly string[];
  readonly topic?: readonly string[];
  readonly year?: readonly string[];
  readonly publisher?: readonly string[];
  readonly sort?: 'newest' | 'oldest' | 'relevance';
}

const withParams = (pathname: string, params: URLSearchParams): string => {
  const search = params.toString();
  return search.length > 0 ? `${pathname}?${search}` : pathname;
};

// Archive pages end in a slash: a static host serves `/briefings/SLUG/` from its `index.html`.
const archiveListPath = (query: ArchiveListQuery = {}): string => {
  const params = new URLSearchParams();
  if (query.speaker !== undefined) params.set('speaker', query.speaker);
  if (query.topic !== undefined) params.set('topic', query.topic);
  if (query.year !== undefined) params.set('year', query.year);
  if (query.page !== undefined && query.page > 1) params.set('page', String(query.page));
  return withParams('/briefings/', params);
};

const searchPath = (query: SearchQuery): string => {
  const params = new URLSearchParams();
  if (query.q.length > 0) params.set('q', query.q);
  for (const facet of ['speaker', 'topic', 'year', 'publisher'] as const) {
    for (const value of query[facet] ?? []) params.append(facet, value);
  }
  if (query.sort !== undefined && query.sort !== 'relevance') params.set('sort', query.sort);
  return withParams('/search', params);
};

/** Builds every in-app link, relative to the router's basename. */
export const paths = {
  home: (filters?: Filters): string => withQuery('/', filters),
  exchange: (
    exchangeId: ExchangeId,
    options: { readonly turnId?: TurnId; readonly filters?: Filters } = {},
  ): string =>
    withQuery(`/exchange/${encodeURIComponent(exchangeId)}`, options.filters) +
    (options.turnId === undefined ? '' : turnHash(options.turnId)),
  /** A generated briefing of that many turns; its exchanges live below it. */
  sample: (turns: number): string => `/sample/${turns}`,
  /** A document saved in this browser's library; its exchanges live below it. */
  document: (docId: string): string => `/d/${encodeURIComponent(docId)}`,
  library: (): string => '/library',
  import: (): string => '/import',
  /** The archive home: every briefing, newest first. */
  briefings: archiveListPath,
  /** One archive briefing's viewer, or one of its exchanges (with a turn as the fragment). */
  briefing: (
    slug: BriefingSlug,
    options: {
      readonly exchangeId?: ExchangeId;
      readonly turnId?: TurnId;
      readonly filters?: Filters;
    } = {},
  ): string =>
    withQuery(
      options.exchangeId === undefined
        ? `/briefings/${encodeURIComponent(slug)}/`
        : `/briefings/${encodeURIComponent(slug)}/exchange/${encodeURIComponent(options.exchangeId)}/`,
      options.filters,
    ) + (options.turnId === undefined ? '' : turnHash(options.turnId)),
  speakers: (): string => '/speakers/',
  speaker: (slug: PersonSlug): string => `/speakers/${encodeURIComponent(slug)}/`,
  topics: (): string => '/topics/',
  topic: (topicId: TopicId): string => `/topics/${encodeURIComponent(topicId)}/`,
  search: searchPath,
  /**
   * A search result's permalink (`/briefings/SLUG/exchange/x3/#t7`) carrying the viewer's own
   * search, so that the words found are highlighted where it lands (`…/x3/?q=mine+fields#t7`).
   */
  searchResult: (permalink: string, q: string): string => {
    const hashAt = permalink.indexOf('#');
    const hash = hashAt === -1 ? '' : permalink.slice(hashAt);
    const beforeHash = hashAt === -1 ? permalink : permalink.slice(0, hashAt);
    const queryAt = beforeHash.indexOf('?');
    const pathname = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
    const kept = new URLSearchParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));
    const search = writeFilters({ ...readFilters(kept), q }, kept).toString();
    return `${pathname}${search.length > 0 ? `?${search}` : ''}${hash}`;
  },
};

/**
 * Turns an in-app path into the absolute URL a reader can paste elsewhere. `basenameHref` is what the
 * router resolves "/" to (the app may be served under a sub-path); `origin` is the page's origin.
 */
export function toAbsoluteUrl(path: string, basenameHref: string, origin: string): string {
  const base = basenameHref.replace(/\/+$/, '');
  return new URL(`${base}${path}`, origin).href;
}
