import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../src/domain/search/results';
import {
  addFacetCounts,
  countFacetBriefings,
  describeUnknownFacets,
  mergeResults,
  planSearch,
  type SearchAddress,
} from '../../src/domain/search/search-plan';
import { paths } from '../../src/routes/paths';
import { readSearchAddress } from '../../src/routes/search-params';

const known = new Set(['speaker:ana-ruiz', 'topic:libya', 'year:2021', 'publisher:Ministry']);
const isKnown = (facet: string, value: string) => known.has(`${facet}:${value}`);

const address = (q: string, more: Partial<SearchAddress> = {}): SearchAddress => ({
  q,
  facets: { speaker: [], topic: [], year: [], publisher: [] },
  sort: undefined,
  ...more,
});

const result = (
  briefing: string,
  date: string | undefined,
  speaker: string,
  spread: number,
  local = false,
): SearchResult => ({
  url: `/${briefing}/${speaker}`,
  meta: { speaker, briefing, exchange: 'Question 1', ...(date === undefined ? {} : { date }) },
  filters: {
    speaker: [speaker],
    topic: ['libya'],
    year: date === undefined ? [] : [date.slice(0, 4)],
    publisher: [],
  },
  snippet: { text: 'text', hits: [], before: false, after: false },
  spread,
  local,
});

describe('readSearchAddress', () => {
  it('reads the query, every facet (repeated values once) and the order', () => {
    const params = new URLSearchParams(
      'q=%22mine+fields%22&speaker=ana-ruiz&speaker=ana-ruiz&speaker=tom-vale&topic=libya&year=2021&publisher=Ministry&sort=oldest',
    );
    expect(readSearchAddress(params)).toEqual({
      q: '"mine fields"',
      facets: {
        speaker: ['ana-ruiz', 'tom-vale'],
        topic: ['libya'],
        year: ['2021'],
        publisher: ['Ministry'],
      },
      sort: 'oldest',
    });
  });

  it('reads an empty address as no query, no facets and no order', () => {
    expect(readSearchAddress(new URLSearchParams(''))).toEqual(address(''));
  });
});

describe('planSearch', () => {
  it('keeps known facet values and a known order', () => {
    const plan = planSearch(
      address('Libya', {
        facets: { speaker: ['ana-ruiz'], topic: ['libya'], year: [], publisher: [] },
        sort: 'newest',
      }),
      isKnown,
    );
    expect(plan.filters).toEqual({ speaker: ['ana-ruiz'], topic: ['libya'] });
    expect(plan.sort).toBe('newest');
    expect(plan.unknown).toEqual([]);
    expect(plan.unknownSort).toBeUndefined();
    expect(plan.reading.ok).toBe(true);
  });

  it('leaves out facet values the archive does not have, and says which', () => {
    const plan = planSearch(
      address('Libya', {
        facets: { speaker: ['nobody', 'ana-ruiz'], topic: [], year: ['1850'], publisher: [] },
      }),
      isKnown,
    );
    expect(plan.filters).toEqual({ speaker: ['ana-ruiz'] });
    expect(describeUnknownFacets(plan.unknown)).toBe(
      'The archive has none of these: speaker “nobody”, year “1850”; they were left out of this search.',
    );
    expect(describeUnknownFacets([{ facet: 'topic', value: 'astrology' }])).toBe(
      'The archive has no topic “astrology”; it was left out of this search.',
    );
    expect(describeUnknownFacets([])).toBeUndefined();
  });

  it('orders by relevance when the address names no order, or one that does not exist', () => {
    expect(planSearch(address('Libya'), isKnown).sort).toBe('relevance');
    const plan = planSearch(address('Libya', { sort: 'loudest' }), isKnown);
    expect(plan.sort).toBe('relevance');
    expect(plan.unknownSort).toBe('loudest');
  });

  it.each([
    ['', 'Type a word to search.'],
    ['a', 'Type at least 2 characters to search.'],
    ['?!…', 'Type a word to search: punctuation alone finds nothing.'],
    ['x'.repeat(10_000), 'This search is 10,000 characters long; shorten it to 200 or fewer.'],
  ])('says why %j is not searched', (q, message) => {
    const { reading } = planSearch(address(q), isKnown);
    expect(reading.ok ? 'searched' : reading.problem.message).toBe(message);
  });
});

describe('facet counts and merged results', () => {
  it('adds counts value by value', () => {
    expect(
      addFacetCounts(
        { speaker: { a: 2 }, topic: { libya: 1 }, year: {}, publisher: {} },
        { speaker: { a: 1, b: 4 }, topic: {}, year: { '2020': 3 }, publisher: {} },
      ),
    ).toEqual({ speaker: { a: 3, b: 4 }, topic: { libya: 1 }, year: { '2020': 3 }, publisher: {} });
  });

  it('counts briefings, not turns, when asked to count briefings', () => {
    const results = [
      result('May briefing', '2021-05-04', 'ana-ruiz', 5),
      result('May briefing', '2021-05-04', 'ana-ruiz', 9),
      result('May briefing', '2021-05-04', 'tom-vale', 9),
      result('June briefing', '2022-06-10', 'ana-ruiz', 3),
    ];
    expect(countFacetBriefings(results)).toEqual({
      speaker: { 'ana-ruiz': 2, 'tom-vale': 1 },
      topic: { libya: 2 },
      year: { '2021': 1, '2022': 1 },
      publisher: {},
    });
  });

  it('merges the archive’s and the saved briefings’ results in the chosen order', () => {
    const archive = [result('May', '2021-05-04', 'a', 8), result('June', '2022-06-10', 'b', 2)];
    const saved = [
      result('Mine', '2021-12-01', 'c', 5, true),
      result('Undated', undefined, 'd', 1, true),
    ];
    const order = (sort: 'newest' | 'oldest' | 'relevance') =>
      mergeResults(archive, saved, sort).map((found) => found.meta.briefing);
    expect(order('newest')).toEqual(['June', 'Mine', 'May', 'Undated']);
    expect(order('oldest')).toEqual(['Undated', 'May', 'Mine', 'June']);
    expect(order('relevance')).toEqual(['Undated', 'June', 'Mine', 'May']);
  });
});

describe('paths.searchResult', () => {
  it('carries the viewer’s search into a permalink, before its turn', () => {
    expect(paths.searchResult('/briefings/2021-05-04-joint/exchange/x2/#t5', '"mine fields"')).toBe(
      '/briefings/2021-05-04-joint/exchange/x2/?q=%22mine+fields%22#t5',
    );
    expect(paths.searchResult('/exchange/x3#t7', 'F-35')).toBe('/exchange/x3?q=F-35#t7');
    expect(paths.searchResult('/sample/100/exchange/x1?seed=4#t2', 'Libya')).toBe(
      '/sample/100/exchange/x1?seed=4&q=Libya#t2',
    );
  });
});
