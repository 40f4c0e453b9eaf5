import type { Mention, Topic, TopicId } from './types';

/** A compiled set of topics: one regular expression whose named alternatives map back to topics. */
export interface TopicMatcher {
  readonly topics: readonly Topic[];
  readonly pattern: RegExp;
  /** Alternative index (capture group) to topic id. */
  readonly groupTopics: readonly TopicId[];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Inside a pattern, a space or hyphen matches any run of spaces, no-break spaces or hyphens.
const patternSource = (pattern: string): string =>
  pattern
    .trim()
    .split(/[\s\u00a0-]+/)
    .map(escapeRegExp)
    .join('[\\s\\u00a0-]+');

/** Compiles topics into one whole-word, case-insensitive matcher (longest pattern first). */
export function compileTopics(topics: readonly Topic[]): TopicMatcher {
  const alternatives = topics.map((topic) =>
    [...topic.patterns]
      .filter((pattern) => pattern.trim().length > 0)
      .sort((a, b) => b.length - a.length)
      .map(patternSource)
      .join('|'),
  );
  const groups = alternatives
    .map((source, index) => ({ source, topicId: topics[index]?.id }))
    .filter((group): group is { source: string; topicId: TopicId } => group.source.length > 0);
  const body = groups.map((group) => `(${group.source})`).join('|') || '(?!)';
  return {
    topics,
    // Letters, digits and apostrophes inside a word stop a match ("Libyan" is not "Libya" + "n");
    // a trailing possessive ("NATO's") is allowed because the apostrophe sits after the match.
    pattern: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, 'giu'),
    groupTopics: groups.map((group) => group.topicId),
  };
}

/** Finds topic mentions in `text`, which starts at `offset` in the input; spans are input offsets. */
export function findMentions(text: string, offset: number, matcher: TopicMatcher): Mention[] {
  const mentions: Mention[] = [];
  matcher.pattern.lastIndex = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    // Capture groups that did not take part are undefined at run time, whatever the typings say.
    const groups: readonly (string | undefined)[] = match;
    const groupIndex = groups.findIndex((group, index) => index > 0 && group !== undefined);
    const topicId = matcher.groupTopics[groupIndex - 1];
    if (topicId === undefined) continue;
    const start = offset + match.index;
    mentions.push({ topicId, start, end: start + match[0].length });
  }
  return mentions;
}

/** The distinct topics of a list of mentions, in the order the topics are listed. */
export function topicsOf(mentions: readonly Mention[], topics: readonly Topic[]): TopicId[] {
  const present = new Set(mentions.map((mention) => mention.topicId));
  return topics.filter((topic) => present.has(topic.id)).map((topic) => topic.id);
}

/** Counts mentions per topic. */
export function countMentions(mentions: Iterable<Mention>): Map<TopicId, number> {
  const counts = new Map<TopicId, number>();
  for (const mention of mentions) {
    counts.set(mention.topicId, (counts.get(mention.topicId) ?? 0) + 1);
  }
  return counts;
}
