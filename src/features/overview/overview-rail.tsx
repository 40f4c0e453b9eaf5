import { useMemo } from 'react';
import { getTopicStyle } from '../../components/topic-style';
import type { Filters, TranscriptView } from '../../domain/search/filters';
import type { SearchHit } from '../../domain/search/search';
import type { ExchangeId, Transcript } from '../../domain/types';
import { layOutRail, type RailSegment } from './overview-model';
import '../../styles/topics.css';
import './overview.css';
import { AppLink } from '../../components/app-link';

export interface OverviewRailProps {
  readonly transcript: Transcript;
  readonly view: TranscriptView;
  readonly filters: Filters;
  readonly hits: readonly SearchHit[];
  readonly currentExchangeId?: ExchangeId | undefined;
  readonly getExchangeHref: (id: ExchangeId) => string;
}

/** Says in words what a rail segment holds, for its link's name and tooltip. */
export function describeSegment(segment: RailSegment): string {
  const parts: string[] = [];
  for (const [topicId, count] of segment.mentionCounts) {
    parts.push(`${count} ${getTopicStyle(topicId).label} ${count === 1 ? 'mention' : 'mentions'}`);
  }
  if (segment.speakerTurns > 0) {
    const turns = segment.speakerTurns === 1 ? 'turn' : 'turns';
    parts.push(`${segment.speakerTurns} ${turns} by chosen speakers`);
  }
  if (segment.hitCount > 0) {
    parts.push(`${segment.hitCount} search ${segment.hitCount === 1 ? 'match' : 'matches'}`);
  }
  if (!segment.shown) parts.push('hidden by the filters');
  return parts.length === 0
    ? segment.exchange.title
    : `${segment.exchange.title}: ${parts.join(', ')}`;
}

/** A slim map of the whole briefing: one link per exchange, sized by length, marked where filters hit. */
export function OverviewRail({
  transcript,
  view,
  filters,
  hits,
  currentExchangeId,
  getExchangeHref,
}: OverviewRailProps) {
  const segments = useMemo(() => layOutRail(view, filters, hits), [view, filters, hits]);
  return (
    <nav className="overview-rail" aria-label={`Overview of ${transcript.title}`}>
      <ol>
        {segments.map((segment) => {
          const label = describeSegment(segment);
          const current = segment.exchange.id === currentExchangeId;
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
}
