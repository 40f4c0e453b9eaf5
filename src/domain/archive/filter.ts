import { compareNewestFirst } from './documents';
import type { BriefingSummary } from './types';

/** What a reader narrows the archive home to: any of the speakers, any of the topics, any of the years. */
export interface ArchiveFilters {
  /** Person slugs. */
  readonly speakers: readonly string[];
  readonly topics: readonly string[];
  readonly years: readonly number[];
}

/** No filter: every briefing. */
export const noArchiveFilters: ArchiveFilters = { speakers: [], topics: [], years: [] };

/** Which page of a list, counted from 1, and how many entries a page holds. */
export interface PageRequest {
  readonly page?: number;
  readonly pageSize?: number;
}

/** One page of the briefings that match, newest first. */
export interface BriefingPage {
  entries: BriefingSummary[];
  /** How many briefings match in all. */
  total: number;
  /** The page shown: the one asked for, brought within 1..pageCount. */
  page: number;
  pageCount: number;
  pageSize: number;
}

/** How many matching briefings each filter value would give, the other kinds of filter held. */
export interface ArchiveFacets {
  speakers: Map<string, number>;
  topics: Map<string, number>;
  years: Map<number, number>;
}

/** Briefings on a page of the archive home unless asked otherwise. */
export const defaultPageSize = 50;
const maxPageSize = 1000;

/** The year of a briefing, or undefined when it is undated. */
export function yearOf(summary: Pick<BriefingSummary, 'date'>): number | undefined {
  return summary.date === undefined ? undefined : Number(summary.date.slice(0, 4));
}

type Test = (summary: BriefingSummary) => boolean;

function compileTests(filters: ArchiveFilters): { speakers: Test; topics: Test; years: Test } {
  const speakers = new Set(filters.speakers);
  const topics = new Set(filters.topics);
  const years = new Set(filters.years);
  return {
    speakers: (summary) => speakers.size === 0 || summary.people.some((slug) => speakers.has(slug)),
    topics: (summary) => topics.size === 0 || summary.topics.some((topic) => topics.has(topic.id)),
    years: (summary) => {
      if (years.size === 0) return true;
      const year = yearOf(summary);
      return year !== undefined && years.has(year);
    },
  };
}

/** Sorts briefing summaries newest first, undated last (a copy). */
export function sortNewestFirst(summaries: readonly BriefingSummary[]): BriefingSummary[] {
  return [...summaries].sort(compareNewestFirst);
}

/**
 * Filters briefings (any of the speakers AND any of the topics AND any of the years) and gives one
 * page of them, newest first. `summaries` should already be newest first, as the archive keeps
 * them; they are sorted here only when they are not.
 */
export function filterBriefings(
  summaries: readonly BriefingSummary[],
  filters: ArchiveFilters,
  request: PageRequest = {},
): BriefingPage {
  const tests = compileTests(filters);
  const matching: BriefingSummary[] = [];
  let sorted = true;
  for (const summary of summaries) {
    if (!(tests.speakers(summary) && tests.topics(summary) && tests.years(summary))) continue;
    const previous = matching.at(-1);
    if (previous !== undefined && compareNewestFirst(previous, summary) > 0) sorted = false;
    matching.push(summary);
  }
  if (!sorted) matching.sort(compareNewestFirst);
  const pageSize = Math.min(
    maxPageSize,
    Math.max(1, Math.floor(request.pageSize ?? defaultPageSize)),
  );
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
  const asked = Number.isFinite(request.page) ? Math.floor(request.page ?? 1) : 1;
  const page = Math.min(pageCount, Math.max(1, asked));
  return {
    entries: matching.slice((page - 1) * pageSize, page * pageSize),
    total: matching.length,
    page,
    pageCount,
    pageSize,
  };
}

/**
 * Counts, for every speaker, topic and year, the briefings that would match if it were chosen
 * with the other kinds of filter as they are (the usual facet counts beside a filtered list).
 */
export function countArchiveFacets(
  summaries: readonly BriefingSummary[],
  filters: ArchiveFilters,
): ArchiveFacets {
  const tests = compileTests(filters);
  const facets: ArchiveFacets = { speakers: new Map(), topics: new Map(), years: new Map() };
  for (const summary of summaries) {
    const speakers = tests.speakers(summary);
    const topics = tests.topics(summary);
    const years = tests.years(summary);
    if (topics && years) {
      for (const slug of summary.people)
        facets.speakers.set(slug, (facets.speakers.get(slug) ?? 0) + 1);
    }
    if (speakers && years) {
      for (const { id } of summary.topics) facets.topics.set(id, (facets.topics.get(id) ?? 0) + 1);
    }
    const year = yearOf(summary);
    if (speakers && topics && year !== undefined) {
      facets.years.set(year, (facets.years.get(year) ?? 0) + 1);
    }
  }
  return facets;
}
