import type { SearchHit } from '../../domain/search/search';
import type { Article, Speaker, TopicId, Transcript } from '../../domain/types';

/** Ids of the marks of chosen topics, briefing first then story, in document order. */
export function listMentionTargets(
  transcript: Transcript,
  article: Article | undefined,
  topics: ReadonlySet<TopicId>,
): string[] {
  const ids: string[] = [];
  if (topics.size === 0) return ids;
  for (const turn of transcript.turns) {
    for (const paragraph of turn.paragraphs) {
      for (const mention of paragraph.mentions) {
        if (topics.has(mention.topicId)) ids.push(`b-m-${mention.start}`);
      }
    }
  }
  for (const paragraph of article?.paragraphs ?? []) {
    for (const mention of paragraph.mentions) {
      if (topics.has(mention.topicId)) ids.push(`s-m-${mention.start}`);
    }
  }
  return ids;
}

/** Ids of the marks of search hits, briefing first then story. */
export function listHitTargets(
  briefingHits: readonly SearchHit[],
  storyHits: readonly SearchHit[],
): string[] {
  return [
    ...briefingHits.map((hit) => `b-h-${hit.start}`),
    ...storyHits.map((hit) => `s-h-${hit.start}`),
  ];
}

/** Adds a value to a list, or takes it out when it is there already. */
export function toggleValue<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** What tells a speaker apart besides the name: an official's role, a reporter's outlet. */
export function describeSpeaker(speaker: Speaker): string {
  const details = [speaker.role, speaker.affiliation].filter(
    (detail): detail is string =>
      detail !== undefined && detail !== '' && !speaker.name.includes(detail),
  );
  return details.join(', ');
}

/** "1 turn", "3 turns": counts in words a reader scans. */
export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
