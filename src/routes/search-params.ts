import type { Filters } from '../domain/search/filters';
import type { ArchiveListQuery } from './paths';
import type { SearchAddress } from '../domain/search/search-plan';
import {
  decodeReaderTopics,
  encodeReaderTopics,
  type ReaderTopicsResult,
} from '../domain/topics/reader-topics';
import type { SpeakerId, TopicId } from '../domain/types';

// The one place that knows how filters are spelled in a URL:
// `?speaker=a&speaker=b&topic=libya&q=text&my=Ruritania_Ruritania_Ruritanian`.
const speakerKey = 'speaker';
const topicKey = 'topic';
const queryKey = 'q';
// The reader's own topics, in their text form (see encodeReaderTopics), all in one parameter.
const readerTopicsKey = 'my';

// Empty and repeated values carry no meaning; dropping them keeps hand-edited links forgiving.
const readDistinct = (params: URLSearchParams, key: string): string[] => [
  ...new Set(params.getAll(key).filter((value) => value.length > 0)),
];

/** The reader's own topics a URL carries in its text form ('' when none), for telling changes apart. */
export function readReaderTopicsText(params: URLSearchParams): string {
  // A hand-edited link may repeat the parameter: its values read as one list.
  return readDistinct(params, readerTopicsKey).join('*');
}

/** Reads the reader's own topics a URL carries, or says in words why they cannot be read. */
export function readReaderTopics(params: URLSearchParams): ReaderTopicsResult {
  return decodeReaderTopics(readReaderTopicsText(params));
}

/**
 * Reads the filters a URL carries; values missing from the URL read as "no filter", and reader
 * topics that cannot be read are left out (readReaderTopics says why).
 */
export function readFilters(params: URLSearchParams): Filters {
  const filters: Filters = {
    speakers: readDistinct(params, speakerKey) as SpeakerId[],
    topics: readDistinct(params, topicKey) as TopicId[],
    q: params.get(queryKey) ?? '',
  };
  const readerTopics = readReaderTopics(params);
  return readerTopics.ok && readerTopics.topics.length > 0
    ? { ...filters, readerTopics: readerTopics.topics }
    : filters;
}

/** Writes filters into a copy of `base` (other parameters are kept), in a stable order. */
export function writeFilters(filters: Filters, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  params.delete(speakerKey);
  params.delete(topicKey);
  params.delete(queryKey);
  params.delete(readerTopicsKey);
  for (const speaker of filters.speakers) params.append(speakerKey, speaker);
  for (const topic of filters.topics) params.append(topicKey, topic);
  if (filters.q.length > 0) params.set(queryKey, filters.q);
  const readerTopics = filters.readerTopics ?? [];
  if (readerTopics.length > 0) params.set(readerTopicsKey, encodeReaderTopics(readerTopics));
  return params;
}

/** Reads the archive home's address (`?speaker=…&topic=…&year=…&page=…`); a bad page reads as 1. */
export function readArchiveQuery(params: URLSearchParams): ArchiveListQuery {
  const query: { speaker?: string; topic?: string; year?: string; page?: number } = {};
  for (const key of ['speaker', 'topic', 'year'] as const) {
    const value = params.get(key)?.trim();
    if (value !== undefined && value.length > 0) query[key] = value;
  }
  const page = Number(params.get('page') ?? '1');
  if (Number.isInteger(page) && page > 1) query.page = page;
  return query;
}

/** Reads the search page's address (`/search?q=…&speaker=…&topic=…&year=…&publisher=…&sort=…`). */
export function readSearchAddress(params: URLSearchParams): SearchAddress {
  return {
    q: params.get(queryKey) ?? '',
    facets: {
      speaker: readDistinct(params, speakerKey),
      topic: readDistinct(params, topicKey),
      year: readDistinct(params, 'year'),
      publisher: readDistinct(params, 'publisher'),
    },
    sort: params.get('sort') ?? undefined,
  };
}
