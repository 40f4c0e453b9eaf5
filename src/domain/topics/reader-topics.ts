import type { Filters } from '../search/filters';
import type { Topic, TopicId } from '../types';
import { keyOf } from './pattern-key';
import { slugOf } from './slug';

// A reader's own topic is a name and the words that mean it. It travels in a link, so it has a
// compact text form, and its id can never equal a curated or found id: those are slugs, which hold
// no underscore, and a reader's id starts with one.

/** What every reader topic id starts with. */
export const readerTopicPrefix = 'my_';
/** The longest name or word, in characters. */
export const maxReaderWordLength = 40;
/** The most words a reader topic may have. */
export const maxReaderWords = 12;
/** The most reader topics a link may carry. */
export const maxReaderTopics = 10;
/** The longest text form of reader topics: the most topics, each with a name and the most words. */
export const maxReaderTopicsLength =
  maxReaderTopics * (maxReaderWords + 1) * (maxReaderWordLength + 1);

export type ReaderTopicResult =
  { readonly ok: true; readonly topic: Topic } | { readonly ok: false; readonly message: string };

export type ReaderTopicsResult =
  | { readonly ok: true; readonly topics: readonly Topic[] }
  | { readonly ok: false; readonly message: string };

// Whole-word matching needs a letter or digit to start and to end ("U.S." may end with its period);
// inside, the characters names are made of.
// "_" and "*" are left out on purpose: the text form uses them as separators.
const wordShape = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N} '’.&-]*[\p{L}\p{M}\p{N}.])?$/u;
const allowed =
  'letters, digits, spaces, hyphens, apostrophes, periods and “&”, starting with a letter or digit and ending with one or a period';

const tidy = (text: string): string => text.trim().replace(/\s+/gu, ' ');

function checkWord(word: string, what: string): string | undefined {
  if (word.length > maxReaderWordLength) {
    return `${what} “${word.slice(0, maxReaderWordLength)}…” is too long: at most ${maxReaderWordLength} characters.`;
  }
  if (!wordShape.test(word)) return `${what} “${word}” can only hold ${allowed}.`;
  return undefined;
}

/** Whether an id belongs to a reader's own topic. */
export function isReaderTopicId(id: string): boolean {
  return id.startsWith(readerTopicPrefix);
}

/**
 * Makes a reader's topic from a name and the words that mean it (the name itself when none are
 * given), or says in words what is wrong with them.
 */
export function createReaderTopic(name: string, words: readonly string[]): ReaderTopicResult {
  const label = tidy(name);
  if (label.length === 0) return { ok: false, message: 'Give the topic a name.' };
  const nameProblem = checkWord(label, 'The name');
  if (nameProblem !== undefined) return { ok: false, message: nameProblem };
  const given = words.map(tidy).filter((word) => word.length > 0);
  const patterns: string[] = [];
  const seen = new Set<string>();
  for (const word of given.length > 0 ? given : [label]) {
    const problem = checkWord(word, 'The word');
    if (problem !== undefined) return { ok: false, message: problem };
    const key = keyOf(word);
    if (seen.has(key)) continue;
    seen.add(key);
    patterns.push(word);
  }
  if (patterns.length > maxReaderWords) {
    return {
      ok: false,
      message: `A topic can have at most ${maxReaderWords} words; this one has ${patterns.length}.`,
    };
  }
  return {
    ok: true,
    topic: { id: `${readerTopicPrefix}${slugOf(label)}` as TopicId, label, patterns },
  };
}

/**
 * The text form of a reader's topic for a link: the name, then each word, joined by "_"
 * ("Ruritania_Ruritania_Ruritanian"); just the name when it is the only word.
 */
export function encodeReaderTopic(topic: Topic): string {
  const [only] = topic.patterns;
  if (topic.patterns.length === 1 && only === topic.label) return topic.label;
  return [topic.label, ...topic.patterns].join('_');
}

