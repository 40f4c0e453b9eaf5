import type { TopicId } from '../types';
import { dayNumber } from './documents';
import { manifestFileName } from './manifest';
import { compareText } from './slugs';
import type { ArchiveProblem, BriefingSlug, StorySlug, TopicCount } from './types';

/** How many days apart a story and a briefing may be for Podium to suggest pairing them. */
export const pairingWindowDays = 7;

/** What pairing needs to know of a briefing or a story. */
export interface PairingCandidate<Slug extends string> {
  slug: Slug;
  file: string;
  date?: string;
  topics: readonly TopicCount[];
}

/** A briefing's candidate, with the story file its manifest entry names. */
export interface PairingBriefing extends PairingCandidate<BriefingSlug> {
  pairedStory?: string;
}

/** A story paired with a briefing. */
export interface Pairing {
  briefing: BriefingSlug;
  story: StorySlug;
  suggested: boolean;
  /** The briefing shows this story (a briefing shows one; a story may point to a briefing that shows another). */
  shown: boolean;
  sharedTopics: TopicId[];
}

/** Pairings and what was wrong with the manifest's. */
export interface PairingResult {
  pairings: Pairing[];
  problems: ArchiveProblem[];
}

const sharedTopics = (a: readonly TopicCount[], b: readonly TopicCount[]): TopicId[] => {
  const other = new Set(b.map((topic) => topic.id));
  return a.filter((topic) => other.has(topic.id)).map((topic) => topic.id);
};

interface Suggestion {
  briefing: PairingBriefing;
  shared: TopicId[];
  days: number;
}

// More shared topics first, then the nearer date, then the earlier slug.
const compareSuggestions = (a: Suggestion, b: Suggestion): number =>
  b.shared.length - a.shared.length ||
  a.days - b.days ||
  compareText(a.briefing.slug, b.briefing.slug);

/**
 * Pairs stories with briefings: as the manifest says, else each dated story with the briefing
 * within ±7 days whose topics it shares most (ties: the nearest date), marked as a suggestion. A
 * briefing shows one story: its manifest's, else the best suggestion among stories that chose it.
 */
export function pairStories(
  briefings: readonly PairingBriefing[],
  stories: readonly PairingCandidate<StorySlug>[],
  briefingFiles: ReadonlySet<string> = new Set(),
): PairingResult {
  const problems: ArchiveProblem[] = [];
  const storyByFile = new Map(stories.map((story) => [story.file, story]));
  const pairings: Pairing[] = [];
  const pairedStories = new Set<string>();
  const pairedBriefings = new Set<string>();
  for (const briefing of briefings) {
    const file = briefing.pairedStory;
    if (file === undefined) continue;
    const story = storyByFile.get(file);
    if (story === undefined) {
      problems.push({
        file: briefing.file,
        field: 'pairedStory',
        message: briefingFiles.has(file)
          ? `${manifestFileName} pairs it with "${file}", which is a briefing, not a story; the pairing was ignored.`
          : `${manifestFileName} pairs it with "${file}", which is not a readable story of the folder; the pairing was ignored.`,
      });
      continue;
    }
    if (pairedStories.has(story.file)) {
      problems.push({
        file: briefing.file,
        field: 'pairedStory',
        message: `"${file}" is already paired with another briefing; this pairing was ignored.`,
      });
      continue;
    }
    pairedStories.add(story.file);
    pairedBriefings.add(briefing.slug);
    pairings.push({
      briefing: briefing.slug,
      story: story.slug,
      suggested: false,
      shown: true,
      sharedTopics: sharedTopics(story.topics, briefing.topics),
    });
  }
  const open = briefings.filter(
    (briefing) => briefing.date !== undefined && !pairedBriefings.has(briefing.slug),
  );
  const suggested: Pairing[] = [];
  const shown = new Map<BriefingSlug, { pairing: Pairing; suggestion: Suggestion }>();
  for (const story of stories) {
    if (story.date === undefined || pairedStories.has(story.file)) continue;
    const day = dayNumber(story.date);
    let best: Suggestion | undefined;
    for (const briefing of open) {
      const days = Math.abs(dayNumber(briefing.date ?? '') - day);
      if (days > pairingWindowDays) continue;
      const shared = sharedTopics(story.topics, briefing.topics);
      if (shared.length === 0) continue;
      const suggestion = { briefing, shared, days };
      if (best === undefined || compareSuggestions(suggestion, best) < 0) best = suggestion;
    }
    if (best === undefined) continue;
    const pairing: Pairing = {
      briefing: best.briefing.slug,
      story: story.slug,
      suggested: true,
      shown: false,
      sharedTopics: best.shared,
    };
    suggested.push(pairing);
    const held = shown.get(pairing.briefing);
    const order = held === undefined ? -1 : compareSuggestions(best, held.suggestion);
    if (
      order < 0 ||
      (order === 0 && held !== undefined && compareText(story.slug, held.pairing.story) < 0)
    ) {
      shown.set(pairing.briefing, { pairing, suggestion: best });
    }
  }
  for (const { pairing } of shown.values()) pairing.shown = true;
  return { pairings: [...pairings, ...suggested], problems };
}
