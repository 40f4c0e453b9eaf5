import type { ArchiveIndexData } from '../archive/data-files';
import type { ArchiveTopicSummary, PersonSummary } from '../archive/types';
import { formatLongDate } from '../cite/dates';
import { pluralize } from '../words/pluralize';
import { composePageTitle } from './document-title';
import type { PageMeta } from './page-meta';

// Names and head facts of the archive's own pages. The page renders its name and the build writes
// the same name in <head>, so both come from here.

/** The names the archive's pages go by (the document title is "<name> — Podium"). */
export const archivePageNames = {
  home: (index: Pick<ArchiveIndexData, 'title'>): string => index.title,
  speakers: (): string => 'Speakers',
  speaker: (person: Pick<PersonSummary, 'name'>): string => person.name,
  topics: (): string => 'Topics',
  topic: (topic: Pick<ArchiveTopicSummary, 'label'>): string => `Topic: ${topic.label}`,
};

const span = (first: string | undefined, last: string | undefined): string =>
  first === undefined || last === undefined
    ? ''
    : first === last
      ? ` on ${formatLongDate(first)}`
      : ` from ${formatLongDate(first)} to ${formatLongDate(last)}`;

const page = (path: string, name: string, description: string): PageMeta => ({
  path,
  title: composePageTitle(name),
  description,
  socialTitle: name,
  type: 'website',
  indexable: true,
});

/** Head facts of the archive home at `path`. */
export function describeArchiveHome(index: ArchiveIndexData, path: string): PageMeta {
  return page(
    path,
    archivePageNames.home(index),
    `${pluralize(index.briefings, 'briefing')}, newest first, with ${pluralize(index.people, 'speaker')} ` +
      `and ${pluralize(index.topics, 'topic')} read across them.`,
  );
}

/** Head facts of the list of speakers at `path`. */
export function describeSpeakerList(index: ArchiveIndexData, path: string): PageMeta {
  return page(
    path,
    archivePageNames.speakers(),
    `Everyone who speaks in the archive’s ${pluralize(index.briefings, 'briefing')}: ` +
      `${pluralize(index.people, 'official and reporter', 'officials and reporters')} with their turns.`,
  );
}

/** Head facts of one person's page at `path`. */
export function describeSpeakerPage(person: PersonSummary, path: string): PageMeta {
  const office = person.kind === 'official' ? (person.role ?? 'Official') : 'Reporter';
  const where = person.affiliations.length > 0 ? `, ${person.affiliations.join(', ')}` : '';
  return page(
    path,
    archivePageNames.speaker(person),
    `${person.name} (${office}${where}): ${pluralize(person.turns, 'turn')} in ` +
      `${pluralize(person.briefings, 'briefing')}${span(person.first, person.last)}.`,
  );
}

/** Head facts of the list of topics at `path`. */
export function describeTopicList(index: ArchiveIndexData, path: string): PageMeta {
  return page(
    path,
    archivePageNames.topics(),
    `${pluralize(index.topics, 'topic')} across ${pluralize(index.briefings, 'briefing')}, most mentioned first.`,
  );
}

/** Head facts of one topic's page at `path`. */
export function describeTopicPage(topic: ArchiveTopicSummary, path: string): PageMeta {
  return page(
    path,
    archivePageNames.topic(topic),
    `${topic.label}: ${pluralize(topic.mentions, 'mention')} in ${pluralize(topic.briefings, 'briefing')}` +
      `${span(topic.first, topic.last)}, who spoke most about it, and every exchange that touches it.`,
  );
}
