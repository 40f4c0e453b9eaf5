import type { Article, Transcript } from '../domain/types';
import { parseInWorker } from '../workers/parse-client';
import { getLibrary, type Library } from './db';
import { toLibraryError } from './errors';
import type { SavedDocument, SavedSource } from './records';

// What the viewer needs for a saved briefing: the transcript and its paired story, parsed afresh from
// the stored text. A link can reach a browser that never saw the document; that is said plainly.

export type DocumentPair =
  | { transcript: Transcript; article?: Article; record: SavedDocument }
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
 * Loads a saved transcript and its paired story (if it still exists) for the viewer; rejects with an
 * AbortError when `signal` is aborted.
 */
export async function loadDocumentPair(
  docId: string,
  library: Library = getLibrary(),
  signal?: AbortSignal,
): Promise<DocumentPair> {
  try {
    const record = await library.load(docId);
    if (record === undefined) return { error: 'not-found', message: notInThisBrowser };
    if (record.kind !== 'transcript') return { error: 'not-found', message: storyNotTranscript };
    const transcript = await parseInWorker(record.text, 'transcript', undefined, signal);
    // Parsing as 'transcript' always gives one; the check is for the type system.
    if (transcript.kind !== 'transcript') return { error: 'not-found', message: notInThisBrowser };
    applyDetails(transcript, record);
    const story =
      record.pairedStoryId === undefined ? undefined : await library.load(record.pairedStoryId);
    if (story?.kind !== 'article') return { transcript, record };
    const article = await parseInWorker(story.text, 'article', undefined, signal);
    if (article.kind !== 'article') return { transcript, record };
    applyDetails(article, story);
    return { transcript, article, record };
  } catch (error) {
    if (signal?.aborted === true) throw error;
    return { error: 'storage', message: toLibraryError(error).message };
  }
}
