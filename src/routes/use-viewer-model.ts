import { useDeferredValue, useMemo } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import {
  filterTranscript,
  isFiltering,
  listShownExchanges,
  type Filters,
} from '../domain/search/filters';
import { groupHitsByBlock, listMarkTargets } from '../domain/search/marks';
import {
  createReadingCache,
  summarizeDocuments,
  type DocumentFacts,
  type ReadingDocuments,
  type ReadingRequest,
  type ReadingView,
} from '../domain/search/reading-view';
import type { SpeakerId, TopicId } from '../domain/types';
import { checkLink, type CheckedLink } from './link-problems';
import { readTurnHash } from './paths';
import { readFilters } from './search-params';

/** Everything the viewer shows, from its documents and the address alone. */
export interface ViewerModel {
  readonly documents: ReadingDocuments;
  /** Counts no filter changes, made once per pair of documents. */
  readonly facts: DocumentFacts;
  /**
   * What the address asks for, read at once: the boxes and the search field show it in the frame
   * that follows the click or the keystroke.
   */
  readonly link: CheckedLink;
  /**
   * What the panes show, derived from the address once per change. On a long briefing it may trail
   * `link` by a moment: React draws it in the background, after the input has painted.
   */
  readonly view: ReadingView;
}

/** The viewer's one view model: the address and the documents in, every derived value out. */
export function useViewerModel(documents: ReadingDocuments): ViewerModel {
  const link = useAddress(documents);
  const request = useDeferredValue<ReadingRequest>(link);
  const view = useReadingView(documents, request);
  const facts = useMemo(() => summarizeDocuments(documents), [documents]);
  return useMemo(() => ({ documents, facts, link, view }), [documents, facts, link, view]);
}

/** The exchange, turn and filters the address names, checked against the documents. */
function useAddress(documents: ReadingDocuments): CheckedLink {
  const { exchangeId: requestedExchange } = useParams();
  const [searchParams] = useSearchParams();
  const { hash } = useLocation();
  // Only an exchange page reads its hash as a turn; elsewhere a hash is an ordinary in-page anchor.
  const requestedTurn = requestedExchange === undefined ? undefined : readTurnHash(hash);
  const link = useMemo(
    () =>
      checkLink(documents, {
        filters: readFilters(searchParams),
        ...(requestedExchange === undefined ? {} : { exchangeId: requestedExchange }),
        ...(requestedTurn === undefined ? {} : { turnId: requestedTurn }),
      }),
    [documents, searchParams, requestedExchange, requestedTurn],
  );
  const filters = useSteadyFilters(link.filters);
  return useMemo(() => ({ ...link, filters }), [link, filters]);
}

/**
 * Derives what a request shows. Each value is worked out once per change of what it depends on: the
 * search once per query (and document), the filtering once per change of filters or linked exchange.
 */
function useReadingView(documents: ReadingDocuments, request: ReadingRequest): ReadingView {
  const { transcript, article } = documents;
  const { filters, exchangeId } = request;
  const cache = useMemo(() => createReadingCache(documents), [documents]);
  const hits = useMemo(() => cache.search(filters.q), [cache, filters.q]);
  const hitsByBlock = useMemo(
    () => ({ briefing: groupHitsByBlock(hits.briefing), story: groupHitsByBlock(hits.story) }),
    [hits],
  );
  const exchanges = useMemo(
    () => filterTranscript(transcript, filters, { pinned: exchangeId, hits: hits.briefing }),
    [transcript, filters, exchangeId, hits],
  );
  const shown = useMemo(() => listShownExchanges(exchanges), [exchanges]);
  const filtering = isFiltering(filters);
  // The same set while the chosen topics are the same: a speaker or search change leaves every
  // marked paragraph as it was, and memoized paragraphs skip their work.
  const activeTopics = useMemo(() => new Set<TopicId>(filters.topics), [filters.topics]);
  const marks = useMemo(
    () =>
      listMarkTargets({
        transcript,
        article,
        shown,
        filtering,
        briefingHits: hits.briefing,
        storyHits: hits.story,
        activeTopics,
      }),
    [transcript, article, shown, filtering, hits, activeTopics],
  );
  return useMemo(
    () => ({
      request,
      filtering,
      transcript: exchanges,
      shown,
      activeTopics,
      hits,
      hitsByBlock,
      marks,
    }),
    [request, filtering, exchanges, shown, activeTopics, hits, hitsByBlock, marks],
  );
}

const splitKey = <T extends string>(key: string): T[] =>
  key === '' ? [] : (key.split('\n') as T[]);

/**
 * The filters, with the same lists (and the same object) for as long as they hold the same values.
 * Every URL change reads new lists; kept as they were, the speaker list, the topic marks, the links
 * and everything else memoized on one kind of filter skip a change of another kind, or of the
 * exchange alone (j and k).
 */
function useSteadyFilters(filters: Filters): Filters {
  const speakerKey = filters.speakers.join('\n');
  const topicKey = filters.topics.join('\n');
  const speakers = useMemo(() => splitKey<SpeakerId>(speakerKey), [speakerKey]);
  const topics = useMemo(() => splitKey<TopicId>(topicKey), [topicKey]);
  return useMemo(() => ({ speakers, topics, q: filters.q }), [speakers, topics, filters.q]);
}
