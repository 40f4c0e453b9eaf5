import type { Article, Mention, SpeakerId, Topic, TopicId, Transcript } from '../types';
import { readerTopicPrefix } from './reader-topics';

/** Counts each speaker's turns; every speaker of the transcript is listed, even with none. */
export function countTurnsBySpeaker(transcript: Transcript): ReadonlyMap<SpeakerId, number> {
  const counts = new Map<SpeakerId, number>(transcript.speakers.map((speaker) => [speaker.id, 0]));
  for (const turn of transcript.turns) {
    counts.set(turn.speakerId, (counts.get(turn.speakerId) ?? 0) + 1);
  }
  return counts;
}

// Counting lives here, apart from the matcher: the viewer counts, and need not load the matcher.
/** Counts mentions per topic. */
export function countMentions(mentions: Iterable<Mention>): Map<TopicId, number> {
  const counts = new Map<TopicId, number>();
  for (const mention of mentions) {
    counts.set(mention.topicId, (counts.get(mention.topicId) ?? 0) + 1);
  }
  return counts;
}

export type TopicPresence = 'both' | 'briefing' | 'story' | 'none';

export interface TopicSummary {
  readonly topic: Topic;
  readonly briefingCount: number;
  readonly storyCount: number;
  readonly presence: TopicPresence;
}

function* transcriptMentions(transcript: Transcript): Generator<Mention> {
  for (const turn of transcript.turns) {
    for (const paragraph of turn.paragraphs) yield* paragraph.mentions;
  }
}

function* articleMentions(article: Article | undefined): Generator<Mention> {
  for (const paragraph of article?.paragraphs ?? []) yield* paragraph.mentions;
}

function decidePresence(briefingCount: number, storyCount: number): TopicPresence {
  if (briefingCount > 0) return storyCount > 0 ? 'both' : 'briefing';
  return storyCount > 0 ? 'story' : 'none';
}

/** Counts each topic's mentions in the briefing and the story, in the order the topics are listed. */
export function summarizeTopics(
  topics: readonly Topic[],
  transcript: Transcript,
  article: Article | undefined,
): TopicSummary[] {
  const briefing = countMentions(transcriptMentions(transcript));
  const story = countMentions(articleMentions(article));
  return topics.map((topic) => {
    const briefingCount = briefing.get(topic.id) ?? 0;
    const storyCount = story.get(topic.id) ?? 0;
    return {
      topic,
      briefingCount,
      storyCount,
      presence: decidePresence(briefingCount, storyCount),
    };
  });
}

/** Where a topic of a document's list comes from. */
export type TopicOrigin = 'curated' | 'found' | 'reader';

/** A topic of a document's list, with where it comes from and how often the document mentions it. */
export interface TopicListEntry {
  readonly id: TopicId;
  readonly label: string;
  readonly origin: TopicOrigin;
  readonly patterns: readonly string[];
  readonly mentions: number;
}

/**
 * Lists the topics a parsed document was tagged with, in their order, each with its origin (curated
 * when `curated` has its id, the reader's by its id, else found in the text) and its mention count.
 */
export function listDocumentTopics(
  document: Transcript | Article,
  topics: readonly Topic[],
  curated: readonly Topic[],
): TopicListEntry[] {
  const counts = countMentions(
    document.kind === 'transcript' ? transcriptMentions(document) : articleMentions(document),
  );
  const curatedIds = new Set(curated.map((topic) => topic.id));
  return topics.map((topic) => ({
    id: topic.id,
    label: topic.label,
    origin: curatedIds.has(topic.id)
      ? 'curated'
      : topic.id.startsWith(readerTopicPrefix)
        ? 'reader'
        : 'found',
    patterns: topic.patterns,
    mentions: counts.get(topic.id) ?? 0,
  }));
}
