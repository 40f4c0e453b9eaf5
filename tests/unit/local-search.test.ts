import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createLocalIndex,
  cutForLookup,
  searchLocalIndex,
  tokenizeForIndex,
} from '../../src/domain/search/local-index';
import { listWordForms } from '../../src/domain/search/match';
import type { FacetFilters, SearchSort } from '../../src/domain/search/results';
import { listFixtureRecords, readQuery } from './search-fixtures';

const records = listFixtureRecords(
  (slug, exchangeId, turnId) => `/d/${slug}/exchange/${exchangeId}#${turnId}`,
);
const index = createLocalIndex(records);

const search = (text: string, sort: SearchSort = 'newest', filters: FacetFilters = {}) =>
  searchLocalIndex(index, { query: readQuery(text), filters, sort });

/** Each result as its permalink and the words its snippet marks. */
const shown = (text: string, sort: SearchSort = 'newest', filters: FacetFilters = {}) =>
  search(text, sort, filters).results.map((result) => [
    result.url,
    result.snippet.hits.map((hit) => result.snippet.text.slice(hit.start, hit.end)),
  ]);

describe('searchLocalIndex', () => {
  it('finds "minefields" however it is written, newest briefing first, marked local', () => {
    expect(shown('minefields')).toEqual([
      ['/d/june/exchange/x1#t1', ['Mine-fields']],
      ['/d/may/exchange/x1#t1', ['mine fields']],
      ['/d/may/exchange/x2#t4', ['minefields']],
    ]);
    expect(search('minefields').results.every((result) => result.local)).toBe(true);
  });

  it('puts the oldest first when asked for what was said first', () => {
    expect(shown('minefields', 'oldest').map(([url]) => url)).toEqual([
      '/d/may/exchange/x1#t1',
      '/d/may/exchange/x2#t4',
      '/d/june/exchange/x1#t1',
    ]);
  });

  it('needs every word in the same turn, and ranks by how close they stand', () => {
    expect(shown('military Libya', 'relevance')).toEqual([
      ['/d/may/exchange/x2#t5', ['military', 'Libya']],
      ['/d/may/exchange/x2#t4', ['military', 'Libya']],
    ]);
  });

  it('matches F35 and F-35, a plural and an accent-free name', () => {
    expect(shown('F35').map(([url]) => url)).toEqual([
      '/d/june/exchange/x2#t3',
      '/d/may/exchange/x1#t2',
    ]);
    expect(shown('landmine')).toEqual([['/d/may/exchange/x2#t5', ['Landmines']]]);
    expect(shown('Pelosi')).toEqual([['/d/may/exchange/x2#t3', ['Pélosi']]]);
  });

  it('matches a quoted phrase as a phrase only', () => {
    expect(shown('"the fleet"')).toEqual([['/d/june/exchange/x2#t4', ['The fleet']]]);
    expect(shown('"fleet the"')).toEqual([]);
  });

  it('turns away what the index only half matched: a word beginning, a word in another turn', () => {
    // "Mine-fields" holds the word "mine"; "minefields" does not.
    expect(shown('mine')).toEqual([
      ['/d/june/exchange/x1#t1', ['Mine']],
      ['/d/may/exchange/x1#t1', ['mine']],
    ]);
    expect(shown('Huawei Libya')).toEqual([]);
  });

  it('narrows by facets and counts the values among the results', () => {
    const answer = search('Libya', 'newest', { speaker: ['lina-okafor'] });
    expect(answer.results.map((result) => result.url)).toEqual(['/d/may/exchange/x2#t5']);
    expect(answer.facets).toEqual({
      speaker: { 'lina-okafor': 1 },
      topic: { libya: 1, landmines: 1 },
      year: { '2021': 1 },
      publisher: { 'Ministry of Example': 1 },
    });
    expect(search('Libya').facets.speaker).toEqual({
      'tomas-vale': 1,
      'nora-pélosi': 1,
      'lina-okafor': 1,
    });
    expect(search('Libya', 'newest', { year: ['2020'] }).results).toEqual([]);
  });
});

describe('the local index’s words', () => {
  it('keeps each folded word and runs of two and three written together', () => {
    expect(tokenizeForIndex('The F-35s fly')).toEqual([
      'the',
      'f',
      '35s',
      'fly',
      'thef',
      'f35s',
      '35sfly',
      'thef35s',
      'f35sfly',
    ]);
  });

  it('cuts a query word to a beginning of every form the search language allows', () => {
    expect(cutForLookup('landmines')).toBe('landmin');
    expect(cutForLookup('policy')).toBe('polic');
    expect(cutForLookup('bus')).toBe('bu');
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{2,9}$/), (word) => {
        for (const form of listWordForms(word)) {
          expect(form.startsWith(cutForLookup(word))).toBe(true);
        }
      }),
    );
  });
});
