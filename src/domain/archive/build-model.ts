import type { Article, Topic, Transcript } from '../types';
import { indexBriefing, type IndexedBriefing } from './briefing-index';
import {
  compareNewestFirst,
  countDocumentTopics,
  proposeSlug,
  readDocumentFacts,
} from './documents';
import { manifestFileName } from './manifest';
import { pairStories, type Pairing } from './pairing';
import { groupPeople } from './people-merge';
import { describePeople } from './people';
import { assignSlugs } from './slugs';
import { describeTopics } from './topics';
import type {
  ArchiveBriefing,
  ArchiveModel,
  ArchiveProblem,
  ArchiveSource,
  ArchiveStory,
  BriefingSlug,
  BriefingSummary,
  DocumentFacts,
  Person,
  PersonRef,
  PersonSlug,
  StorySlug,
} from './types';

/** Options of buildArchiveModel. */
export interface ArchiveModelOptions {
  /** The site's title; the manifest gives it. */
  title?: string;
  /** The topics the documents were tagged with, for their labels. */
  topics?: readonly Topic[];
}

const noPages: ReadonlyMap<string, Person> = new Map();

/** The title an archive has when its manifest gives none. */
export const defaultArchiveTitle = 'Briefing archive';

interface Placed<D> {
  source: ArchiveSource;
  document: D;
  facts: DocumentFacts;
  slug: string;
}

// Slugs from date and title, or the manifest's own; a pinned slug another file holds is reported.
function placeDocuments<D>(
  sources: readonly { source: ArchiveSource; document: D }[],
  problems: ArchiveProblem[],
): Placed<D>[] {
  const facts = sources.map(({ source }) => readDocumentFacts(source));
  const bases = facts.map(proposeSlug);
  const slugs = assignSlugs(
    sources.map(({ source }, index) => {
      const pinned = source.entry?.slug;
      const base = bases[index] ?? source.file;
      return pinned === undefined ? { key: source.file, base } : { key: source.file, base, pinned };
    }),
  );
  return sources.map(({ source, document }, index) => {
    const slug = slugs.get(source.file) ?? source.file;
    const pinned = source.entry?.slug;
    if (pinned !== undefined && pinned !== slug) {
      problems.push({
        file: source.file,
        field: 'slug',
        message: `Another file already has the slug "${pinned}"; this one is "${slug}".`,
      });
    } else if (pinned === undefined && slug !== bases[index]) {
      // Which of two same-date, same-title files keeps the plain slug follows their file names;
      // a pinned slug holds whatever files are added later.
      problems.push({
        file: source.file,
        field: 'slug',
        message: `Another file has the same date and title, so this one is "${slug}"; give it a "slug" in ${manifestFileName} to keep that address whatever files are added.`,
      });
    }
    return { source, document, facts: facts[index] ?? readDocumentFacts(source), slug };
  });
}

function linkStories(
  pairings: readonly Pairing[],
  briefings: ArchiveBriefing[],
  stories: ArchiveStory[],
): void {
  const briefingBySlug = new Map(briefings.map((briefing) => [briefing.summary.slug, briefing]));
  const storyBySlug = new Map(stories.map((story) => [story.summary.slug, story]));
  for (const pairing of pairings) {
    const briefing = briefingBySlug.get(pairing.briefing);
    const story = storyBySlug.get(pairing.story);
    if (briefing === undefined || story === undefined) continue;
    story.summary.briefing = {
      slug: pairing.briefing,
      title: briefing.summary.title,
      suggested: pairing.suggested,
      sharedTopics: pairing.sharedTopics,
    };
    if (pairing.shown) {
      briefing.summary.story = {
        slug: pairing.story,
        title: story.summary.title,
        suggested: pairing.suggested,
      };
    }
  }
}

/**
 * Builds the archive from parsed documents: briefings and stories with stable slugs, people
 * across briefings, topics across briefings, and stories paired with briefings. Pure.
 */
export function buildArchiveModel(
  sources: readonly ArchiveSource[],
  options: ArchiveModelOptions = {},
): ArchiveModel {
  const problems: ArchiveProblem[] = [];
  const transcripts: { source: ArchiveSource; document: Transcript }[] = [];
  const articles: { source: ArchiveSource; document: Article }[] = [];
  for (const source of sources) {
    const { document } = source;
    if (document.kind === 'transcript') transcripts.push({ source, document });
    else articles.push({ source, document });
  }
  const placedBriefings = placeDocuments(transcripts, problems).sort((a, b) =>
    compareNewestFirst({ date: a.facts.date, slug: a.slug }, { date: b.facts.date, slug: b.slug }),
  );
  const placedStories = placeDocuments(articles, problems).sort((a, b) =>
    compareNewestFirst({ date: a.facts.date, slug: a.slug }, { date: b.facts.date, slug: b.slug }),
  );

  const indexed: IndexedBriefing[] = placedBriefings.map((placed) =>
    indexBriefing(
      placed.slug as BriefingSlug,
      placed.facts.title,
      placed.facts.date,
      placed.document,
    ),
  );
  const { people, bySpeaker } = describePeople(groupPeople(indexed));

  const briefings: ArchiveBriefing[] = placedBriefings.map((placed, position) => {
    const index = indexed[position];
    const pages = (index === undefined ? undefined : bySpeaker.get(index)) ?? noPages;
    const officials: PersonRef[] = [];
    const peopleSlugs: PersonSlug[] = [];
    const speakerPages: ArchiveBriefing['people'] = {};
    for (const speaker of placed.document.speakers) {
      const person = pages.get(speaker.id);
      if (person === undefined) continue;
      speakerPages[speaker.id] = person.slug;
      if (!peopleSlugs.includes(person.slug)) peopleSlugs.push(person.slug);
      if (speaker.kind === 'official') {
        const ref: PersonRef = { slug: person.slug, name: person.name };
        if (speaker.role !== undefined) ref.role = speaker.role;
        officials.push(ref);
      }
    }
    const summary: BriefingSummary = {
      ...placed.facts,
      slug: placed.slug as BriefingSlug,
      officials,
      people: peopleSlugs,
      topics: countDocumentTopics(placed.document),
      questions: placed.document.exchanges.filter((exchange) => exchange.kind === 'question')
        .length,
      turns: placed.document.turns.length,
    };
    return { summary, document: placed.document, people: speakerPages };
  });
  const stories: ArchiveStory[] = placedStories.map((placed) => ({
    summary: {
      ...placed.facts,
      slug: placed.slug as StorySlug,
      topics: countDocumentTopics(placed.document),
    },
    document: placed.document,
  }));

  const pairing = pairStories(
    briefings.map(({ summary }, position) => {
      const pairedStory = placedBriefings[position]?.source.entry?.pairedStory;
      const candidate = { slug: summary.slug, file: summary.file, topics: summary.topics };
      return {
        ...candidate,
        ...(summary.date === undefined ? {} : { date: summary.date }),
        ...(pairedStory === undefined ? {} : { pairedStory }),
      };
    }),
    stories.map(({ summary }) => ({
      slug: summary.slug,
      file: summary.file,
      topics: summary.topics,
      ...(summary.date === undefined ? {} : { date: summary.date }),
    })),
    new Set(briefings.map(({ summary }) => summary.file)),
  );
  problems.push(...pairing.problems);
  linkStories(pairing.pairings, briefings, stories);

  return {
    title: options.title ?? defaultArchiveTitle,
    briefings,
    stories,
    people,
    topics: describeTopics(indexed, stories, options.topics ?? [], bySpeaker),
    problems,
  };
}
