import { del, entries, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { LibraryError, toLibraryError } from './errors';
import { createLibraryStore } from './open';
import {
  createDocumentId,
  LIBRARY_SCHEMA_VERSION,
  readRecord,
  type DocumentId,
  tidySource,
  type SavedDocument,
  type SavedKind,
  type SavedSource,
} from './records';

// Saved documents live in IndexedDB (database "podium", store "documents"), one record per document
// under its id. A record that cannot be read is moved to "quarantine:<id>" and reported, never deleted:
// the reader may still want the text inside it.

const quarantinePrefix = 'quarantine:';

export interface QuarantinedRecord {
  key: string;
  reason: string;
  quarantinedAt: string;
  value: unknown;
}

export interface LibraryListing {
  /** Newest first. */
  documents: SavedDocument[];
  quarantined: QuarantinedRecord[];
  /** Records written by a newer version of Podium: left untouched, not shown. */
  newerCount: number;
}

export interface NewDocument {
  kind: SavedKind;
  title: string;
  text: string;
  pairedStoryId?: DocumentId;
  source?: SavedSource;
}

/** What a reader can change about a saved document after saving it. */
export interface DocumentDetails {
  title: string;
  source: SavedSource;
}

export interface Library {
  list: () => Promise<LibraryListing>;
  load: (id: string) => Promise<SavedDocument | undefined>;
  save: (input: NewDocument) => Promise<SavedDocument>;
  remove: (id: string) => Promise<void>;
  /** Changes a saved document's title and source; its text stays as it was saved. */
  update: (id: string, details: DocumentDetails) => Promise<SavedDocument>;
  /** Pairs a transcript with a saved story, or unpairs it when `storyId` is undefined. */
  pair: (transcriptId: string, storyId: string | undefined) => Promise<SavedDocument>;
}

const isQuarantineKey = (key: string): boolean => key.startsWith(quarantinePrefix);

async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toLibraryError(error);
  }
}

/** A library on an idb-keyval store; the app uses `getLibrary()`, tests pass their own store. */
export function createLibrary(store: UseStore): Library {
  // The library lists the newest first by savedAt: two saves within one millisecond would tie and
  // come out in any order, so each save of this page is stamped at least a millisecond after the last.
  let lastSaved = 0;
  const stampSave = (): string => {
    lastSaved = Math.max(Date.now(), lastSaved + 1);
    return new Date(lastSaved).toISOString();
  };
  const quarantine = (key: string, value: unknown, reason: string): Promise<QuarantinedRecord> => {
    const record: QuarantinedRecord = {
      key,
      reason,
      quarantinedAt: new Date().toISOString(),
      value,
    };
    return store('readwrite', (objectStore) => {
      objectStore.put(record, `${quarantinePrefix}${key}`);
      objectStore.delete(key);
      return promisifyRequest(objectStore.transaction).then(() => record);
    });
  };

  // Reads one stored value: migrated records are written back, unreadable ones set aside.
  const settle = async (key: string, value: unknown): Promise<SavedDocument | undefined> => {
    const reading = readRecord(value, key);
    if (reading.status === 'current') return reading.record;
    if (reading.status === 'migrated') {
      await set(key, reading.record, store);
      return reading.record;
    }
    if (reading.status === 'unreadable') await quarantine(key, value, reading.reason);
    return undefined;
  };

  const load = (id: string): Promise<SavedDocument | undefined> =>
    guard(async () => {
      if (id.length === 0 || id.startsWith(quarantinePrefix)) return undefined;
      const value: unknown = await get(id, store);
      return value === undefined ? undefined : settle(id, value);
    });

  const list = (): Promise<LibraryListing> =>
    guard(async () => {
      const stored = await entries<IDBValidKey, unknown>(store);
      const listing: LibraryListing = { documents: [], quarantined: [], newerCount: 0 };
      for (const [key, value] of stored) {
        // Podium writes string keys only; anything else is not ours to judge.
        if (typeof key !== 'string') continue;
        if (isQuarantineKey(key)) {
          listing.quarantined.push(value as QuarantinedRecord);
          continue;
        }
        const reading = readRecord(value, key);
        if (reading.status === 'newer') {
          listing.newerCount += 1;
        } else if (reading.status === 'unreadable') {
          listing.quarantined.push(await quarantine(key, value, reading.reason));
        } else {
          if (reading.status === 'migrated') await set(key, reading.record, store);
          listing.documents.push(reading.record);
        }
      }
      listing.documents.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
      return listing;
    });

  const save = (input: NewDocument): Promise<SavedDocument> =>
    guard(async () => {
      let id = createDocumentId();
      while ((await get(id, store)) !== undefined) id = createDocumentId();
      const record: SavedDocument = {
        id,
        kind: input.kind,
        title: input.title,
        text: input.text,
        savedAt: stampSave(),
        schemaVersion: LIBRARY_SCHEMA_VERSION,
      };
      if (input.pairedStoryId !== undefined) record.pairedStoryId = input.pairedStoryId;
      const source = input.source === undefined ? undefined : tidySource(input.source);
      if (source !== undefined) record.source = source;
      await set(id, record, store);
      return record;
    });

  const pair = (transcriptId: string, storyId: string | undefined): Promise<SavedDocument> =>
    guard(async () => {
      const transcript = await load(transcriptId);
      if (transcript?.kind !== 'transcript') {
        throw new LibraryError('failed', 'That transcript is no longer saved in this browser.');
      }
      const rest: SavedDocument = { ...transcript };
      delete rest.pairedStoryId;
      if (storyId === undefined) {
        await set(transcript.id, rest, store);
        return rest;
      }
      const story = await load(storyId);
      if (story?.kind !== 'article') {
        throw new LibraryError('failed', 'That news story is no longer saved in this browser.');
      }
      const paired: SavedDocument = { ...rest, pairedStoryId: story.id };
      await set(transcript.id, paired, store);
      return paired;
    });

  // Deleting a story also unpairs the transcripts shown beside it, so no link points at nothing.
  const remove = (id: string): Promise<void> =>
    guard(async () => {
      const { documents } = await list();
      for (const document of documents) {
        if (document.pairedStoryId === id) await pair(document.id, undefined);
      }
      await del(id, store);
    });

  const update = (id: string, details: DocumentDetails): Promise<SavedDocument> =>
    guard(async () => {
      const record = await load(id);
      if (record === undefined) {
        throw new LibraryError('failed', 'That document is no longer saved in this browser.');
      }
      const next: SavedDocument = { ...record, title: details.title };
      delete next.source;
      const source = tidySource(details.source);
      if (source !== undefined) next.source = source;
      await set(id, next, store);
      return next;
    });

  return { list, load, save, remove, pair, update };
}

let shared: Library | undefined;

/** The browser's library of saved documents. */
export function getLibrary(): Library {
  shared ??= createLibrary(createLibraryStore());
  return shared;
}
