import { useMemo } from 'react';
import {
  data,
  isRouteErrorResponse,
  Link,
  useLoaderData,
  useRouteError,
  type LoaderFunctionArgs,
} from 'react-router';
import type { ArchiveIndexData } from '../domain/archive/data-files';
import {
  countArchiveFacets,
  filterBriefings,
  type ArchiveFacets,
  type ArchiveFilters,
  type BriefingPage,
} from '../domain/archive/filter';
import type {
  ArchiveTopic,
  ArchiveTopicSummary,
  Person,
  PersonSummary,
} from '../domain/archive/types';
import { archivePageNames } from '../domain/site/archive-meta';
import { ArchiveHome } from '../features/archive/archive-home';
import { PersonPage } from '../features/archive/person-page';
import { SpeakerList } from '../features/archive/speaker-list';
import { TopicList } from '../features/archive/topic-list';
import { TopicPage } from '../features/archive/topic-page';
import {
  loadArchiveIndex,
  loadArchiveTopic,
  loadBriefingSummaries,
  loadPeopleSummaries,
  loadPerson,
  loadTopicSummaries,
} from './archive-data';
import { archiveLinks } from './archive-links';
import { LocalBriefingsSection, LocalSpeakerSection, LocalTopicSection } from './local-archive';
import { paths, type ArchiveListQuery } from './paths';
import { readErrorMessage } from './route-error';
import { readArchiveQuery } from './search-params';
import { MessagePage, SitePage } from './site-page';

const skipTo = { id: 'archive', label: 'Skip to the page' } as const;

const labelTopics = (topics: readonly ArchiveTopicSummary[]): ReadonlyMap<string, string> =>
  new Map(topics.map((topic) => [topic.id, topic.label]));

/** The archive home's data: one page of the briefings the address asks for, and the choices. */
interface ArchiveHomeData {
  readonly index: ArchiveIndexData;
  readonly query: ArchiveListQuery;
  readonly page: BriefingPage;
  readonly facets: ArchiveFacets;
  readonly people: PersonSummary[];
  readonly topics: ArchiveTopicSummary[];
}

const toFilters = (query: ArchiveListQuery): ArchiveFilters => ({
  speakers: query.speaker === undefined ? [] : [query.speaker],
  topics: query.topic === undefined ? [] : [query.topic],
  years: query.year === undefined ? [] : [Number(query.year)],
});

/** Loads the archive home: the briefings that match the address's filters, a page of them. */
export async function loadArchiveHome({ request }: LoaderFunctionArgs): Promise<ArchiveHomeData> {
  const { signal } = request;
  const query = readArchiveQuery(new URL(request.url).searchParams);
  const [index, summaries, people, topics] = await Promise.all([
    loadArchiveIndex(signal),
    loadBriefingSummaries(signal),
    loadPeopleSummaries(signal),
    loadTopicSummaries(signal),
  ]);
  const filters = toFilters(query);
  const request_ = query.page === undefined ? {} : { page: query.page };
  return {
    index,
    query,
    page: filterBriefings(summaries, filters, request_),
    facets: countArchiveFacets(summaries, filters),
    people,
    topics,
  };
}

/** `/briefings/`. */
export function ArchiveHomeRoute() {
  const { index, query, page, facets, people, topics } = useLoaderData<ArchiveHomeData>();
  const topicLabels = useMemo(() => labelTopics(topics), [topics]);
  return (
    <SitePage title={archivePageNames.home(index)} skipTo={skipTo}>
      <ArchiveHome
        title={index.title}
        query={query}
        page={page}
        total={index.briefings}
        people={people}
        topics={topics}
        topicLabels={topicLabels}
        years={index.years.map((entry) => entry.year)}
        facets={facets}
        shipped={index.shipped}
        links={archiveLinks}
        local={<LocalBriefingsSection query={query} people={people} />}
      />
    </SitePage>
  );
}

/** Loads everyone with a page. */
export const loadSpeakerList = ({ request }: LoaderFunctionArgs): Promise<PersonSummary[]> =>
  loadPeopleSummaries(request.signal);

/** `/speakers/`. */
export function SpeakerListRoute() {
  const people = useLoaderData<PersonSummary[]>();
  return (
    <SitePage title={archivePageNames.speakers()} skipTo={skipTo}>
      <SpeakerList people={people} links={archiveLinks} />
    </SitePage>
  );
}

interface PersonData {
  readonly person: Person;
  readonly topics: ArchiveTopicSummary[];
}

/** Loads one person's page; one the archive does not have is a 404 that says so. */
export async function loadSpeaker({ params, request }: LoaderFunctionArgs): Promise<PersonData> {
  const slug = params.personSlug ?? '';
  const [person, topics] = await Promise.all([
    loadPerson(slug, request.signal),
    loadTopicSummaries(request.signal),
  ]);
  if (person === undefined) {
    throw data(`No one in the archive has the page “${slug}”.`, { status: 404 });
  }
  return { person, topics };
}

/** `/speakers/SLUG/`. */
export function SpeakerRoute() {
  const { person, topics } = useLoaderData<PersonData>();
  const topicLabels = useMemo(() => labelTopics(topics), [topics]);
  return (
    <SitePage title={archivePageNames.speaker(person)} skipTo={skipTo}>
      <PersonPage
        person={person}
        topicLabels={topicLabels}
        links={archiveLinks}
        local={<LocalSpeakerSection person={person} />}
      />
    </SitePage>
  );
}

/** Loads every topic of the archive. */
export const loadTopicList = ({ request }: LoaderFunctionArgs): Promise<ArchiveTopicSummary[]> =>
  loadTopicSummaries(request.signal);

/** `/topics/`. */
export function TopicListRoute() {
  const topics = useLoaderData<ArchiveTopicSummary[]>();
  return (
    <SitePage title={archivePageNames.topics()} skipTo={skipTo}>
      <TopicList topics={topics} links={archiveLinks} />
    </SitePage>
  );
}

/** Loads one topic's page; one the archive does not have is a 404 that says so. */
export async function loadTopic({ params, request }: LoaderFunctionArgs): Promise<ArchiveTopic> {
  const id = params.topicId ?? '';
  const topic = await loadArchiveTopic(id, request.signal);
  if (topic === undefined) {
    throw data(`The archive has no topic “${id}”.`, { status: 404 });
  }
  return topic;
}

/** `/topics/ID/`. */
export function TopicRoute() {
  const topic = useLoaderData<ArchiveTopic>();
  return (
    <SitePage title={archivePageNames.topic(topic)} skipTo={skipTo}>
      <TopicPage topic={topic} links={archiveLinks} local={<LocalTopicSection topic={topic} />} />
    </SitePage>
  );
}

/** An archive page the archive does not have (a mistyped slug), or data that did not load. */
export function ArchiveError() {
  const error = useRouteError();
  const message = readErrorMessage(error) ?? (error instanceof Error ? error.message : undefined);
  const missing = isRouteErrorResponse(error) && error.status === 404;
  return (
    <MessagePage
      title={missing ? 'Not in the archive' : 'The archive could not be loaded'}
      actions={
        <>
          <Link to={paths.briefings()}>All briefings</Link>{' '}
          <Link to={paths.speakers()}>All speakers</Link>{' '}
          <Link to={paths.topics()}>All topics</Link>{' '}
        </>
      }
    >
      <p>{message ?? 'Reloading the page may help.'}</p>
    </MessagePage>
  );
}
