import { useCallback } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { Filters } from '../domain/search/filters';
import type { ExchangeId } from '../domain/types';
import type { ViewerPaths } from './use-viewer-links';

/** Puts new filters in the address; `replace` replaces the history entry rather than adding one. */
export type ChangeFilters = (next: Filters, options: { readonly replace: boolean }) => void;

/**
 * Writes filters into the address at once; the router then draws the page from it in a transition,
 * which React can interrupt for the next keystroke. The callback keeps its identity while the page
 * is the same, so the filter panel's many options need not render again.
 */
export function useFilterNavigation(viewerPaths: ViewerPaths): ChangeFilters {
  const navigate = useNavigate();
  const { exchangeId } = useParams();
  const { hash } = useLocation();
  return useCallback(
    (next, { replace }) => {
      // The page and the turn stay as the address has them, even ones the briefing lacks.
      const page =
        exchangeId === undefined
          ? viewerPaths.home(next)
          : viewerPaths.exchange(exchangeId as ExchangeId, { filters: next });
      void navigate(`${page}${hash}`, { replace, preventScrollReset: true });
    },
    [navigate, viewerPaths, exchangeId, hash],
  );
}
