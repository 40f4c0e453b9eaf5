import { useMemo } from 'react';
import type { Filters } from '../domain/filters';
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
  const under = (path: string): string => {
    const url = new URL(path, 'http://podium.invalid');
    const params = new URLSearchParams(keep);
    url.searchParams.forEach((value, key) => {
      params.append(key, value);
    });
    const search = params.toString();
    const pathname = url.pathname === '/' ? '' : url.pathname;
    return `${prefix}${pathname}${search === '' ? '' : `?${search}`}${url.hash}`;
  };
  return {
    home: (filters) => under(paths.home(filters)),
    exchange: (exchangeId, options) => under(paths.exchange(exchangeId, options)),
  };
}

/** The transcript's links, kept the same object while the filters stay the same (rows are memoized). */
export function useViewerLinks(viewerPaths: ViewerPaths, filters: Filters): TranscriptLinks {
  return useMemo(
    () => ({
      exchangeHref: (id: ExchangeId) => viewerPaths.exchange(id, { filters }),
      turnHref: (id: ExchangeId, turn: TurnId) =>
        viewerPaths.exchange(id, { turnId: turn, filters }),
    }),
    [viewerPaths, filters],
  );
}
