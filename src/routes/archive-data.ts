import {
  layoutArchiveData,
  archiveDataFolder,
  archiveDataPaths,
} from '../domain/archive/data-files';
import type { ArchiveIndexData } from '../domain/archive/data-files';
import type {
  ArchiveBriefing,
  ArchiveModel,
  ArchiveStory,
  ArchiveTopic,
  ArchiveTopicSummary,
  BriefingSummary,
  Person,
  PersonSummary,
  StorySummary,
} from '../domain/archive/types';

// The archive's data as the pages read it. A production build fetches the JSON files the build wrote
// under `archive-data/`; the dev server and the tests compute them in place from the shipped pair,
// and the prerenderer hands in the model of the folder it builds.

/** Reads one data file of the archive (a path of archiveDataPaths); undefined when there is none. */
export interface ArchiveReader {
  readonly read: (path: string, signal?: AbortSignal) => Promise<unknown>;
}

/** A reader over a model held in memory: the prerenderer's and the tests'. */
export function createMemoryArchiveReader(model: ArchiveModel): ArchiveReader {
  const files = new Map<string, unknown>();
  for (const file of layoutArchiveData(model)) files.set(file.path, file.data);
  return { read: (path) => Promise.resolve(files.get(path)) };
}

/** A reader that fetches the data files the build wrote under `base` (the site's base path). */
export function createFetchArchiveReader(base: string): ArchiveReader {
  const folder = `${base.replace(/\/*$/u, '/')}${archiveDataFolder}/`;
  return {
    read: async (path, signal) => {
      const response = await fetch(`${folder}${path}`, signal === undefined ? {} : { signal });
      if (response.status === 404) return undefined;
      if (!response.ok) {
        throw new Error(`The archive's data could not be loaded (HTTP ${response.status}).`);
      }
      return (await response.json()) as unknown;
    },
  };
}

// The shipped pair read as an archive, for the dev server and the tests.
async function readShippedArchive(): Promise<ArchiveReader> {
  const [{ seeds }, { buildArchiveModel }, { listShippedSources }] = await Promise.all([
    import('../domain/document/seed-documents'),
    import('../domain/archive/build-model'),
    import('../domain/archive/shipped'),
  ]);
  const sources = listShippedSources(seeds.transcript, seeds.article);
  return createMemoryArchiveReader(buildArchiveModel(sources, { topics: seeds.topics }));
}

let reader: Promise<ArchiveReader> | undefined;

/** Makes every archive page read from `given` (the prerenderer, tests); undefined restores the default. */
export function setArchiveReader(given: ArchiveReader | undefined): void {
  reader = given === undefined ? undefined : Promise.resolve(given);
}

function getReader(): Promise<ArchiveReader> {
  reader ??=
    import.meta.env.PROD && !import.meta.env.SSR
      ? Promise.resolve(createFetchArchiveReader(import.meta.env.BASE_URL))
      : readShippedArchive();
  return reader;
}

async function readData<T>(path: string, signal?: AbortSignal): Promise<T | undefined> {
  const data = await (await getReader()).read(path, signal);
  signal?.throwIfAborted();
  // The build wrote each file from the same model, so it has the shape its path names.
  return data as T | undefined;
}

async function readList<T>(path: string, signal?: AbortSignal): Promise<T> {
  const data = await readData<T>(path, signal);
  if (data === undefined) throw new Error(`The archive has no ${path}: was it built?`);
  return data;
}

/** `archive.json`: the archive's title, counts, years and the shipped briefing's slug. */
export const loadArchiveIndex = (signal?: AbortSignal): Promise<ArchiveIndexData> =>
  readList(archiveDataPaths.index(), signal);

/** Every briefing's summary, newest first (undated last). */
export const loadBriefingSummaries = (signal?: AbortSignal): Promise<BriefingSummary[]> =>
  readList(archiveDataPaths.briefings(), signal);

/** Every story's summary, newest first. */
export const loadStorySummaries = (signal?: AbortSignal): Promise<StorySummary[]> =>
  readList(archiveDataPaths.stories(), signal);

/** Everyone with a page, by name. */
export const loadPeopleSummaries = (signal?: AbortSignal): Promise<PersonSummary[]> =>
  readList(archiveDataPaths.people(), signal);

/** Every topic of the archive, most mentioned first. */
export const loadTopicSummaries = (signal?: AbortSignal): Promise<ArchiveTopicSummary[]> =>
  readList(archiveDataPaths.topics(), signal);

/** One briefing with its parsed document; undefined when the archive has no such slug. */
export const loadArchiveBriefing = (
  slug: string,
  signal?: AbortSignal,
): Promise<ArchiveBriefing | undefined> => readData(archiveDataPaths.briefing(slug), signal);

/** One story with its parsed document; undefined when the archive has no such slug. */
export const loadArchiveStory = (
  slug: string,
  signal?: AbortSignal,
): Promise<ArchiveStory | undefined> => readData(archiveDataPaths.story(slug), signal);

/** One person across the archive; undefined when there is no such page. */
export const loadPerson = (slug: string, signal?: AbortSignal): Promise<Person | undefined> =>
  readData(archiveDataPaths.person(slug), signal);

/** One topic across the archive; undefined when there is no such page. */
export const loadArchiveTopic = (
  id: string,
  signal?: AbortSignal,
): Promise<ArchiveTopic | undefined> => readData(archiveDataPaths.topic(id), signal);
