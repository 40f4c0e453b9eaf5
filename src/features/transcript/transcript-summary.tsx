import type { TranscriptView } from '../../domain/search/filters';
import { formatCount, pluralize } from '../../domain/words/pluralize';

interface TranscriptSummaryProps {
  readonly shownCount: number;
  readonly view: TranscriptView;
  readonly onClearFilters: () => void;
}

/** What the filters leave of the briefing, with the way back to all of it. */
export function TranscriptSummary({ shownCount, view, onClearFilters }: TranscriptSummaryProps) {
  return (
    <>
      <div className="transcript-summary">
        <p role="status">
          Showing {formatCount(shownCount)} of {pluralize(view.exchanges.length, 'exchange')}
          {view.matchingTurnCount > 0
            ? ` · ${pluralize(view.matchingTurnCount, 'matching turn')}`
            : ''}
        </p>
        <button type="button" className="button" onClick={onClearFilters}>
          Clear filters
        </button>
      </div>
      {view.matchingExchangeCount === 0 ? (
        <p className="empty-state">No exchange in this briefing matches these filters.</p>
      ) : null}
    </>
  );
}
