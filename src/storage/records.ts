import type { Brand } from '../domain/types';

// What a saved document looks like on disk. The text itself is stored, never the parsed result:
// parsing is a pure function, so a newer parser re-reads old documents and no format change can leave a
// stale or corrupt parse behind. Each record carries its schema version and is migrated when read.

export type DocumentId = Brand<string, 'DocumentId'>;
export type SavedKind = 'transcript' | 'article';

export const LIBRARY_SCHEMA_VERSION = 2;

/** Where a saved document comes from, as the reader gave it; each part may be unknown. */
export interface SavedSource {
  publisher?: string;
  /** YYYY-MM-DD. */
  date?: string;
  url?: string;
}

export interface SavedDocument {
  id: DocumentId;
  kind: SavedKind;
  title: string;
  text: string;
  /** ISO 8601 time of saving. */
  savedAt: string;
  /** For a transcript: the saved news story shown beside it. */
  pairedStoryId?: DocumentId;
  /** Publisher, date and address given on import or edited since; older records have none. */
  source?: SavedSource;
  schemaVersion: typeof LIBRARY_SCHEMA_VERSION;
}

/** The first record format: `savedAt` in epoch milliseconds and the pairing named `storyId`. */
export interface SavedDocumentV1 {
  schemaVersion: 1;
  id: string;
  kind: SavedKind;
  title: string;
  text: string;
  savedAt: number;
  storyId?: string;
}

export type RecordReading =
  | { status: 'current'; record: SavedDocument }
  | { status: 'migrated'; record: SavedDocument; from: number }
  | { status: 'newer'; version: number }
  | { status: 'unreadable'; reason: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isKind = (value: unknown): value is SavedKind =>
  value === 'transcript' || value === 'article';

const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0;

const isSavedSource = (value: unknown): value is SavedSource =>
  isObject(value) &&
  ['publisher', 'date', 'url'].every(
    (key) => value[key] === undefined || typeof value[key] === 'string',
  );

/** Keeps the parts of a source that say something, trimmed; undefined when none does. */
export function tidySource(source: SavedSource): SavedSource | undefined {
  const tidy: SavedSource = {};
  for (const key of ['publisher', 'date', 'url'] as const) {
    const value = source[key]?.trim() ?? '';
    if (value !== '') tidy[key] = value;
  }
  return Object.keys(tidy).length === 0 ? undefined : tidy;
}

/** Why a record of the current version cannot be used, or undefined when it can. */
function findFault(value: Record<string, unknown>, key: string): string | undefined {
  if (value.id !== key) return 'its id does not match the key it is stored under';
  if (!isKind(value.kind)) return 'its kind is neither transcript nor news story';
  if (typeof value.title !== 'string') return 'it has no title';
  if (typeof value.text !== 'string') return 'its text is missing';
  if (!isNonEmptyString(value.savedAt) || Number.isNaN(Date.parse(value.savedAt))) {
    return 'its save date is not a date';
  }
  if (value.pairedStoryId !== undefined && !isNonEmptyString(value.pairedStoryId)) {
    return 'its paired story is not an id';
  }
  if (value.source !== undefined && !isSavedSource(value.source)) {
    return 'its source is not a publisher, date and address';
  }
  return undefined;
}

function readCurrent(value: Record<string, unknown>, key: string): RecordReading {
  const fault = findFault(value, key);
  if (fault !== undefined) return { status: 'unreadable', reason: fault };
  // findFault has checked every field this cast promises.
  return { status: 'current', record: value as unknown as SavedDocument };
}

/** Turns a version 1 record into the current shape. */
export function migrateV1(value: SavedDocumentV1): SavedDocument {
  const record: SavedDocument = {
    id: value.id as DocumentId,
    kind: value.kind,
    title: value.title,
    text: value.text,
    savedAt: new Date(value.savedAt).toISOString(),
    schemaVersion: LIBRARY_SCHEMA_VERSION,
  };
  if (value.storyId !== undefined) record.pairedStoryId = value.storyId as DocumentId;
  return record;
}

function readV1(value: Record<string, unknown>, key: string): RecordReading {
  const savedAt = value.savedAt;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) {
    return { status: 'unreadable', reason: 'its save date is not a date' };
  }
  if (value.storyId !== undefined && !isNonEmptyString(value.storyId)) {
    return { status: 'unreadable', reason: 'its paired story is not an id' };
  }
  const fault = findFault({ ...value, savedAt: new Date(savedAt).toISOString() }, key);
  if (fault !== undefined) return { status: 'unreadable', reason: fault };
  return {
    status: 'migrated',
    record: migrateV1(value as unknown as SavedDocumentV1),
    from: 1,
  };
}

/** Reads a stored value: the record (migrated when older), a newer version to leave alone, or why not. */
export function readRecord(value: unknown, key: string): RecordReading {
  if (!isObject(value)) return { status: 'unreadable', reason: 'it is not a saved document' };
  const version = value.schemaVersion;
  if (version === LIBRARY_SCHEMA_VERSION) return readCurrent(value, key);
  if (version === 1) return readV1(value, key);
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version > LIBRARY_SCHEMA_VERSION
  ) {
    return { status: 'newer', version };
  }
  return { status: 'unreadable', reason: 'its format version is unknown' };
}

const idAlphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new document id: 10 random characters from [0-9a-z], short enough for a URL, safe in one. */
export function createDocumentId(): DocumentId {
  let id = '';
  while (id.length < 10) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      // 252 is the largest multiple of 36 below 256: dropping bytes above it keeps characters equally likely.
      if (byte < 252 && id.length < 10) id += idAlphabet[byte % 36] ?? '';
    }
  }
  return id as DocumentId;
}
