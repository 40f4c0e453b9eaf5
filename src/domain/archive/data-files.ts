// The archive as files for its pages: small lists that a listing page loads whole, and one file for
// each briefing, story, person and topic, loaded when its page is opened. Paths are relative to
// the folder the build writes the archive data into.
import type {
  ArchiveBriefing,
  ArchiveModel,
  ArchiveStory,
  ArchiveTopicSummary,
  BriefingSummary,
  PersonSummary,
  StorySummary,
} from './types';
import { yearOf } from './filter';

/** `archive.json`: what the archive holds, for the home page's heading and the year filter. */
export interface ArchiveIndexData {
  title: string;
  briefings: number;
  stories: number;
  people: number;
  topics: number;
  /** Years with briefings, newest first. */
  years: { year: number; briefings: number }[];
  /** The slug of the shipped briefing, whose pages also live at `/` and `/exchange/xN`. */
  shipped?: string;
}

/** The folder of the built site that holds the archive's data files: `dist/archive-data/`. */
export const archiveDataFolder = 'archive-data';

/** Where each data file of the archive lives. */
export const archiveDataPaths = {
  index: (): string => 'archive.json',
  briefings: (): string => 'briefings.json',
  stories: (): string => 'stories.json',
  people: (): string => 'speakers.json',
  topics: (): string => 'topics.json',
  briefing: (slug: string): string => `briefings/${encodeURIComponent(slug)}.json`,
  story: (slug: string): string => `stories/${encodeURIComponent(slug)}.json`,
  person: (slug: string): string => `speakers/${encodeURIComponent(slug)}.json`,
  topic: (id: string): string => `topics/${encodeURIComponent(id)}.json`,
};

/** One file to write: its path and the value to write as JSON. */
export interface ArchiveDataFile {
  path: string;
  data:
    | ArchiveIndexData
    | BriefingSummary[]
    | StorySummary[]
    | PersonSummary[]
    | ArchiveTopicSummary[]
    | ArchiveBriefing
    | ArchiveStory
    | ArchiveModel['people'][number]
    | ArchiveModel['topics'][number];
}

function countYears(briefings: readonly ArchiveBriefing[]): ArchiveIndexData['years'] {
  const counts = new Map<number, number>();
  for (const { summary } of briefings) {
    const year = yearOf(summary);
    if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts]
    .map(([year, count]) => ({ year, briefings: count }))
    .sort((a, b) => b.year - a.year);
}

// Only the fields a list shows; optional ones are left out rather than written as undefined.
function pickFields<T extends object, K extends keyof T>(
  source: T,
  keys: readonly K[],
): Pick<T, K> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) picked[key] = source[key];
  return picked as Pick<T, K>;
}

const personSummaryFields = [
  'slug',
  'name',
  'kind',
  'role',
  'affiliations',
  'briefings',
  'turns',
  'first',
  'last',
] as const satisfies readonly (keyof PersonSummary)[];

const topicSummaryFields = [
  'id',
  'label',
  'mentions',
  'briefings',
  'exchanges',
  'first',
  'last',
] as const satisfies readonly (keyof ArchiveTopicSummary)[];

/**
 * Lays the archive out as data files, in a fixed order: the index and the lists first, then one
 * file per briefing, story, person and topic.
 */
export function* layoutArchiveData(model: ArchiveModel): Generator<ArchiveDataFile> {
  const shipped = model.briefings.find((briefing) => briefing.summary.shipped === true);
  const index: ArchiveIndexData = {
    title: model.title,
    briefings: model.briefings.length,
    stories: model.stories.length,
    people: model.people.length,
    topics: model.topics.length,
    years: countYears(model.briefings),
  };
  if (shipped !== undefined) index.shipped = shipped.summary.slug;
  yield { path: archiveDataPaths.index(), data: index };
  yield { path: archiveDataPaths.briefings(), data: model.briefings.map((b) => b.summary) };
  yield { path: archiveDataPaths.stories(), data: model.stories.map((s) => s.summary) };
  yield {
    path: archiveDataPaths.people(),
    data: model.people.map((person) => pickFields(person, personSummaryFields)),
  };
  yield {
    path: archiveDataPaths.topics(),
    data: model.topics.map((topic) => pickFields(topic, topicSummaryFields)),
  };
  for (const briefing of model.briefings) {
    yield { path: archiveDataPaths.briefing(briefing.summary.slug), data: briefing };
  }
  for (const story of model.stories) {
    yield { path: archiveDataPaths.story(story.summary.slug), data: story };
  }
  for (const person of model.people)
    yield { path: archiveDataPaths.person(person.slug), data: person };
  for (const topic of model.topics) yield { path: archiveDataPaths.topic(topic.id), data: topic };
}
