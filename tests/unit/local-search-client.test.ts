import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listSearchRecords } from '../../src/domain/search/records';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import { createLocalSearch } from '../../src/workers/local-search-client';
import { createLocalSearchHost } from '../../src/workers/local-search-host';
import { readQuery } from './search-fixtures';

// Node has no Worker: the client answers on the page, through the same host a worker runs.

const records = listSearchRecords(
  {
    slug: 'saved',
    title: 'Joint Press Briefing',
    date: '2021-05-04',
    publisher: undefined,
    transcript: parseTranscript(
      readFileSync(new URL('../fixtures/search-briefing.txt', import.meta.url), 'utf8'),
    ),
  },
  {
    permalink: (exchangeId, turnId) => `/d/saved/exchange/${exchangeId}#${turnId}`,
    speakerSlug: (speaker) => speaker.id,
  },
);

describe('createLocalSearch', () => {
  it('indexes the saved briefings’ records and searches them', async () => {
    const local = createLocalSearch();
    expect(await local.index(records)).toBe(6);
    const answer = await local.search({
      query: readQuery('landmine'),
      filters: {},
      sort: 'oldest',
    });
    expect(answer.results.map((result) => result.url)).toEqual(['/d/saved/exchange/x2#t5']);
    expect(answer.facets.speaker).toEqual({ 's-okafor': 1 });
    local.close();
  });

  it('answers nothing before it is given records', async () => {
    const local = createLocalSearch();
    const answer = await local.search({ query: readQuery('Libya'), filters: {}, sort: 'newest' });
    expect(answer.results).toEqual([]);
  });

  it('refuses a search already cancelled', async () => {
    const local = createLocalSearch();
    const controller = new AbortController();
    controller.abort();
    await expect(
      local.search({ query: readQuery('Libya'), filters: {}, sort: 'newest' }, controller.signal),
    ).rejects.toThrow();
  });
});

describe('createLocalSearchHost', () => {
  it('answers each message under its id', () => {
    const answer = createLocalSearchHost();
    expect(answer({ type: 'index', id: 7, records })).toEqual({ type: 'indexed', id: 7, count: 6 });
    const reply = answer({
      type: 'search',
      id: 8,
      request: { query: readQuery('"mine fields"'), filters: {}, sort: 'relevance' },
    });
    // By relevance, the tighter match first: "minefields" (10 characters) before "mine fields".
    expect(
      reply.type === 'answer' ? reply.answer.results.map((result) => result.url) : reply,
    ).toEqual(['/d/saved/exchange/x2#t4', '/d/saved/exchange/x1#t1']);
  });
});
