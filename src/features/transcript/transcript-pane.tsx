import { lazy, Suspense, useCallback, useMemo } from 'react';
import type { ExchangeView, TranscriptView } from '../../domain/search/filters';
import type { SearchHit } from '../../domain/search/search';
import type {
  ExchangeId,
  Speaker,
  SpeakerId,
  TopicId,
  Transcript,
  TurnId,
} from '../../domain/types';
import { ExchangeSection } from './exchange-section';
import type { TranscriptLinks, TranscriptSlots } from './transcript-types';
import { useFocusTarget } from './use-focus-target';
import { listMarkTargets, shouldVirtualize } from './virtual-window';
import './transcript.css';

interface TranscriptPaneProps {
  readonly transcript: Transcript;
  readonly view: TranscriptView;
  readonly filtering: boolean;
  readonly activeTopics: ReadonlySet<TopicId>;
  readonly hits: readonly SearchHit[];
  /** The exchange (and turn) a permalink points at, if any. */
  readonly currentExchangeId: ExchangeId | undefined;
  readonly currentTurnId: TurnId | undefined;
  readonly links: TranscriptLinks;
  readonly slots: TranscriptSlots;
  readonly onClearFilters: () => void;
}

// The long-briefing list and its virtualization library load only when a briefing is that long: most
// pages never need them.
const VirtualExchangeList = lazy(() =>
  import('./virtual-exchange-list').then(({ VirtualExchangeList: list }) => ({ default: list })),
);

const plural = (count: number, word: string): string =>
  `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;

/** The briefing as exchanges of speaker-attributed turns, narrowed by the filters. */
export function TranscriptPane(props: TranscriptPaneProps) {
  const { transcript, view, filtering, activeTopics, hits, currentExchangeId, currentTurnId } =
    props;
  const { links, slots } = props;
  const speakers = useMemo(
    () => new Map<SpeakerId, Speaker>(transcript.speakers.map((speaker) => [speaker.id, speaker])),
    [transcript],
  );
  const hitsByTurn = useMemo(() => groupHits(hits), [hits]);
  const shown = useMemo(
    () => view.exchanges.filter((exchange) => exchange.matches || exchange.pinned),
    [view],
  );
  const long = shouldVirtualize(shown);
  const markLists = useMemo(() => {
    if (!long) return [];
    const marks = listMarkTargets(shown, filtering, hits, activeTopics);
    return [marks.hits, marks.mentions];
  }, [long, shown, filtering, hits, activeTopics]);
  const targetId = currentTurnId ?? currentExchangeId;
  const targetIndex = shown.findIndex((exchange) => exchange.exchange.id === currentExchangeId);
  const focusTarget = useMemo(
    () =>
      targetId === undefined || targetIndex === -1
        ? undefined
        : { id: targetId, index: targetIndex },
    [targetId, targetIndex],
  );
  // A long list reveals its own targets, which may not be drawn yet.
  useFocusTarget(long ? undefined : targetId);

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
        hitsByTurn={hitsByTurn}
        links={links}
        slots={slots}
      />
    ),
    [speakers, filtering, currentExchangeId, currentTurnId, activeTopics, hitsByTurn, links, slots],
  );

  return (
    <div className="transcript">
      {filtering ? (
        <div className="transcript-summary">
          <p role="status">
            Showing {shown.length.toLocaleString('en-US')} of{' '}
            {plural(view.exchanges.length, 'exchange')}
            {view.matchingTurnCount > 0
              ? ` · ${plural(view.matchingTurnCount, 'matching turn')}`
              : ''}
          </p>
          <button type="button" className="button" onClick={props.onClearFilters}>
            Clear filters
          </button>
        </div>
      ) : null}
      {filtering && view.matchingExchangeCount === 0 ? (
        <p className="empty-state">No exchange in this briefing matches these filters.</p>
      ) : null}
      {long ? (
        // The note comes with the list it describes, once the list's code has loaded.
        <Suspense fallback={<p className="virtual-note">Preparing the long briefing…</p>}>
          <p className="virtual-note">
            {plural(shown.length, 'exchange')} in all; those near the screen are drawn as you
            scroll. Use the search box, j and k, or the overview to reach any of them.
          </p>
          <VirtualExchangeList
            shown={shown}
            filtering={filtering}
            renderExchange={renderExchange}
            markLists={markLists}
            focusTarget={focusTarget}
          />
        </Suspense>
      ) : (
        shown.map(renderExchange)
      )}
    </div>
  );
}

function groupHits(hits: readonly SearchHit[]): ReadonlyMap<string, readonly SearchHit[]> {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.blockId);
    if (group) group.push(hit);
    else groups.set(hit.blockId, [hit]);
  }
  return groups;
}
