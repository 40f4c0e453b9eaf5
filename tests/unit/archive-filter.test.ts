import { describe, expect, it } from 'vitest';
import {
  countArchiveFacets,
  filterBriefings,
  noArchiveFilters,
} from '../../src/domain/archive/filter';
import type { BriefingSlug, BriefingSummary, PersonSlug } from '../../src/domain/archive/types';
import type { TopicId } from '../../src/domain/types';

const summary = (
  slug: string,
  date: string | undefined,
  people: string[],
  topics: string[],
): BriefingSummary => ({
  slug: slug as BriefingSlug,
  file: `${slug}.txt`,
  title: slug,
  dateFrom: date === undefined ? 'none' : 'text',
  ...(date === undefined ? {} : { date }),
  officials: [],
  people: people as PersonSlug[],
  topics: topics.map((id) => ({ id: id as TopicId, mentions: 1 })),
  questions: 0,
  turns: 0,
});

const small = [
  summary('c', '2021-05-01', ['ruiz', 'reyes'], ['libya']),
  summary('b', '2020-01-15', ['ruiz'], ['iraq', 'nato']),
  summary('a', '2019-07-24', ['reyes'], ['libya', 'nato']),
  summary('u', undefined, ['ruiz'], ['nato']),
];

describe('filterBriefings', () => {
  it('ORs values of one kind and ANDs the kinds', () => {
    const slugs = (filters: Partial<typeof noArchiveFilters>) =>
      filterBriefings(small, { ...noArchiveFilters, ...filters }).entries.map((s) => s.slug);
    expect(slugs({})).toEqual(['c', 'b', 'a', 'u']);
    expect(slugs({ topics: ['iraq', 'libya'] })).toEqual(['c', 'b', 'a']);
    expect(slugs({ speakers: ['ruiz'], topics: ['nato'] })).toEqual(['b', 'u']);
    expect(slugs({ years: [2019, 2021] })).toEqual(['c', 'a']);
    expect(slugs({ years: [2018] })).toEqual([]);
    expect(slugs({ speakers: ['nobody'] })).toEqual([]);
  });

  it('sorts newest first, undated last, when given summaries out of order', () => {
    const page = filterBriefings([...small].reverse(), noArchiveFilters);
    expect(page.entries.map((s) => s.slug)).toEqual(['c', 'b', 'a', 'u']);
  });

  it('pages through 10,000 briefings', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => {
      const day = new Date(Date.UTC(2000, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
      return summary(`b${index}`, day, index % 10 === 0 ? ['ruiz'] : ['reyes'], ['nato']);
    }).reverse();
    const first = filterBriefings(many, noArchiveFilters, { pageSize: 50 });
    expect(first.total).toBe(10_000);
    expect(first.pageCount).toBe(200);
    expect(first.entries).toHaveLength(50);
    expect(first.entries[0]?.date).toBe('2027-05-18');
    const last = filterBriefings(many, noArchiveFilters, { page: 200, pageSize: 50 });
    expect(last.entries.at(-1)?.date).toBe('2000-01-01');
    const ruiz = filterBriefings(many, { ...noArchiveFilters, speakers: ['ruiz'] }, { page: 3 });
    expect(ruiz.total).toBe(1000);
    expect(ruiz.pageCount).toBe(20);
    expect(ruiz.entries[0]?.slug).toBe('b8990');
  });

  it('brings a page outside the list within it', () => {
    expect(filterBriefings(small, noArchiveFilters, { page: 99, pageSize: 3 }).page).toBe(2);
    expect(filterBriefings(small, noArchiveFilters, { page: -4 }).page).toBe(1);
    expect(filterBriefings(small, noArchiveFilters, { page: Number.NaN }).page).toBe(1);
    const none = filterBriefings(small, { ...noArchiveFilters, years: [1990] });
    expect([none.total, none.page, none.pageCount]).toEqual([0, 1, 1]);
  });
});

describe('countArchiveFacets', () => {
  it('counts each value among the briefings that the other kinds of filter let through', () => {
    const facets = countArchiveFacets(small, { ...noArchiveFilters, speakers: ['reyes'] });
    // Speakers are counted ignoring the speaker filter itself.
    expect(Object.fromEntries(facets.speakers)).toEqual({ ruiz: 3, reyes: 2 });
    expect(Object.fromEntries(facets.topics)).toEqual({ libya: 2, nato: 1 });
    expect(Object.fromEntries(facets.years)).toEqual({ 2021: 1, 2019: 1 });
  });
});
