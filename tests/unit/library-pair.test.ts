import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { briefingText, storyText } from '../../src/content/seeds';
import { createLibrary } from '../../src/storage/db';
import { createLibraryStore } from '../../src/storage/open';
import { loadDocumentPair } from '../../src/storage/pair';
import { previewLimit } from '../../src/domain/document/preview';
import { parseInWorker, previewInWorker, type ParseProgress } from '../../src/workers/parse-client';
import type { TopicId } from '../../src/domain/types';

let counter = 0;
const freshLibrary = () =>
  createLibrary(createLibraryStore(`podium-pair-${++counter}`, 'documents'));

// The shipped briefing saved with the shipped story paired to it.
async function saveSeedPair() {
  const library = freshLibrary();
  const story = await library.save({ kind: 'article', title: 'Story', text: storyText });
  const saved = await library.save({
    kind: 'transcript',
    title: 'Briefing',
    text: briefingText,
    pairedStoryId: story.id,
  });
  return { library, saved };
}

describe('loadDocumentPair', () => {
  it('re-parses a saved transcript and its paired story', async () => {
    const library = freshLibrary();
    const story = await library.save({
      kind: 'article',
      title: 'Story',
      text: storyText,
      source: { publisher: 'Gazette', date: '2017-02-09' },
    });
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
    expect(pair.article?.paragraphs[0]?.text).toMatch(
      /^In meetings with his counterpart Roberta Pinotti/,
    );
    // What the reader gave on saving stands over what the text says.
    expect(pair.transcript.title).toBe('Briefing');
    expect(pair.article?.title).toBe('Story');
    expect(pair.article?.source).toEqual({ publisher: 'Gazette', date: '2017-02-09' });
  });

  it('tags the pair together, as the shipped pair is: topics found in either, and the reader’s own', async () => {
    const { library, saved } = await saveSeedPair();
    const own = { id: 'my_boots' as TopicId, label: 'Boots', patterns: ['troops', 'soldiers'] };
    const pair = await loadDocumentPair(saved.id, library, undefined, [own]);
    if ('error' in pair) throw new Error(pair.message);
    const ids = pair.topics.map((topic) => topic.id);
    // Found in the text: Italy (both), Royal Navy (the story alone), then the reader's topic last.
    expect(ids).toEqual(expect.arrayContaining(['libya', 'italy', 'royal-navy']));
    expect(ids.at(-1)).toBe('my_boots');
    const storyMentions = (pair.article?.paragraphs ?? []).flatMap((paragraph) =>
      paragraph.mentions.filter((mention) => mention.topicId === 'royal-navy'),
    );
    expect(storyMentions).toHaveLength(5);
    const boots = pair.transcript.turns.flatMap((turn) =>
      turn.paragraphs.flatMap((paragraph) =>
        paragraph.mentions.filter((mention) => mention.topicId === 'my_boots'),
      ),
    );
    // "troops" twice and "soldiers" twice in the briefing.
    expect(boots.map((mention) => briefingText.slice(mention.start, mention.end))).toEqual([
      expect.stringMatching(/^(troops|soldiers)$/i),
      expect.stringMatching(/^(troops|soldiers)$/i),
      expect.stringMatching(/^(troops|soldiers)$/i),
      expect.stringMatching(/^(troops|soldiers)$/i),
    ]);
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

describe('previewInWorker without workers', () => {
  const bytesOf = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer;

  it('checks and parses bytes, and sums up what the import page shows', async () => {
    const stages: ParseProgress['stage'][] = [];
    const outcome = await previewInWorker(
      bytesOf(`\ufeff${briefingText}`),
      undefined,
      (progress) => {
        stages.push(progress.stage);
      },
    );
    expect(stages).toEqual(['reading', 'checking', 'parsing', 'done']);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.text).toBe(briefingText);
    expect(outcome.preview).toMatchObject({ kind: 'transcript', exchangeCount: 6 });
    expect(outcome.preview.exchanges.map((exchange) => exchange.title)[0]).toBe(
      'Opening statements',
    );
    expect(outcome.preview.topics).toEqual(expect.arrayContaining(['Libya', 'NATO', '5G']));
    const esper = outcome.preview.speakers.find((speaker) => speaker.name === 'Mark T. Esper');
    expect(esper?.labels).toEqual(['SECRETARY OF DEFENSE DR. MARK T. ESPER', 'SEC. ESPER']);
    expect(esper?.turns).toBeGreaterThan(3);
  });

  it('refuses what the input check refuses, without parsing', async () => {
    const stages: ParseProgress['stage'][] = [];
    const outcome = await previewInWorker(
      new Uint8Array([0x41, 0, 0x42]).buffer,
      'transcript',
      (p) => {
        stages.push(p.stage);
      },
    );
    expect(outcome).toMatchObject({ ok: false, problem: 'binary' });
    expect(stages).not.toContain('parsing');
  });

  it('shows the first items of long lists and counts them all', async () => {
    const turns = Array.from(
      { length: 120 },
      (_, index) =>
        `STAFF:\u00a0 Reporter ${index}, Outlet ${index}.\n\nQ:\u00a0 Question ${index}?\n\nMR. SMITH:\u00a0 Answer.`,
    );
    const outcome = await previewInWorker(`Long Briefing\n\n${turns.join('\n\n')}\n`, undefined);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.preview.exchanges).toHaveLength(previewLimit);
    expect(outcome.preview.exchangeCount).toBeGreaterThan(previewLimit);
    expect(outcome.preview.speakers).toHaveLength(previewLimit);
    expect(outcome.preview.speakerCount).toBeGreaterThan(previewLimit);
  });
});
