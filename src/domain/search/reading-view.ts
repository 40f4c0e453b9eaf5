import type { ExchangeView, Filters, TranscriptView } from './filters';
import type { MarkTargets } from './marks';
import {
  indexArticle,
  indexTranscript,
  isSearchable,
  searchArticle,
  searchTranscript,
  type SearchHit,
  type SearchIndex,
} from './search';
import { countTurnsBySpeaker, summarizeTopics, type TopicSummary } from '../topics/stats';
import type { Article, ExchangeId, SpeakerId, Topic, TopicId, Transcript, TurnId } from '../types';

/** What a reader reads: a briefing, the story beside it (if any), and the topics both are tagged with. */
export interface ReadingDocuments {
  readonly transcript: Transcript;
  readonly article: Article | undefined;
  readonly topics: readonly Topic[];
}

/** What no filter changes: the counts a filter panel lists beside each speaker and topic. */
export interface DocumentFacts {
  readonly turnCounts: ReadonlyMap<SpeakerId, number>;
  readonly topicSummaries: readonly TopicSummary[];
}

/** Counts each speaker's turns and each topic's mentions in both documents. */
export function summarizeDocuments(documents: ReadingDocuments): DocumentFacts {
  return {
    turnCounts: countTurnsBySpeaker(documents.transcript),
    topicSummaries: summarizeTopics(documents.topics, documents.transcript, documents.article),
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
 * after that reads the folded text.
 */
export interface ReadingCache {
  readonly documents: ReadingDocuments;
  /** Finds a query in both documents. */
  readonly search: (query: string) => DocumentHits;
}

const noHits: DocumentHits = { briefing: [], story: [] };

/** Makes the cache for one pair of documents; its owner drops it with them. */
export function createReadingCache(documents: ReadingDocuments): ReadingCache {
  const { transcript, article } = documents;
  let briefingIndex: SearchIndex | undefined;
  let storyIndex: SearchIndex | undefined;
  return {
    documents,
    search: (query) => {
      if (!isSearchable(query)) return noHits;
      briefingIndex ??= indexTranscript(transcript);
      if (article !== undefined) storyIndex ??= indexArticle(article);
      return {
        briefing: searchTranscript(transcript, query, briefingIndex),
        story: article === undefined ? [] : searchArticle(article, query, storyIndex),
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
  readonly marks: MarkTargets;
}
