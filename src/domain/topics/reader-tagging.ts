import { defaultTopics } from '../../content/topics';
import type { Article, Topic, Transcript } from '../types';
import { isReaderTopicId } from './reader-topics';
import { tagDocuments } from './tag-documents';

/** A briefing, the story beside it (if any), and the topics both are tagged with. */
export interface TopicTaggedPair {
  readonly transcript: Transcript;
  readonly article: Article | undefined;
  readonly topics: readonly Topic[];
}

/**
 * Tags documents already tagged with curated and found topics with a reader's own topics too: the
 * found topics stay as they were (no discovery runs again), the reader's words are claimed first,
 * and the reader's topics are listed last. Reader topics the documents carried before are replaced.
 */
export function addReaderTopics<D extends TopicTaggedPair>(
  documents: D,
  own: readonly Topic[],
  curatedList: readonly Topic[] = defaultTopics,
): D {
  const curatedIds = new Set(curatedList.map((topic) => topic.id));
  const listed = documents.topics.filter((topic) => !isReaderTopicId(topic.id));
  const curated = listed.filter((topic) => curatedIds.has(topic.id));
  const found = listed.filter((topic) => !curatedIds.has(topic.id));
  const tagged = tagDocuments(documents.transcript, documents.article, { curated, found, own });
  return { ...documents, ...tagged };
}
