import { lazy, memo, Suspense, useCallback, useMemo, useRef, type Ref } from 'react';
import type { ExchangeView } from '../../domain/search/filters';
import type { ReadingView } from '../../domain/search/reading-view';
import type { Speaker, SpeakerId, Transcript, Turn } from '../../domain/types';
import { pluralize } from '../../domain/words/pluralize';
import { ExchangeSection } from './exchange-section';
import { TranscriptSummary } from './transcript-summary';
import type { LinkedQuoteMarks, TranscriptLinks, TranscriptSlots } from './transcript-types';
import { useFocusTarget } from './use-focus-target';
import { useTranscriptHandle, type TranscriptHandle } from './use-transcript-handle';
import type { VirtualListHandle } from './virtual-exchange-list';
import { shouldVirtualize } from './virtual-window';
import './transcript.css';

interface TranscriptPaneProps {
  readonly ref?: Ref<TranscriptHandle>;
  readonly transcript: Transcript;
  /** What the filters show, and the exchange (and turn) a permalink points at. */
  readonly view: ReadingView;
  readonly links: TranscriptLinks;
  readonly slots: TranscriptSlots;
  readonly onClearFilters: () => void;
  /** The characters of speech in a turn (a long briefing guesses its rows' heights from them). */
  readonly measureTurn: (turn: Turn) => number;
  /** The words a quote link names in the briefing: marked, brought into view and focused. */
  readonly quote?: LinkedQuoteMarks | undefined;
}

// The long-briefing list and its virtualization library load only when a briefing is that long: most
// pages never need them.
const VirtualExchangeList = lazy(() =>
  import('./virtual-exchange-list').then(({ VirtualExchangeList: list }) => ({ default: list })),
);

/**
 * The briefing as exchanges of speaker-attributed turns, narrowed by the filters. Memoized: it draws
 * from the view alone, so a change that has not reached the view yet leaves it be.
 */
export const TranscriptPane = memo(function TranscriptPane(props: TranscriptPaneProps) {
  const { ref, transcript, view, links, slots, onClearFilters, measureTurn, quote } = props;
  const { shown, filtering, activeTopics } = view;
  const { exchangeId: currentExchangeId, turnId: currentTurnId } = view.request;
  const pane = useRef<HTMLDivElement>(null);
  const list = useRef<VirtualListHandle>(null);
  const speakers = useMemo(
    () => new Map<SpeakerId, Speaker>(transcript.speakers.map((speaker) => [speaker.id, speaker])),
    [transcript],
  );
  const long = shouldVirtualize(shown);
  const quoteRow =
    quote === undefined
      ? -1
      : shown.findIndex((exchange) => exchange.exchange.turnIds.includes(quote.turnId));
  const targetId = quoteRow === -1 ? (currentTurnId ?? currentExchangeId) : quote?.id;
  const targetRow =
    quoteRow === -1
      ? shown.findIndex((exchange) => exchange.exchange.id === currentExchangeId)
      : quoteRow;
  const focusTarget = useMemo(
    () =>
      targetId === undefined || targetRow === -1 ? undefined : { id: targetId, row: targetRow },
    [targetId, targetRow],
  );
  // A long list reveals its own targets, which may not be drawn yet.
  useFocusTarget(long ? undefined : targetId);

  const onExchangeFocus = useTranscriptHandle(ref, pane, list);

  const renderExchange = useCallback(
    (exchangeView: ExchangeView) => (
      <ExchangeSection
        key={exchangeView.exchange.id}
        view={exchangeView}
        speakers={speakers}
        filtering={filtering}
        current={exchangeView.exchange.id === currentExchangeId}
        currentTurnId={currentTurnId}
        activeTopics={activeTopics}
        hitsByTurn={view.hitsByBlock.briefing}
        links={links}
        slots={slots}
        quote={
          quote !== undefined && exchangeView.exchange.turnIds.includes(quote.turnId)
            ? quote
            : undefined
        }
        onFocus={onExchangeFocus}
      />
    ),
    [
      speakers,
      filtering,
      currentExchangeId,
      currentTurnId,
      activeTopics,
      view.hitsByBlock.briefing,
      links,
      slots,
      quote,
      onExchangeFocus,
    ],
  );

  return (
    <div className="transcript" ref={pane}>
      {filtering ? (
        <TranscriptSummary
          shownCount={shown.length}
          view={view.transcript}
          onClearFilters={onClearFilters}
        />
      ) : null}
      {long ? (
        // The note comes with the list it describes, once the list's code has loaded.
        <Suspense fallback={<p className="virtual-note">Preparing the long briefing…</p>}>
          <p className="virtual-note">
            {pluralize(shown.length, 'exchange')} in all; those near the screen are drawn as you
            scroll. Use the search box, j and k, or the overview to reach any of them.
          </p>
          <VirtualExchangeList
            ref={list}
            shown={shown}
            filtering={filtering}
            measureTurn={measureTurn}
            renderExchange={renderExchange}
            focusTarget={focusTarget}
          />
        </Suspense>
      ) : (
        shown.map(renderExchange)
      )}
    </div>
  );
});
