import { memo, useMemo } from 'react';
import { AppLink } from '../../components/app-link';
import { getTopicStyle } from '../../components/topic-style';
import type { Filters, TranscriptView } from '../../domain/search/filters';
import type { SearchHit } from '../../domain/search/search';
import type { ExchangeId, Transcript, Turn } from '../../domain/types';
import { pluralize } from '../../domain/words/pluralize';
import { layOutRail, type RailSegment } from './overview-model';
import { condenseView } from './rail-view';
import './overview.css';

export interface OverviewRailProps {
  readonly transcript: Transcript;
  readonly view: TranscriptView;
  readonly filters: Filters;
  /** The search hits of each turn, by the turn's id. */
  readonly hitsByTurn: ReadonlyMap<string, readonly SearchHit[]>;
  /** The characters of speech in a turn: a segment's share of the rail. */
  readonly measureTurn: (turn: Turn) => number;
  readonly currentExchangeId?: ExchangeId | undefined;
  readonly getExchangeHref: (id: ExchangeId) => string;
}

/** Says in words what a rail segment holds, for its link's name and tooltip. */
export function describeSegment(segment: RailSegment): string {
  const parts: string[] = [];
  for (const [topicId, count] of segment.mentionCounts) {
    parts.push(pluralize(count, `${getTopicStyle(topicId).label} mention`));
  }
  if (segment.speakerTurns > 0) {
    parts.push(`${pluralize(segment.speakerTurns, 'turn')} by chosen speakers`);
  }
  if (segment.hitCount > 0) {
    parts.push(pluralize(segment.hitCount, 'search match', 'search matches'));
  }
  if (!segment.shown) parts.push('hidden by the filters');
  return parts.length === 0
    ? segment.exchange.title
    : `${segment.exchange.title}: ${parts.join(', ')}`;
}

/**
 * A slim map of the whole briefing: one link per exchange, sized by length, marked where filters hit.
 * A long briefing's exchanges are grouped into stretches. Memoized: on a long briefing the rail is
 * costly to draw again, and it changes only with the filters.
 */
export const OverviewRail = memo(function OverviewRail({
  transcript,
  view,
  filters,
  hitsByTurn,
  measureTurn,
  currentExchangeId,
  getExchangeHref,
}: OverviewRailProps) {
  const rail = useMemo(() => condenseView(view), [view]);
  const segments = useMemo(
    () => layOutRail(rail.view, filters, hitsByTurn, measureTurn),
    [rail, filters, hitsByTurn, measureTurn],
  );
  const currentSegment = rail.segmentOf(currentExchangeId);
  return (
    <nav className="overview-rail" aria-label={`Overview of ${transcript.title}`}>
      <ol>
        {segments.map((segment) => {
          const label = describeSegment(segment);
          const current = segment.exchange.id === currentSegment;
          return (
            <li
              key={segment.exchange.id}
              className={`rail-segment${segment.shown ? '' : ' is-hidden'}`}
              style={{ flexGrow: segment.length }}
            >
              <AppLink
                to={getExchangeHref(segment.exchange.id)}
                aria-label={label}
                title={label}
                aria-current={current ? 'location' : undefined}
              >
                {segment.ticks.map((tick) => (
                  <span
                    key={`${tick.kind}-${tick.topicId ?? ''}-${tick.at}`}
                    className={`rail-tick rail-tick-${tick.kind}`}
                    data-topic={
                      tick.topicId === undefined ? undefined : getTopicStyle(tick.topicId).index
                    }
                    style={{ top: `${(tick.at * 100).toFixed(2)}%` }}
                  />
                ))}
              </AppLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
