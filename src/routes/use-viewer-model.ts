import { useMemo } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { filterTranscript, isFiltering, type Filters } from '../domain/search/filters';
import { searchArticle, searchTranscript } from '../domain/search/search';
import type { SpeakerId, TopicId } from '../domain/types';
import { checkLink } from './link-problems';
import { readTurnHash } from './paths';
import { readFilters } from './search-params';
import type { ViewerDocuments } from './viewer-documents';

/** Everything the viewer shows, derived from its documents and the URL alone. */
export function useViewerModel(documents: ViewerDocuments) {
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
  const { transcript, article } = documents;
  const { exchangeId } = link;
  const filters = useSteadyFilters(link.filters);
  const steadyLink = useMemo(() => ({ ...link, filters }), [link, filters]);
  const view = useMemo(
    () => filterTranscript(transcript, filters, { pinned: exchangeId }),
    [transcript, filters, exchangeId],
  );
  const briefingHits = useMemo(
    () => searchTranscript(transcript, filters.q),
    [transcript, filters.q],
  );
  const storyHits = useMemo(
    () => (article ? searchArticle(article, filters.q) : []),
    [article, filters.q],
  );
  // The same set while the chosen topics are the same: a speaker or search change leaves every
  // marked paragraph as it was, and memoized paragraphs skip their work.
  const activeTopics = useMemo(() => new Set<TopicId>(filters.topics), [filters.topics]);

  return {
    documents,
    link: steadyLink,
    view,
    filtering: isFiltering(filters),
    briefingHits,
    storyHits,
    activeTopics,
    exchange: transcript.exchanges.find((candidate) => candidate.id === exchangeId),
  };
}

export type ViewerModel = ReturnType<typeof useViewerModel>;

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
