import type { Mention, Topic, TopicId } from '../types';
import { keyOf } from './pattern-key';

// All patterns are compiled into one regular expression shaped as a trie (patterns that share a start
// share a branch), so that at each position the engine tests one character class instead of trying a
// hundred alternatives in turn: that shape keeps tagging close to the cost of reading the text.

/** A compiled set of topics. */
export interface TopicMatcher {
  readonly topics: readonly Topic[];
  /** The topics that have at least one pattern, in list order. */
  readonly groupTopics: readonly TopicId[];
  /** Matches any pattern, longest first, case-insensitively. */
  readonly pattern: RegExp;
  /** A pattern's words joined by single spaces, lower case, to its topic. */
  readonly topicByKey: ReadonlyMap<string, TopicId>;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  ends: boolean;
}

const joinerSource = '[\\s\\u00a0-]+';
const escapeChar = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const emit = (node: TrieNode): string => {
  const branches = [...node.children].map(
    ([char, child]) => (char === ' ' ? joinerSource : escapeChar(char)) + emit(child),
  );
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  return node.ends ? `(?:${body})?` : body;
};

const wordChar = /[\p{L}\p{N}_]/u;
// Letters, digits and underscores make words; a match must not continue one. `code` is NaN past
// either end of the text.
const isWordChar = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code) || code < 128) return false; // ASCII neighbours are ruled out by the pattern
  return wordChar.test(text.charAt(index));
};

/** Compiles topics into a whole-word, case-insensitive matcher (longest pattern first). */
export function compileTopics(topics: readonly Topic[]): TopicMatcher {
  const root: TrieNode = { children: new Map(), ends: false };
  const topicByKey = new Map<string, TopicId>();
  const groupTopics: TopicId[] = [];
  for (const topic of topics) {
    let hasPattern = false;
    for (const pattern of topic.patterns) {
      const key = keyOf(pattern);
      if (key.length === 0) continue;
      hasPattern = true;
      // The first topic to claim a pattern keeps it.
      if (topicByKey.has(key)) continue;
      topicByKey.set(key, topic.id);
      let node = root;
      for (const char of key) {
        let child = node.children.get(char);
        if (child === undefined) {
          child = { children: new Map(), ends: false };
          node.children.set(char, child);
        }
        node = child;
      }
      node.ends = true;
    }
    if (hasPattern) groupTopics.push(topic.id);
  }
  const body = emit(root);
  return {
    topics,
    groupTopics,
    // The lookbehind cheaply rules out starts inside ASCII words (a `\b` would also rule out a
    // pattern that opens with a non-ASCII letter, such as "Élysée"); the lookahead keeps the longest
    // whole word. Non-ASCII letters around a match are checked after the fact.
    pattern: new RegExp(
      body.length > 0 ? `(?<![A-Za-z0-9_])${body}(?![A-Za-z0-9_])` : '(?!)',
      'gi',
    ),
    topicByKey,
  };
}

/** Finds topic mentions in `text`, which starts at `offset` in the input; spans are input offsets. */
export function findMentions(text: string, offset: number, matcher: TopicMatcher): Mention[] {
  const mentions: Mention[] = [];
  // A copy of its own, so that no other use of `matcher.pattern` moves this scan's lastIndex; the
  // engine keeps compiled patterns by source, so copying costs no compile.
  const pattern = new RegExp(matcher.pattern);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isWordChar(text, start - 1) || isWordChar(text, end)) continue;
    const found = match[0].toLowerCase();
    const topicId = matcher.topicByKey.get(found) ?? matcher.topicByKey.get(keyOf(found));
    if (topicId === undefined) continue;
    mentions.push({ topicId, start: offset + start, end: offset + end });
  }
  return mentions;
}

/** The distinct topics of a list of mentions, in the order the topics are listed. */
export function topicsOf(mentions: readonly Mention[], topics: readonly Topic[]): TopicId[] {
  const present = new Set(mentions.map((mention) => mention.topicId));
  return topics.filter((topic) => present.has(topic.id)).map((topic) => topic.id);
}

/**
 * Gives `topicsOf` for one topic list, for callers that ask for many lists of mentions: the
 * list's order is read once, so each call costs what its mentions cost rather than a pass over
 * every topic.
 */
export function orderTopics(topics: readonly Topic[]): (mentions: readonly Mention[]) => TopicId[] {
  const order = new Map<TopicId, number>();
  for (const [position, topic] of topics.entries()) {
    // A list naming a topic twice gives it twice; the plain pass keeps that.
    if (order.has(topic.id)) return (mentions) => topicsOf(mentions, topics);
    order.set(topic.id, position);
  }
  return (mentions) => {
    const found: TopicId[] = [];
    for (const mention of mentions) {
      if (order.has(mention.topicId) && !found.includes(mention.topicId)) {
        found.push(mention.topicId);
      }
    }
    if (found.length > 1) found.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return found;
  };
}
