import {
  resolveExchangeTurns,
  type ExchangeView,
  type Filters,
  type TranscriptView,
} from './filters';
import type { MarkSteps } from './marks';
import { isSearchable } from './query';
import { createSearchIndex, searchIndex, type SearchHit, type SearchIndex } from './search';
import { countTurnsBySpeaker, summarizeTopics, type TopicSummary } from '../topics/stats';
import type {
  Article,
  ExchangeId,
  SpeakerId,
  Topic,
  TopicId,
  Transcript,
  Turn,
  TurnId,
} from '../types';

/** What a reader reads: a briefing, the story beside it (if any), and the topics both are tagged with. */
export interface ReadingDocuments {
  readonly transcript: Transcript;
  readonly article: Article | undefined;
  readonly topics: readonly Topic[];
  /** Saved in this browser alone: its links open nowhere else, and its citations say so. */
  readonly local?: boolean;
}

/** What no filter changes: the counts a filter panel lists, and the length of each turn. */
export interface DocumentFacts {
  readonly turnCounts: ReadonlyMap<SpeakerId, number>;
  readonly topicSummaries: readonly TopicSummary[];
  /**
   * The characters of speech in a turn, counted the first time it is asked for and kept: the rail
   * and a long briefing's list size every turn on each change of filters.
   */
  readonly measureTurn: (turn: Turn) => number;
}

/** How many times the chosen topics are mentioned in both documents together. */
export function countChosenMentions(
  summaries: readonly TopicSummary[],
  chosen: ReadonlySet<TopicId>,
): number {
  let count = 0;
  for (const summary of summaries) {
    if (chosen.has(summary.topic.id)) count += summary.briefingCount + summary.storyCount;
  }
  return count;
}

/** Counts each speaker's turns and each topic's mentions in both documents. */
export function summarizeDocuments(documents: ReadingDocuments): DocumentFacts {
  const lengths = new Map<TurnId, number>();
  return {
    turnCounts: countTurnsBySpeaker(documents.transcript),
    topicSummaries: summarizeTopics(documents.topics, documents.transcript, documents.article),
    measureTurn: (turn) => {
      let length = lengths.get(turn.id);
      if (length === undefined) {
        length = 0;
        for (const paragraph of turn.paragraphs) length += paragraph.text.length;
        lengths.set(turn.id, length);
      }
      return length;
    },
  };
}

/** A query's hits in each document. */
export interface DocumentHits {
  readonly briefing: readonly SearchHit[];
  readonly story: readonly SearchHit[];
}

/**
 * What is kept for as long as one pair of documents is read. Folding a document for search is the
 * costly part of a search, so each document is folded once, on its first search, and every query
 * after that reads the folded text; likewise each exchange's turns are looked up once.
 */
export interface ReadingCache {
  readonly documents: ReadingDocuments;
  /** Finds a query in both documents. */
  readonly search: (query: string) => DocumentHits;
  /** Each exchange's turns, resolved once for every filtering of the briefing. */
  readonly exchangeTurns: readonly (readonly Turn[])[];
}

const noHits: DocumentHits = { briefing: [], story: [] };

/** Makes the cache for one pair of documents; its owner drops it with them. */
export function createReadingCache(documents: ReadingDocuments): ReadingCache {
  const { transcript, article } = documents;
  let briefingIndex: SearchIndex | undefined;
  let storyIndex: SearchIndex | undefined;
  return {
    documents,
    exchangeTurns: resolveExchangeTurns(transcript),
    search: (query) => {
      if (!isSearchable(query)) return noHits;
      briefingIndex ??= createSearchIndex(transcript);
      if (article !== undefined) storyIndex ??= createSearchIndex(article);
      return {
        briefing: searchIndex(briefingIndex, query),
        story: storyIndex === undefined ? [] : searchIndex(storyIndex, query),
      };
    },
  };
}

/** What a reader asked to see, with the names the documents do not have already left out. */
export interface ReadingRequest {
  readonly filters: Filters;
  /** The exchange a permalink names: shown, focused and marked whatever the filters say. */
  readonly exchangeId: ExchangeId | undefined;
  readonly turnId: TurnId | undefined;
}

/** Everything the panes and the filter panel show for one request, derived from it once. */
export interface ReadingView {
  readonly request: ReadingRequest;
  /** True when a filter narrows the briefing (a query too short to search does not). */
  readonly filtering: boolean;
  /** Every exchange, with what the filters make of it and of each of its turns. */
  readonly transcript: TranscriptView;
  /** The exchanges on show, in order: those that match, and the linked one. */
  readonly shown: readonly ExchangeView[];
  readonly activeTopics: ReadonlySet<TopicId>;
  readonly hits: DocumentHits;
  /** The hits of each block (a turn, a story paragraph), by the block's id. */
  readonly hitsByBlock: {
    readonly briefing: ReadonlyMap<string, readonly SearchHit[]>;
    readonly story: ReadonlyMap<string, readonly SearchHit[]>;
  };
  /** What "Next match" and "Next mention" step through. */
  readonly marks: MarkSteps;
}
