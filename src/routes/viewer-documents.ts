import type { LoaderFunctionArgs } from 'react-router';
import type { ReadingDocuments } from '../domain/search/reading-view';
import { tagLinkedReaderTopics } from './reader-topic-documents';
import { loadSeeds } from './seed-loader';

/**
 * The route loader for the documents Podium ships with, tagged with the reader's own topics the
 * address carries. Another route (an imported document, a sample) supplies its own pair through its
 * own loader; the viewer only ever reads loader data.
 */
export async function loadSeedDocuments(
  args?: Pick<LoaderFunctionArgs, 'request'>,
): Promise<ReadingDocuments> {
  const seeds = await loadSeeds();
  if (args === undefined) return seeds;
  args.request.signal.throwIfAborted();
  return tagLinkedReaderTopics(seeds, args.request);
}
