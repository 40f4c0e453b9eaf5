import type { ReadingDocuments } from '../domain/search/reading-view';
import type { Topic } from '../domain/types';
import { readReaderTopics, readReaderTopicsText } from './search-params';

/**
 * The reader's own topics an address carries; none when it carries none or none that can be read
 * (the viewer says why from the address itself).
 */
export function readLinkedReaderTopics(url: string | URL): readonly Topic[] {
  const read = readReaderTopics(new URL(url).searchParams);
  return read.ok ? read.topics : [];
}

/**
 * Tags a viewer's documents with the reader's own topics the request's address carries. The tagger
 * loads only then: a reader who adds no topic never downloads it.
 */
export async function tagLinkedReaderTopics(
  documents: ReadingDocuments,
  request: Request,
): Promise<ReadingDocuments> {
  const own = readLinkedReaderTopics(request.url);
  if (own.length === 0) return documents;
  const { addReaderTopics } = await import('../domain/topics/reader-tagging');
  request.signal.throwIfAborted();
  return addReaderTopics(documents, own);
}

/** Whether a move between two addresses changes the reader's own topics they carry. */
export function changesReaderTopics(currentUrl: URL, nextUrl: URL): boolean {
  return (
    readReaderTopicsText(currentUrl.searchParams) !== readReaderTopicsText(nextUrl.searchParams)
  );
}
