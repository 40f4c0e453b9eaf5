import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Filters } from '../../src/domain/search/filters';
import type { SpeakerId, TopicId } from '../../src/domain/types';
import { readFilters, readReaderTopics, writeFilters } from '../../src/routes/search-params';

const ids = fc.uniqueArray(fc.string({ minLength: 1, unit: 'grapheme' }), { maxLength: 5 });
const arbitraryFilters: fc.Arbitrary<Filters> = fc.record({
  speakers: ids.map((values) => values as SpeakerId[]),
  topics: ids.map((values) => values as TopicId[]),
  q: fc.string({ unit: 'grapheme' }),
});

describe('search params', () => {
  it('reads back any filters it wrote, through a URL string', () => {
    fc.assert(
      fc.property(arbitraryFilters, (filters) => {
        const url = new URL(`https://podium.test/exchange/x1?${writeFilters(filters).toString()}`);
        expect(readFilters(url.searchParams)).toEqual(filters);
      }),
    );
  });

  it('reads repeated speakers and topics and one query', () => {
    const filters = readFilters(
      new URLSearchParams('speaker=s1&speaker=s3&topic=libya&q=Haftar%20forces'),
    );
    expect(filters).toEqual({ speakers: ['s1', 's3'], topics: ['libya'], q: 'Haftar forces' });
  });

  it('reads an empty URL as no filters', () => {
    expect(readFilters(new URLSearchParams(''))).toEqual({ speakers: [], topics: [], q: '' });
  });

  it('drops empty and repeated values from hand-edited links', () => {
    const filters = readFilters(new URLSearchParams('speaker=&speaker=s2&speaker=s2&topic='));
    expect(filters).toEqual({ speakers: ['s2'], topics: [], q: '' });
  });

  it('keeps parameters it does not own and replaces the ones it does', () => {
    const base = new URLSearchParams('speaker=old&view=compact&q=old');
    const written = writeFilters(
      { speakers: ['s1' as SpeakerId], topics: ['nato' as TopicId], q: '' },
      base,
    );
    expect(written.toString()).toBe('view=compact&speaker=s1&topic=nato');
    expect(base.toString()).toBe('speaker=old&view=compact&q=old');
  });

  it('writes no query parameter for an empty search', () => {
    expect(writeFilters({ speakers: [], topics: [], q: '' }).toString()).toBe('');
  });

  it('carries the reader’s own topics in one parameter and reads them back', () => {
    const ruritania = {
      id: 'my_ruritania',
      label: 'Ruritania',
      patterns: ['Ruritania', 'Ruritanian'],
    };
    const written = writeFilters({
      speakers: [],
      topics: ['my_ruritania' as TopicId],
      q: '',
      readerTopics: [ruritania as never],
    });
    expect(written.toString()).toBe('topic=my_ruritania&my=Ruritania_Ruritania_Ruritanian');
    expect(readFilters(written)).toEqual({
      speakers: [],
      topics: ['my_ruritania'],
      q: '',
      readerTopics: [ruritania],
    });
  });

  it('leaves out reader topics it cannot read, and says why', () => {
    const params = new URLSearchParams('topic=libya&my=Ruritania_%3Cscript%3E');
    expect(readFilters(params)).toEqual({ speakers: [], topics: ['libya'], q: '' });
    expect(readReaderTopics(params)).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The topic in the link cannot be read\. The word “<script>”/,
      ) as unknown,
    });
  });
});
