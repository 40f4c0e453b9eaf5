import { useMemo } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import {
  filterTranscript,
  isFiltering,
  listShownExchanges,
  type Filters,
} from '../domain/search/filters';
import {
  groupHitsByBlock,
  listMarkTargets,
  type MarkSteps,
  type MarkTargets,
} from '../domain/search/marks';
import {
  countChosenMentions,
  createReadingCache,
  summarizeDocuments,
  type ReadingCache,
  type DocumentFacts,
  type ReadingDocuments,
  type ReadingRequest,
  type ReadingView,
} from '../domain/search/reading-view';
import type { SpeakerId, Topic, TopicId } from '../domain/types';
import { checkLink, type CheckedLink } from './link-problems';
import { namesStoryParagraph, readLinkedQuote, type LinkedQuote } from './linked-quote';
import { readTurnHash } from './paths';
import { readFilters, readReaderTopics } from './search-params';

/** Everything the viewer shows, from its documents and the address alone. */
export interface ViewerModel {
  readonly documents: ReadingDocuments;
  /** Counts no filter changes, made once per pair of documents. */
  readonly facts: DocumentFacts;
  /** What the address asks for, checked against the documents. */
  readonly link: CheckedLink;
  /** What the panes and the filter panel show, derived from the address once per change. */
  readonly view: ReadingView;
  /** The words a quote link in the address names, or why they cannot be shown. */
  readonly quote: LinkedQuote | undefined;
}

/** The viewer's one view model: the address and the documents in, every derived value out. */
export function useViewerModel(documents: ReadingDocuments): ViewerModel {
  // The router draws every change of address in a transition, which React interrupts for input;
  // the filter panel shows a change before its transition is done (see FilterPanel).
  const link = useAddress(documents);
  const quote = useLinkedQuote(documents, link);
  const facts = useMemo(() => summarizeDocuments(documents), [documents]);
  const cache = useMemo(() => createReadingCache(documents), [documents]);
  const view = useReadingView(cache, facts, link);
  return useMemo(
    () => ({ documents, facts, link, view, quote }),
    [documents, facts, link, view, quote],
  );
}

/**
 * The quote the address's hash names. On an exchange's page a turn's words count only when the turn
 * is the one the page opens (one in another exchange is a link problem, with a way to it).
 */
function useLinkedQuote(documents: ReadingDocuments, link: CheckedLink): LinkedQuote | undefined {
  const { hash } = useLocation();
  const { exchangeId } = useParams();
  const onExchangePage = exchangeId !== undefined;
  return useMemo(() => {
    const quote = readLinkedQuote(documents, hash, onExchangePage);
    if (quote?.status !== 'found' || quote.document === 'story' || !onExchangePage) return quote;
    return quote.blockId === link.turnId ? quote : undefined;
  }, [documents, hash, onExchangePage, link.turnId]);
}

/** The exchange, turn and filters the address names, checked against the documents. */
function useAddress(documents: ReadingDocuments): CheckedLink {
  const { exchangeId: requestedExchange } = useParams();
  const [searchParams] = useSearchParams();
  const { hash } = useLocation();
  // Only an exchange page reads its hash as a turn; elsewhere a hash is an ordinary in-page anchor.
  // A story paragraph's quote (`#p3:q=…`) names no turn.
  const requestedTurn =
    requestedExchange === undefined || namesStoryParagraph(documents, hash)
      ? undefined
      : readTurnHash(hash);
  const link = useMemo(() => {
    const readerTopics = readReaderTopics(searchParams);
    return checkLink(documents, {
      filters: readFilters(searchParams),
      ...(requestedExchange === undefined ? {} : { exchangeId: requestedExchange }),
      ...(requestedTurn === undefined ? {} : { turnId: requestedTurn }),
      ...(readerTopics.ok ? {} : { readerTopicsProblem: readerTopics.message }),
    });
  }, [documents, searchParams, requestedExchange, requestedTurn]);
  const filters = useSteadyFilters(link.filters);
  return useMemo(() => ({ ...link, filters }), [link, filters]);
}

/**
 * Derives what a request shows. Each value is worked out once per change of what it depends on: the
 * search once per query (and document), the filtering once per change of filters or linked exchange.
 */
function useReadingView(
  cache: ReadingCache,
  facts: DocumentFacts,
  request: ReadingRequest,
): ReadingView {
  const { transcript, article } = cache.documents;
  const { filters, exchangeId } = request;
  const hits = useMemo(() => cache.search(filters.q), [cache, filters.q]);
  const hitsByBlock = useMemo(
    () => ({ briefing: groupHitsByBlock(hits.briefing), story: groupHitsByBlock(hits.story) }),
    [hits],
  );
  const exchanges = useMemo(
    () =>
      filterTranscript(transcript, filters, {
        pinned: exchangeId,
        hits: hits.briefing,
        exchangeTurns: cache.exchangeTurns,
      }),
    [transcript, filters, exchangeId, hits, cache],
  );
  const shown = useMemo(() => listShownExchanges(exchanges), [exchanges]);
  const filtering = isFiltering(filters);
  // The same set while the chosen topics are the same: a speaker or search change leaves every
  // marked paragraph as it was, and memoized paragraphs skip their work.
  const activeTopics = useMemo(() => new Set<TopicId>(filters.topics), [filters.topics]);
  const marks = useMemo<MarkSteps>(() => {
    let listed: MarkTargets | undefined;
    return {
      hitCount: hits.briefing.length + hits.story.length,
      mentionCount: countChosenMentions(facts.topicSummaries, activeTopics),
      list: () =>
        (listed ??= listMarkTargets({
          transcript,
          article,
          shown,
          filtering,
          briefingHits: hits.briefing,
          storyHits: hits.story,
          activeTopics,
        })),
    };
  }, [transcript, article, shown, filtering, hits, activeTopics, facts]);
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
  const readerTopics = useSteadyReaderTopics(filters.readerTopics);
  return useMemo(
    () => ({
      speakers,
      topics,
      q: filters.q,
      ...(readerTopics === undefined ? {} : { readerTopics }),
    }),
    [speakers, topics, filters.q, readerTopics],
  );
}

/** The reader's own topics, the same list for as long as they are the same topics. */
function useSteadyReaderTopics(topics: readonly Topic[] | undefined): readonly Topic[] | undefined {
  const key = topics === undefined ? '' : JSON.stringify(topics);
  // The key holds the whole list, so the list is read back from it, as the other lists are.
  return useMemo(() => (key === '' ? undefined : (JSON.parse(key) as Topic[])), [key]);
}
