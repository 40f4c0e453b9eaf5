import type { Article, Mention, SpeakerId, Topic, TopicId, Transcript } from '../types';

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
