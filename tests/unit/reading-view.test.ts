import { describe, expect, it } from 'vitest';
import { briefingText, storyText } from '../../src/content/seeds';
import { seeds } from '../../src/domain/document/seed-documents';
import { createReadingCache, summarizeDocuments } from '../../src/domain/search/reading-view';

describe('the reading cache of the shipped pair', () => {
  const cache = createReadingCache(seeds);

  it('finds a query in both documents', () => {
    // "Coastguard" is only in the story, four times; "Herat" only in the briefing, once.
    const coastguard = cache.search('coastguard');
    expect(coastguard.briefing).toEqual([]);
    expect(coastguard.story.map((hit) => storyText.slice(hit.start, hit.end))).toEqual([
      'Coastguard',
      'Coastguard',
      'Coastguard',
      'Coastguard',
    ]);
    const herat = cache.search('Herat');
    expect(herat.briefing.map((hit) => briefingText.slice(hit.start, hit.end))).toEqual(['Herat']);
    expect(herat.story).toEqual([]);
  });

  it('gives the same hits for a query asked again, after others', () => {
    const first = cache.search('Italy');
    cache.search('NATO');
    expect(cache.search('Italy')).toEqual(first);
    // "Italy" is in the briefing 20 times and in the story 7 times.
    expect([first.briefing.length, first.story.length]).toEqual([20, 7]);
  });

  it('searches nothing for a query too short to search', () => {
    expect(cache.search('l')).toEqual({ briefing: [], story: [] });
  });

  it('counts each topic in both documents once per pair', () => {
    const { topicSummaries, turnCounts } = summarizeDocuments(seeds);
    const libya = topicSummaries.find((summary) => summary.topic.id === 'libya');
    expect(libya).toMatchObject({ briefingCount: 13, storyCount: 4, presence: 'both' });
    expect(turnCounts.get('r-luis-martinez' as never)).toBe(1);
  });
});
