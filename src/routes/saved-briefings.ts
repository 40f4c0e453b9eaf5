import { readTextDate } from '../domain/archive/documents';
import { toAsciiSlug } from '../domain/archive/slugs';
import { listSearchRecords, type SearchRecord } from '../domain/search/records';
import type { Speaker } from '../domain/types';
import type { Library } from '../storage/db';
import type { SavedDocument } from '../storage/records';
import { parseInWorker } from '../workers/parse-client';
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

/** Parses one saved transcript (in a worker where there is one) into its records; undefined if it is no transcript. */
export async function readSavedBriefing(
  saved: SavedDocument,
  signal?: AbortSignal,
): Promise<SavedBriefing | undefined> {
  const transcript = await parseInWorker(saved.text, 'transcript', undefined, signal);
  if (transcript.kind !== 'transcript') return undefined;
  const links = prefixViewerPaths(paths.document(saved.id), new URLSearchParams());
  const names = new Map<string, string>();
  for (const speaker of transcript.speakers) {
    const slug = readSavedSpeakerSlug(speaker);
    if (slug !== undefined) names.set(slug, speaker.name);
  }
  // What the reader gave on saving stands over what the text says.
  const date = saved.source?.date ?? readTextDate(transcript);
  const publisher = saved.source?.publisher ?? transcript.source?.publisher;
  const records = listSearchRecords(
    { slug: saved.id, title: saved.title, date, publisher, transcript },
    {
      permalink: (exchangeId, turnId) => links.exchange(exchangeId, { turnId }),
      speakerSlug: readSavedSpeakerSlug,
    },
  );
  return {
    id: saved.id,
    title: saved.title,
    date,
    publisher,
    questions: transcript.exchanges.filter((exchange) => exchange.kind === 'question').length,
    records,
    names,
  };
}
