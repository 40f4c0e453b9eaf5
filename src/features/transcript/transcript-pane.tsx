import { useMemo } from 'react';
import type { TranscriptView } from '../../domain/filters';
import type { SearchHit } from '../../domain/search';
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

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The briefing as exchanges of speaker-attributed turns, narrowed by the filters. */
export function TranscriptPane(props: TranscriptPaneProps) {
  const { transcript, view, filtering, currentExchangeId, currentTurnId } = props;
  const speakers = useMemo(
    () => new Map<SpeakerId, Speaker>(transcript.speakers.map((speaker) => [speaker.id, speaker])),
    [transcript],
  );
  const hitsByTurn = useMemo(() => groupHits(props.hits), [props.hits]);
  const shown = view.exchanges.filter((exchange) => exchange.matches || exchange.pinned);
  useFocusTarget(currentTurnId ?? currentExchangeId);

  return (
    <div className="transcript">
      {filtering ? (
        <div className="transcript-summary">
          <p role="status">
            Showing {shown.length} of {plural(view.exchanges.length, 'exchange')}
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
      {shown.map((exchangeView) => (
        <ExchangeSection
          key={exchangeView.exchange.id}
          view={exchangeView}
          speakers={speakers}
          filtering={filtering}
          current={exchangeView.exchange.id === currentExchangeId}
          currentTurnId={currentTurnId}
          activeTopics={props.activeTopics}
          hitsByTurn={hitsByTurn}
          links={props.links}
          slots={props.slots}
        />
      ))}
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
