import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ExchangeView } from '../../domain/search/filters';
import { useReveal } from './use-reveal';
import { estimateExchangeHeight, pickReachableTargets, type MarkTarget } from './virtual-window';

interface VirtualExchangeListProps {
  readonly shown: readonly ExchangeView[];
  readonly filtering: boolean;
  readonly renderExchange: (view: ExchangeView) => ReactNode;
  /** The marks the filter panel steps through, in order; see MarkProxies. */
  readonly markLists: readonly (readonly MarkTarget[])[];
  /** What a permalink points at: an exchange or turn id, and its exchange's place among the shown. */
  readonly focusTarget: MarkTarget | undefined;
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
  const { shown, filtering, renderExchange, markLists, focusTarget } = props;
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Stable while the shown exchanges are: the virtualizer lays out every row again when these change.
  const estimateSize = useCallback(
    (index: number) => {
      const view = shown[index];
      return view === undefined ? 0 : estimateExchangeHeight(view, filtering);
    },
    [shown, filtering],
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
  const latestTarget = useRef(focusTarget);
  useEffect(() => {
    latestTarget.current = focusTarget;
  });
  const targetId = focusTarget?.id;
  useEffect(() => {
    const target = latestTarget.current;
    if (targetId === undefined || target === undefined) return;
    reveal(target, 'start');
  }, [targetId, reveal]);

  // The filter panel steps to a mark by focusing the element with its id: when that is a stand-in,
  // draw its row and hand focus on to the real mark.
  useEffect(() => {
    const list = listRef.current;
    if (list === null) return;
    const onFocusIn = (event: FocusEvent) => {
      const { target } = event;
      if (!(target instanceof HTMLElement) || !target.classList.contains('mark-proxy')) return;
      reveal({ id: target.id, index: Number(target.dataset.row) }, 'center');
    };
    list.addEventListener('focusin', onFocusIn);
    return () => {
      list.removeEventListener('focusin', onFocusIn);
    };
  }, [reveal]);

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const offset = (first?.start ?? scrollMargin) - scrollMargin;
  const proxies = markLists.flatMap((targets) =>
    pickReachableTargets(targets, first?.index ?? 0, last?.index ?? -1),
  );

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
      {proxies.map((target) => (
        <span
          key={target.id}
          id={target.id}
          className="mark-proxy"
          tabIndex={-1}
          style={{
            top: `${(virtualizer.measurementsCache[target.index]?.start ?? scrollMargin) - scrollMargin}px`,
          }}
          data-row={target.index}
        />
      ))}
    </div>
  );
}
