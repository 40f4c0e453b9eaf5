import { useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import type { ExchangeView } from '../../domain/search/filters';
import type { Turn } from '../../domain/types';
import { useReveal, type RevealRow } from './use-reveal';
import { estimateExchangeHeight } from './virtual-window';

/** What the transcript asks of its long list: to bring a row's element into view. */
export interface VirtualListHandle {
  readonly reveal: RevealRow;
}

interface VirtualExchangeListProps {
  readonly ref?: Ref<VirtualListHandle>;
  readonly shown: readonly ExchangeView[];
  readonly filtering: boolean;
  /** The characters of speech in a turn, for a first guess at a row's height. */
  readonly measureTurn: (turn: Turn) => number;
  readonly renderExchange: (view: ExchangeView) => ReactNode;
  /** What a permalink points at: an exchange or turn id, and its exchange's place among the shown. */
  readonly focusTarget: { readonly id: string; readonly row: number } | undefined;
}

// Rows drawn beyond the screen on each side, so a short scroll or a Tab lands on a drawn row.
const overscan = 3;
// The filter summary sticks to the top of the screen; a row brought into view starts below it.
const stickyAllowance = 56;

/**
 * The shown exchanges of a long transcript, drawn only near the screen: the page scrolls as if all
 * were there, and each row is measured once drawn. Permalinks and mark stepping still reach any row.
 */
export function VirtualExchangeList(props: VirtualExchangeListProps) {
  const { ref, shown, filtering, measureTurn, renderExchange, focusTarget } = props;
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Stable while the shown exchanges are: the virtualizer lays out every row again when these change.
  const estimateSize = useCallback(
    (index: number) => {
      const view = shown[index];
      return view === undefined ? 0 : estimateExchangeHeight(view, filtering, measureTurn);
    },
    [shown, filtering, measureTurn],
  );
  const getItemKey = useCallback((index: number) => shown[index]?.exchange.id ?? index, [shown]);
  const virtualizer = useWindowVirtualizer({
    count: shown.length,
    estimateSize,
    getItemKey,
    overscan,
    scrollMargin,
    scrollPaddingStart: stickyAllowance,
    // Scrolling updates render in React's own time; a forced synchronous render on every scroll
    // event (and inside commits, when rows are measured) costs more than it gives.
    useFlushSync: false,
  });
  const reveal = useReveal(virtualizer);
  useImperativeHandle(ref, () => ({ reveal }), [reveal]);

  // The list starts below the header, notices and summary, whose heights change with the filters.
  useLayoutEffect(() => {
    const list = listRef.current;
    // Without ResizeObserver (old browsers, jsdom) the list keeps its first place.
    if (list === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      setScrollMargin(list.getBoundingClientRect().top + window.scrollY);
    });
    observer.observe(document.body);
    return () => {
      observer.disconnect();
    };
  }, []);

  // Rows are measured by a ResizeObserver as they are drawn and whenever the filters fold or unfold
  // their turns; rows off screen keep their last size until drawn again, which costs no layout now.

  // Only a new target moves focus; filtering moves its row but must not pull focus from the search box.
  const revealTarget = useEffectEvent(() => {
    if (focusTarget !== undefined) reveal(focusTarget.id, focusTarget.row, 'start');
  });
  const targetId = focusTarget?.id;
  useEffect(() => {
    if (targetId !== undefined) revealTarget();
  }, [targetId]);

  const items = virtualizer.getVirtualItems();
  const offset = (items[0]?.start ?? scrollMargin) - scrollMargin;

  return (
    <div
      ref={listRef}
      className="virtual-list"
      style={{ height: `${virtualizer.getTotalSize()}px` }}
    >
      <div className="virtual-rows" style={{ transform: `translateY(${offset}px)` }}>
        {items.map((item) => {
          const view = shown[item.index];
          return view === undefined ? null : (
            <div
              key={item.key}
              className="virtual-row"
              data-index={item.index}
              ref={virtualizer.measureElement}
            >
              {renderExchange(view)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
