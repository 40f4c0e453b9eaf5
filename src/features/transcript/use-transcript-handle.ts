import { useCallback, useImperativeHandle, useRef, type Ref, type RefObject } from 'react';
import { revealElement } from '../../components/reveal';
import type { MarkTarget } from '../../domain/search/marks';
import type { ExchangeId } from '../../domain/types';
import type { VirtualListHandle } from './virtual-exchange-list';

/** What the route may ask of the briefing pane. */
export interface TranscriptHandle {
  /** Brings a mark into view and focuses it, drawing its row first; false when it is not drawn. */
  readonly revealMark: (target: MarkTarget) => boolean;
  /** The exchange that holds the focus, when the focus is in the briefing. */
  readonly focusedExchange: () => ExchangeId | undefined;
}

/**
 * Answers the route's requests of the briefing pane (`pane`, drawn whole or by `list` when long),
 * and returns what each exchange calls when the focus moves into it.
 */
export function useTranscriptHandle(
  ref: Ref<TranscriptHandle> | undefined,
  pane: RefObject<HTMLElement | null>,
  list: RefObject<VirtualListHandle | null>,
): (exchangeId: ExchangeId) => void {
  const focused = useRef<ExchangeId | undefined>(undefined);
  useImperativeHandle(
    ref,
    () => ({
      revealMark: (target) => {
        const element = document.getElementById(target.id);
        if (element !== null && pane.current?.contains(element) === true) {
          revealElement(element, 'center', true);
          return true;
        }
        if (target.row === undefined || list.current === null) return false;
        list.current.reveal(target.id, target.row, 'center');
        return true;
      },
      focusedExchange: () => {
        const active = document.activeElement;
        return active !== null && pane.current?.contains(active) === true
          ? focused.current
          : undefined;
      },
    }),
    [pane, list],
  );
  return useCallback((exchangeId: ExchangeId) => {
    focused.current = exchangeId;
  }, []);
}
