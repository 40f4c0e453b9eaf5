import type { ArchiveModel, BriefingSlug } from '../archive/types';
import type { ExchangeId, TurnId } from '../types';
import { listSearchRecords, type SearchRecord } from './records';
import { facetNames, type FacetName } from './results';

// What the archive search indexes of an archive, and the names its facet values are shown by. The
// index keeps facet values short and stable (a person's slug, a topic's id); the search page shows
// them by name from the labels written beside the index.

/** How the caller spells a turn's permalink. */
export interface ArchivePermalinks {
  /** A turn of the briefing Podium ships with, whose links (`/exchange/x3#t7`) stay its own. */
  readonly shipped: (exchangeId: ExchangeId, turnId: TurnId) => string;
  /** A turn of any other briefing of the archive (`/briefings/SLUG/exchange/x3/#t7`). */
  readonly briefing: (slug: BriefingSlug, exchangeId: ExchangeId, turnId: TurnId) => string;
}

/** For each facet, the name shown for each value; also the list of every value the archive has. */
export type FacetLabels = Readonly<Record<FacetName, Readonly<Record<string, string>>>>;

/** The search records of every briefing of an archive, one per turn that says something. */
export function listArchiveSearchRecords(
  model: ArchiveModel,
  permalinks: ArchivePermalinks,
): SearchRecord[] {
  return model.briefings.flatMap(({ summary, document, people }) =>
    listSearchRecords(
      {
        slug: summary.slug,
        title: summary.title,
        date: summary.date,
        publisher: summary.publisher,
        transcript: document,
      },
      {
        permalink: (exchangeId, turnId) =>
          summary.shipped === true
            ? permalinks.shipped(exchangeId, turnId)
            : permalinks.briefing(summary.slug, exchangeId, turnId),
        speakerSlug: (speaker) => people[speaker.id],
      },
    ),
  );
}

/** Names facet values by the facet: undefined leaves a value shown as it is. */
export type FacetNamer = Readonly<
  Partial<Record<FacetName, (value: string) => string | undefined>>
>;

/** The name of every facet value the records have. */
export function labelFacetValues(records: readonly SearchRecord[], namer: FacetNamer): FacetLabels {
  const labels: Record<FacetName, Record<string, string>> = {
    speaker: {},
    topic: {},
    year: {},
    publisher: {},
  };
  for (const record of records) {
    for (const facet of facetNames) {
      for (const value of record.filters[facet]) {
        labels[facet][value] ??= namer[facet]?.(value) ?? value;
      }
    }
  }
  return labels;
}

// A topic found in the text and not on the curated list is known by its slug alone
// ("political-solution"): shown as words ("Political solution") rather than as an address.
/** A topic slug written as words: "political-solution" → "Political solution". */
export const spellTopicSlug = (slug: string): string => {
  const words = slug.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The names of every facet value an archive's records have: people by name, topics by label. */
export function listFacetLabels(
  model: ArchiveModel,
  records: readonly SearchRecord[],
): FacetLabels {
  const people = new Map<string, string>(model.people.map((person) => [person.slug, person.name]));
  const topics = new Map<string, string>(model.topics.map((topic) => [topic.id, topic.label]));
  return labelFacetValues(records, {
    speaker: (value) => people.get(value),
    topic: (value) => {
      const label = topics.get(value);
      return label === undefined || label === value ? spellTopicSlug(value) : label;
    },
  });
}

/** The file beside the static index (in its folder) that names the archive's facet values. */
export const facetLabelsFile = 'facet-labels.json';

const isNames = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((name) => typeof name === 'string');

/** Reads the facet labels file; undefined when the text is not one (a page served in its place). */
export function readFacetLabels(text: string): FacetLabels | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const { speaker, topic, year, publisher } = record;
  if (!isNames(speaker) || !isNames(topic) || !isNames(year) || !isNames(publisher)) {
    return undefined;
  }
  return { speaker, topic, year, publisher };
}
