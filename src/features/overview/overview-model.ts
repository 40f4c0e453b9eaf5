import type { Filters, TranscriptView } from '../../domain/search/filters';
import type { SearchHit } from '../../domain/search/search';
import type { Exchange, TopicId, Turn } from '../../domain/types';

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

// The rail is a screen tall and a tick 3 pixels: it has room for about this many distinct ticks of
// each kind from top to bottom. A segment gets its share of them by length (at least a few, as its
// box has a least height), and ticks closer than one place apart are drawn once. Dividing each
// segment into a fixed number of places instead drew thousands of overlapping ticks on a long
// briefing, and restyling, laying out and painting those was most of a filter change's frame.
const railPlaces = 300;
const segmentPlaces = { least: 3, most: 200 } as const;

/** Lays the exchanges along the rail with where chosen topics, chosen speakers and hits fall. */
export function layOutRail(
  view: TranscriptView,
  filters: Filters,
  hitsByTurn: ReadonlyMap<string, readonly SearchHit[]>,
  measureTurn: (turn: Turn) => number,
): RailSegment[] {
  const topics = new Set(filters.topics);
  const speakers = new Set(filters.speakers);
  const lengths = view.exchanges.map((exchangeView) => {
    let length = 0;
    for (const { turn } of exchangeView.turns) length += measureTurn(turn);
    return Math.max(1, length);
  });
  const railLength = lengths.reduce((sum, length) => sum + length, 0);
  return view.exchanges.map((exchangeView, position) => {
    const length = lengths[position] ?? 1;
    const places = Math.min(
      segmentPlaces.most,
      Math.max(segmentPlaces.least, Math.round((railPlaces * length) / railLength)),
    );
    const ticks: Tick[] = [];
    // Buckets already ticked, per topic (or per kind for speakers and hits): no string keys to build.
    const seen = new Map<string, Set<number>>();
    const add = (kind: TickKind, offset: number, topicId?: TopicId) => {
      const at = Math.min(1, offset / length);
      const bucket = Math.round(at * places);
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
    for (const { turn } of exchangeView.turns) {
      if (speakers.has(turn.speakerId)) {
        speakerTurns += 1;
        add('speaker', offset);
      }
      const turnHits = hitsByTurn.get(turn.id);
      // Most turns hold nothing to mark: step over them by their length alone.
      if (topics.size === 0 && turnHits === undefined) {
        offset += measureTurn(turn);
        continue;
      }
      for (const paragraph of turn.paragraphs) {
        const local = (at: number) => offset + at - paragraph.start;
        for (const mention of paragraph.mentions) {
          if (!topics.has(mention.topicId)) continue;
          mentionCounts.set(mention.topicId, (mentionCounts.get(mention.topicId) ?? 0) + 1);
          add('topic', local(mention.start), mention.topicId);
        }
        for (const hit of turnHits ?? []) {
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
