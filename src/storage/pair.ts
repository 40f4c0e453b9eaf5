import type { Article, Topic, Transcript } from '../domain/types';
import { parsePairInWorker } from '../workers/parse-client';
import { getLibrary, type Library } from './db';
import { toLibraryError } from './errors';
import type { SavedDocument, SavedSource } from './records';

// What the viewer needs for a saved briefing: the transcript and its paired story, parsed afresh from
// the stored text and tagged together, as the shipped pair is. A link can reach a browser that never
// saw the document; that is said plainly.

export type DocumentPair =
  | {
      transcript: Transcript;
      article?: Article;
      /** The curated topics, those found in either document, then the reader's own. */
      topics: readonly Topic[];
      record: SavedDocument;
    }
  | { error: 'not-found' | 'storage'; message: string };

export const notInThisBrowser =
  'This document is not saved in this browser. Saved documents stay in the browser that imported them: import the file here, or open it in the browser you saved it in.';

export const storyNotTranscript =
  'This saved document is a news story, not a briefing. Pair it with a briefing in the library to read them side by side.';

/** What the reader gave (title, publisher, date, address) over what the parser read from the text. */
function applyDetails(document: Transcript | Article, record: SavedDocument): void {
  if (record.title.trim() !== '') document.title = record.title;
  const given: SavedSource = record.source ?? {};
  const publisher = given.publisher ?? document.source?.publisher;
  const date = given.date ?? document.source?.date;
  const url = given.url ?? document.source?.url;
  if (publisher === undefined && date === undefined && url === undefined) return;
  document.source = {
    publisher: publisher ?? '',
    ...(date === undefined ? {} : { date }),
    ...(url === undefined ? {} : { url }),
  };
}

/**
 * Loads a saved transcript and its paired story (if it still exists) for the viewer, tagged together
 * with the reader's own topics too; rejects with an AbortError when `signal` is aborted.
 */
export async function loadDocumentPair(
  docId: string,
  library: Library = getLibrary(),
  signal?: AbortSignal,
  readerTopics: readonly Topic[] = [],
): Promise<DocumentPair> {
  try {
    const record = await library.load(docId);
    if (record === undefined) return { error: 'not-found', message: notInThisBrowser };
    if (record.kind !== 'transcript') return { error: 'not-found', message: storyNotTranscript };
    const story =
      record.pairedStoryId === undefined ? undefined : await library.load(record.pairedStoryId);
    const storyText = story?.kind === 'article' ? story.text : undefined;
    const pair = await parsePairInWorker(record.text, storyText, readerTopics, signal);
    applyDetails(pair.transcript, record);
    if (pair.article !== undefined && story !== undefined) applyDetails(pair.article, story);
    return pair.article === undefined
      ? { transcript: pair.transcript, topics: pair.topics, record }
      : { transcript: pair.transcript, article: pair.article, topics: pair.topics, record };
  } catch (error) {
    if (signal?.aborted === true) throw error;
    return { error: 'storage', message: toLibraryError(error).message };
  }
}