/** Reads the text form of a reader's topic back, or says what is wrong with it; never throws. */
export function decodeReaderTopic(text: string): ReaderTopicResult {
  if (text.trim().length === 0) return { ok: false, message: 'The link names an empty topic.' };
  const [name = '', ...words] = text.split('_');
  if (words.some((word) => word.trim().length === 0)) {
    return {
      ok: false,
      message: `The topic “${text.slice(0, 60)}” in the link has an empty word.`,
    };
  }
  const made = createReaderTopic(name, words);
  return made.ok
    ? made
    : { ok: false, message: `The topic in the link cannot be read. ${made.message}` };
}

/** The text form of several reader topics, joined by "*". */
export function encodeReaderTopics(topics: readonly Topic[]): string {
  return topics.map(encodeReaderTopic).join('*');
}

/** Reads several reader topics back (see encodeReaderTopics), or says what is wrong; never throws. */
export function decodeReaderTopics(text: string): ReaderTopicsResult {
  if (text.length === 0) return { ok: true, topics: [] };
  if (text.length > maxReaderTopicsLength) {
    return {
      ok: false,
      message: `The topics of your own in the link are too long to read: ${text.length.toLocaleString('en')} characters, at most ${maxReaderTopicsLength.toLocaleString('en')}.`,
    };
  }
  const parts = text.split('*');
  if (parts.length > maxReaderTopics) {
    return {
      ok: false,
      message: `A link can carry at most ${maxReaderTopics} topics of your own; this one has ${parts.length}.`,
    };
  }
  const topics: Topic[] = [];
  const ids = new Set<string>();
  for (const part of parts) {
    const decoded = decodeReaderTopic(part);
    if (!decoded.ok) return decoded;
    if (ids.has(decoded.topic.id)) {
      return {
        ok: false,
        message: `The link names the topic “${decoded.topic.label}” twice.`,
      };
    }
    ids.add(decoded.topic.id);
    topics.push(decoded.topic);
  }
  return { ok: true, topics };
}

/** Filters with a reader's topic put in, or why it cannot be. */
export type ReaderTopicChange =
  | { readonly ok: true; readonly filters: Filters }
  | { readonly ok: false; readonly message: string };

/**
 * Puts a reader's topic into the filters: added last and chosen, or (given `replacing`) in place of
 * the one with that id, chosen if that one was. Says why not when the name is taken or the list full.
 */
export function putReaderTopic(
  filters: Filters,
  topic: Topic,
  replacing?: TopicId,
): ReaderTopicChange {
  const current = filters.readerTopics ?? [];
  const others = current.filter((other) => other.id !== replacing);
  const taken = others.find((other) => other.id === topic.id);
  if (taken !== undefined) {
    return { ok: false, message: `You have a topic named “${taken.label}” already.` };
  }
  if (replacing === undefined && current.length >= maxReaderTopics) {
    return {
      ok: false,
      message: `You can have at most ${maxReaderTopics} topics of your own: remove one first.`,
    };
  }
  const readerTopics =
    replacing === undefined
      ? [...current, topic]
      : current.map((other) => (other.id === replacing ? topic : other));
  const topics =
    replacing === undefined
      ? [...filters.topics.filter((id) => id !== topic.id), topic.id]
      : filters.topics.map((id) => (id === replacing ? topic.id : id));
  return { ok: true, filters: { ...filters, topics, readerTopics } };
}

/** Takes a reader's topic out of the filters, and out of the chosen topics. */
export function removeReaderTopic(filters: Filters, id: TopicId): Filters {
  const readerTopics = (filters.readerTopics ?? []).filter((topic) => topic.id !== id);
  const rest: Filters = {
    speakers: filters.speakers,
    topics: filters.topics.filter((chosen) => chosen !== id),
    q: filters.q,
  };
  return readerTopics.length === 0 ? rest : { ...rest, readerTopics };
}
