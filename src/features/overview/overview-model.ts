import type { Filters, TranscriptView } from '../../domain/filters';
import type { SearchHit } from '../../domain/search';
import type { Exchange, TopicId } from '../../domain/types';

export type TickKind = 'topic' | 'speaker' | 'hit';

/** A mark on the rail: what falls where along one exchange (0 = its start, 1 = its end). */
export interface Tick {
  readonly kind: TickKind;
  readonly at: number;
  readonly topicId?: TopicId;
}

export interface RailSegment {
  readonly exchange: Exchange;
  /** Characters of speech: the segment's share of the rail. */
  readonly length: number;
  readonly shown: boolean;
  readonly ticks: readonly Tick[];
  readonly mentionCounts: ReadonlyMap<TopicId, number>;
  readonly speakerTurns: number;
  readonly hitCount: number;
}

// Ticks closer than this share of a segment are drawn once: the rail is only so many pixels tall.
const tickResolution = 200;

/** Lays the exchanges along the rail with where chosen topics, chosen speakers and hits fall. */
export function layOutRail(
  view: TranscriptView,
  filters: Filters,
  hits: readonly SearchHit[],
): RailSegment[] {
  const topics = new Set(filters.topics);
  const speakers = new Set(filters.speakers);
  const hitsByTurn = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const list = hitsByTurn.get(hit.blockId);
    if (list === undefined) hitsByTurn.set(hit.blockId, [hit]);
    else list.push(hit);
  }
  return view.exchanges.map((exchangeView) => {
    const turns = exchangeView.turns.map((turnView) => turnView.turn);
    const length = Math.max(
      1,
      turns.reduce(
        (sum, turn) => sum + turn.paragraphs.reduce((total, p) => total + p.text.length, 0),
        0,
      ),
    );
    const ticks: Tick[] = [];
    // Buckets already ticked, per topic (or per kind for speakers and hits): no string keys to build.
    const seen = new Map<string, Set<number>>();
    const add = (kind: TickKind, offset: number, topicId?: TopicId) => {
      const at = Math.min(1, offset / length);
      const bucket = Math.round(at * tickResolution);
      const group = topicId ?? kind;
      let buckets = seen.get(group);
      if (buckets === undefined) {
        buckets = new Set();
        seen.set(group, buckets);
      }
      if (buckets.has(bucket)) return;
      buckets.add(bucket);
      ticks.push(topicId === undefined ? { kind, at } : { kind, at, topicId });
    };
    const mentionCounts = new Map<TopicId, number>();
    let speakerTurns = 0;
    let hitCount = 0;
    let offset = 0;
    for (const turn of turns) {
      if (speakers.has(turn.speakerId)) {
        speakerTurns += 1;
        add('speaker', offset);
      }
      const turnHits = hitsByTurn.get(turn.id) ?? [];
      for (const paragraph of turn.paragraphs) {
        const local = (at: number) => offset + at - paragraph.start;
        for (const mention of paragraph.mentions) {
          if (!topics.has(mention.topicId)) continue;
          mentionCounts.set(mention.topicId, (mentionCounts.get(mention.topicId) ?? 0) + 1);
          add('topic', local(mention.start), mention.topicId);
        }
        for (const hit of turnHits) {
          if (hit.start < paragraph.start || hit.start >= paragraph.end) continue;
          hitCount += 1;
          add('hit', local(hit.start));
        }
        offset += paragraph.text.length;
      }
    }
    return {
      exchange: exchangeView.exchange,
      length,
      shown: exchangeView.matches || exchangeView.pinned,
      ticks,
      mentionCounts,
      speakerTurns,
      hitCount,
    };
  });
}
