import type { Filters } from '../domain/search/filters';
import { readPassageHash } from '../domain/quote/hash';
import type { ExchangeId, TurnId } from '../domain/types';
import { writeFilters } from './search-params';

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
} as const;

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
};

/**
 * Turns an in-app path into the absolute URL a reader can paste elsewhere. `basenameHref` is what the
 * router resolves "/" to (the app may be served under a sub-path); `origin` is the page's origin.
 */
export function toAbsoluteUrl(path: string, basenameHref: string, origin: string): string {
  const base = basenameHref.replace(/\/+$/, '');
  return new URL(`${base}${path}`, origin).href;
}
