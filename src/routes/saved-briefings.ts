import { readTextDate } from '../domain/archive/documents';
import { toAsciiSlug } from '../domain/archive/slugs';
import { listSearchRecords, type SearchRecord } from '../domain/search/records';
import type { Speaker } from '../domain/types';
import type { Library } from '../storage/db';
import { loadDocumentPair } from '../storage/pair';
import type { SavedDocument } from '../storage/records';
import { paths } from './paths';
import { prefixViewerPaths } from './use-viewer-links';

// The briefings saved in this browser, read the way the archive reads its own: one search record per
// turn, linked to the turn's local permalink (`/d/ID/exchange/x3#t7`). The search page indexes them;
// the archive's home, speaker and topic pages list them beside the archive's own.

/** A saved briefing parsed, with its turns as search records. */
export interface SavedBriefing {
  readonly id: string;
  readonly title: string;
  /** `YYYY-MM-DD`: the date given on saving, else the one the text gives; undefined when neither. */
  readonly date: string | undefined;
  readonly publisher: string | undefined;
  readonly questions: number;
  readonly records: readonly SearchRecord[];
  /** The names of its people, by the slug their name makes. */
  readonly names: ReadonlyMap<string, string>;
}

/**
 * The slug the archive would give a named official's or reporter's name; a saved briefing's people
 * have no page, so a speaker is matched to an archive person by it. Undefined for other voices.
 */
export const readSavedSpeakerSlug = (speaker: Speaker): string | undefined =>
  (speaker.kind === 'official' || speaker.kind === 'reporter') && !/^unnamed/iu.test(speaker.id)
    ? toAsciiSlug(speaker.name) || undefined
    : undefined;

/** The saved briefing transcripts of a library, newest saved first (stories left out). */
export async function listSavedTranscripts(library: Library): Promise<SavedDocument[]> {
  const listing = await library.list();
  return listing.documents.filter((document) => document.kind === 'transcript');
}

/**
 * Reads one saved transcript as its viewer does (tagged with its paired story, so the topics found
 * in both count, and with the details given on saving), in a worker where there is one; undefined
 * when it is gone or is no transcript. Rejects with an AbortError when `signal` is aborted.
 */
export async function readSavedBriefing(
  saved: SavedDocument,
  library: Library,
  signal?: AbortSignal,
): Promise<SavedBriefing | undefined> {
  const pair = await loadDocumentPair(saved.id, library, signal);
  if ('error' in pair) return undefined;
  const { transcript } = pair;
  const links = prefixViewerPaths(paths.document(saved.id), new URLSearchParams());
  const names = new Map<string, string>();
  for (const speaker of transcript.speakers) {
    const slug = readSavedSpeakerSlug(speaker);
    if (slug !== undefined) names.set(slug, speaker.name);
  }
  // The pair holds what the reader gave on saving over what the text says.
  const date = readTextDate(transcript);
  // A source given with a date alone has an empty publisher.
  const given = transcript.source?.publisher;
  const publisher = given === undefined || given === '' ? undefined : given;
  const { title } = transcript;
  const records = listSearchRecords(
    { slug: saved.id, title, date, publisher, transcript },
    {
      permalink: (exchangeId, turnId) => links.exchange(exchangeId, { turnId }),
      speakerSlug: readSavedSpeakerSlug,
    },
  );
  return {
    id: saved.id,
    title,
    date,
    publisher,
    questions: transcript.exchanges.filter((exchange) => exchange.kind === 'question').length,
    records,
    names,
  };
}
