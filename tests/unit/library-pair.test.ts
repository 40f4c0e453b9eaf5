import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { briefingText, storyText } from '../../src/content/seeds';
import { createLibrary } from '../../src/state/library-db';
import { createLibraryStore } from '../../src/state/library-open';
import { loadDocumentPair } from '../../src/state/library-pair';
import { parseInWorker, type ParseProgress } from '../../src/workers/parse-client';

let counter = 0;
const freshLibrary = () =>
  createLibrary(createLibraryStore(`podium-pair-${++counter}`, 'documents'));

describe('loadDocumentPair', () => {
  it('re-parses a saved transcript and its paired story', async () => {
    const library = freshLibrary();
    const story = await library.save({ kind: 'article', title: 'Story', text: storyText });
    const saved = await library.save({
      kind: 'transcript',
      title: 'Briefing',
      text: briefingText,
      pairedStoryId: story.id,
    });
    const pair = await loadDocumentPair(saved.id, library);
    if ('error' in pair) throw new Error(pair.message);
    expect(pair.record.id).toBe(saved.id);
    expect(pair.transcript.exchanges).toHaveLength(6);
    expect(pair.article?.title).toMatch(/Britain and Italy stand together/);
  });

  it('loads a transcript whose story has been deleted on its own', async () => {
    const library = freshLibrary();
    const saved = await library.save({
      kind: 'transcript',
      title: 'Briefing',
      text: briefingText,
      pairedStoryId: 'gone000000' as never,
    });
    const pair = await loadDocumentPair(saved.id, library);
    expect('error' in pair ? pair.error : pair.article).toBeUndefined();
  });

  it('says plainly that a document is not in this browser', async () => {
    expect(await loadDocumentPair('nothere123', freshLibrary())).toEqual({
      error: 'not-found',
      message: expect.stringMatching(/^This document is not saved in this browser\./) as unknown,
    });
  });

  it('does not open a news story as a briefing', async () => {
    const library = freshLibrary();
    const story = await library.save({ kind: 'article', title: 'Story', text: storyText });
    expect(await loadDocumentPair(story.id, library)).toMatchObject({
      error: 'not-found',
      message: expect.stringMatching(/news story, not a briefing/) as unknown,
    });
  });

  it('reports storage failures as such', async () => {
    const broken = createLibrary(() => Promise.reject(new DOMException('gone', 'UnknownError')));
    expect(await loadDocumentPair('abc', broken)).toMatchObject({ error: 'storage' });
  });
});

describe('parseInWorker without workers', () => {
  it('parses on the main thread and reports each stage', async () => {
    const stages: ParseProgress['stage'][] = [];
    const document = await parseInWorker(briefingText, undefined, (progress) => {
      stages.push(progress.stage);
    });
    expect(document.kind).toBe('transcript');
    expect(stages).toEqual(['reading', 'parsing', 'done']);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const parsing = parseInWorker(storyText, 'article', () => undefined, controller.signal);
    controller.abort();
    await expect(parsing).rejects.toMatchObject({ name: 'AbortError' });
  });
});
