import { useMemo } from 'react';
import type { Filters } from '../domain/search/filters';
import type { ExchangeId, TurnId } from '../domain/types';
import type { TranscriptLinks } from '../features/transcript/transcript-types';
import { paths } from './paths';

/** The links of one viewer: the shipped briefing's at `/`, a sample's under `/sample/…`. */
export interface ViewerPaths {
  readonly home: (filters?: Filters) => string;
  readonly exchange: (
    exchangeId: ExchangeId,
    options?: { readonly turnId?: TurnId; readonly filters?: Filters },
  ) => string;
}

/** The shipped briefing's links. */
export const seedViewerPaths: ViewerPaths = paths;

/**
 * The viewer's links under `prefix` (`/sample/10000`), each also carrying `keep` (such as the
 * sample's seed), so that a permalink reproduces the same document.
 */
export function prefixViewerPaths(prefix: string, keep: URLSearchParams): ViewerPaths {
  const kept = keep.toString();
  // String work only: the overview rail asks for thousands of these on a long transcript.
  const under = (path: string): string => {
    const hashAt = path.indexOf('#');
    const hash = hashAt === -1 ? '' : path.slice(hashAt);
    const beforeHash = hashAt === -1 ? path : path.slice(0, hashAt);
    const queryAt = beforeHash.indexOf('?');
    const pathname = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
    const query = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1);
    const search = [kept, query].filter((part) => part !== '').join('&');
    return `${prefix}${pathname === '/' ? '' : pathname}${search === '' ? '' : `?${search}`}${hash}`;
  };
  return {
    home: (filters) => under(paths.home(filters)),
    exchange: (exchangeId, options) => under(paths.exchange(exchangeId, options)),
  };
}

// Stand-ins for the ids in a link built once per filter change; each real link then only swaps them.
const exchangeMarker = 'exchange\u0001' as ExchangeId;
const turnMarker = 'turn\u0001' as TurnId;

/**
 * The transcript's links, kept the same object while the filters stay the same (rows are memoized).
 * A long transcript asks for thousands at a time (the overview rail), so the filters are written
 * into the URL once per change rather than once per link.
 */
export function useViewerLinks(viewerPaths: ViewerPaths, filters: Filters): TranscriptLinks {
  return useMemo(() => {
    const exchangeTemplate = viewerPaths.exchange(exchangeMarker, { filters });
    const turnTemplate = viewerPaths.exchange(exchangeMarker, { turnId: turnMarker, filters });
    const encodedExchange = encodeURIComponent(exchangeMarker);
    // A function replacement: an id is inserted as it is, `$` and all.
    const withExchange = (template: string, id: ExchangeId) =>
      template.replace(encodedExchange, () => encodeURIComponent(id));
    return {
      exchangeHref: (id: ExchangeId) => withExchange(exchangeTemplate, id),
      // The turn goes into the hash as paths.exchange writes it, unencoded.
      turnHref: (id: ExchangeId, turn: TurnId) =>
        withExchange(turnTemplate, id).replace(turnMarker, () => turn),
    };
  }, [viewerPaths, filters]);
}
