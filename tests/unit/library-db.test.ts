import 'fake-indexeddb/auto';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { createLibrary } from '../../src/storage/db';
import { LibraryError } from '../../src/storage/errors';
import { createLibraryStore } from '../../src/storage/open';
import { createDocumentId } from '../../src/storage/records';

let counter = 0;
// Each test gets a database of its own, so no test sees another's records.
const freshStore = (): UseStore => createLibraryStore(`podium-test-${++counter}`, 'documents');

const briefing = 'A Briefing\n\nQ:\u00a0 Hello?\n\nMR. SMITH:\u00a0 Hello.\n';

describe('library storage', () => {
  it('saves, lists, loads and deletes a document', async () => {
    const library = createLibrary(freshStore());
    const saved = await library.save({ kind: 'transcript', title: 'A Briefing', text: briefing });
    expect(saved.id).toMatch(/^[0-9a-z]{10}$/);
    expect(await library.load(saved.id)).toEqual(saved);
    expect((await library.list()).documents.map((document) => document.title)).toEqual([
      'A Briefing',
    ]);
    await library.remove(saved.id);
    expect(await library.load(saved.id)).toBeUndefined();
    expect((await library.list()).documents).toEqual([]);
  });

  it('lists the newest first even when two saves fall in one millisecond', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00.000Z'), toFake: ['Date'] });
    try {
      const library = createLibrary(freshStore());
      const first = await library.save({ kind: 'transcript', title: 'First', text: briefing });
      const second = await library.save({ kind: 'transcript', title: 'Second', text: briefing });
      expect([first.savedAt, second.savedAt]).toEqual([
        '2026-03-01T10:00:00.000Z',
        '2026-03-01T10:00:00.001Z',
      ]);
      expect((await library.list()).documents.map((document) => document.title)).toEqual([
        'Second',
        'First',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the text exactly as given, no-break spaces included', async () => {
    const library = createLibrary(freshStore());
    const saved = await library.save({ kind: 'transcript', title: 'A', text: briefing });
    expect((await library.load(saved.id))?.text).toBe(briefing);
  });

  it('pairs a transcript with a story, unpairs it, and unpairs when the story is deleted', async () => {
    const library = createLibrary(freshStore());
    const story = await library.save({ kind: 'article', title: 'Story', text: 'Story\n\nBody.' });
    const transcript = await library.save({ kind: 'transcript', title: 'T', text: briefing });
    expect((await library.pair(transcript.id, story.id)).pairedStoryId).toBe(story.id);
    expect((await library.pair(transcript.id, undefined)).pairedStoryId).toBeUndefined();
    await library.pair(transcript.id, story.id);
    await library.remove(story.id);
    expect((await library.load(transcript.id))?.pairedStoryId).toBeUndefined();
  });

  it('refuses to pair a transcript with something that is not a saved story', async () => {
    const library = createLibrary(freshStore());
    const transcript = await library.save({ kind: 'transcript', title: 'T', text: briefing });
    await expect(library.pair(transcript.id, 'missing000')).rejects.toThrow(/no longer saved/);
  });

  it('moves an unreadable record aside and reports it instead of deleting it', async () => {
    const store = freshStore();
    const library = createLibrary(store);
    const good = await library.save({ kind: 'transcript', title: 'Good', text: briefing });
    await set('broken0001', { schemaVersion: 2, id: 'broken0001', kind: 'poem' }, store);
    const listing = await library.list();
    expect(listing.documents.map((document) => document.id)).toEqual([good.id]);
    expect(listing.quarantined).toHaveLength(1);
    expect(listing.quarantined[0]?.key).toBe('broken0001');
    expect(listing.quarantined[0]?.reason).toMatch(/kind/);
    expect(await get('broken0001', store)).toBeUndefined();
    expect(await get('quarantine:broken0001', store)).toMatchObject({
      value: { kind: 'poem' },
    });
    // Reported again on the next listing, still not deleted.
    expect((await library.list()).quarantined).toHaveLength(1);
  });

  it('migrates a version 1 record and writes the new shape back', async () => {
    const store = freshStore();
    const savedAt = Date.UTC(2020, 0, 28, 15);
    await set(
      'old0000001',
      {
        schemaVersion: 1,
        id: 'old0000001',
        kind: 'transcript',
        title: 'Old',
        text: briefing,
        savedAt,
        storyId: 'story00001',
      },
      store,
    );
    const library = createLibrary(store);
    const record = await library.load('old0000001');
    expect(record).toEqual({
      schemaVersion: 2,
      id: 'old0000001',
      kind: 'transcript',
      title: 'Old',
      text: briefing,
      savedAt: '2020-01-28T15:00:00.000Z',
      pairedStoryId: 'story00001',
    });
    expect(await get('old0000001', store)).toEqual(record);
  });

  it('leaves records from a newer version alone and counts them', async () => {
    const store = freshStore();
    await set('next000001', { schemaVersion: 99, id: 'next000001' }, store);
    const listing = await createLibrary(store).list();
    expect(listing).toMatchObject({ documents: [], quarantined: [], newerCount: 1 });
    expect(await get('next000001', store)).toEqual({ schemaVersion: 99, id: 'next000001' });
  });

  it('explains a full disk in plain words', async () => {
    const full: UseStore = () =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const attempt = createLibrary(full).save({ kind: 'transcript', title: 'T', text: briefing });
    await expect(attempt).rejects.toBeInstanceOf(LibraryError);
    await expect(attempt).rejects.toMatchObject({
      reason: 'quota',
      message: expect.stringMatching(/no room left.*quota exceeded/) as unknown,
    });
  });

  it('explains a browser without IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulating a browser where IndexedDB is turned off.
    delete globalThis.indexedDB;
    try {
      await expect(createLibrary(freshStore()).list()).rejects.toMatchObject({
        reason: 'unavailable',
        message: expect.stringMatching(/does not let Podium save/) as unknown,
      });
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('adds its object store to an existing database that lacks it', async () => {
    const name = `podium-shared-${++counter}`;
    await set('other', 1, createLibraryStore(name, 'settings'));
    const library = createLibrary(createLibraryStore(name, 'documents'));
    const saved = await library.save({ kind: 'article', title: 'S', text: 'S\n\nBody.' });
    expect((await library.load(saved.id))?.title).toBe('S');
  });

  it('explains when another connection blocks the upgrade it needs', async () => {
    const name = `podium-blocked-${++counter}`;
    // A connection that, unlike Podium's, does not close when asked to.
    await set('other', 1, createStore(name, 'settings'));
    await expect(createLibrary(createLibraryStore(name, 'documents')).list()).rejects.toMatchObject(
      { reason: 'blocked', message: expect.stringMatching(/other Podium tab/) as unknown },
    );
  });

  it('makes distinct URL-safe ids', () => {
    const ids = new Set(Array.from({ length: 500 }, createDocumentId));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{10}$/);
  });
});
