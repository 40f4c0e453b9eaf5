// Reads the sentences that introduce a quote in a news story: "Defence Secretary Sir Jane Doe said:",
// "Sir Jane added:", "He told reporters:", and the inline forms `Jane Doe said: "…"` and `"…," she said.`

import { honorifics, institutionWords, roleWords, speechVerbs } from './words';

/** Who an attribution names: a person, a role, or a pronoun pointing back to the last speaker. */
export interface Subject {
  /** The phrase before the verb, as written: "Defence Secretary Sir Jane Doe". */
  phrase: string;
  /** "Sir Jane Doe" (honorifics kept). */
  name?: string;
  /** "Defence Secretary". */
  role?: string;
  pronoun: boolean;
}

/** A paragraph that attributes speech; `inline` when the quote itself is in the same paragraph. */
export interface Attribution {
  subject: Subject;
  inline: boolean;
}

// "us" stays lower case so that "the US" is not read as the first person; so does "I" upper case.
const firstPerson =
  /(?<![\p{L}\p{N}_'’-])(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Oo]urs?|us|[Mm]y|me)(?![\p{L}\p{N}_'’-])/u;

const pronouns = new Set(['he', 'she', 'they']);
const capitalised = /^\p{Lu}[\p{L}'’.-]*$/u;
const maxTailWords = 6;
const maxSubjectWords = 12;

// A word as the word lists hold it: lower case, without surrounding punctuation or a possessive.
// Most words are plain letters already, and need no Unicode-aware pattern.
const plainWord = /^[a-z]+$/;
const bare = (word: string): string => {
  const lower = word.toLowerCase();
  if (plainWord.test(lower)) return lower;
  return lower.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');
};

const isRoleWord = (word: string): boolean =>
  bare(word)
    .split('-')
    .some((w) => roleWords.has(w));

/** True when the word is an honorific such as "Sir", "Dr." or "Ms". */
export function isHonorific(word: string): boolean {
  return honorifics.has(bare(word));
}

/** The words that identify a person: lower case, without honorifics or punctuation. */
export function identifyingWords(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((word) => !isHonorific(word))
    .map(bare)
    .filter((word) => word.length > 0);
}

// Reads a name from the end of a phrase: capitalised words, back to an honorific, a role word or
// a lower-case word. Returns the index where the name starts.
const nameStart = (words: readonly string[]): number => {
  let start = words.length;
  while (start > 0 && words.length - start < 5) {
    const word = words[start - 1] ?? '';
    const honorific = isHonorific(word);
    if (!honorific && (!capitalised.test(word) || isRoleWord(word))) break;
    if (!honorific && institutionWords.has(bare(word))) break;
    start -= 1;
    if (honorific) break;
  }
  // A name of honorifics alone ("Mr") names nobody.
  return words.slice(start).every(isHonorific) ? words.length : start;
};

const stripArticle = (words: readonly string[]): string[] =>
  /^(?:the|a|an)$/i.test(words[0] ?? '') ? words.slice(1) : [...words];

/** Reads the subject of an attribution: a name, a role, both ("Roberta Doe, the Minister"), or a pronoun. */
export function readSubject(phrase: string): Subject | undefined {
  const trimmed = phrase.trim().replace(/,$/, '');
  if (pronouns.has(trimmed.toLowerCase())) return { phrase: trimmed, pronoun: true };
  let name: string | undefined;
  let role: string | undefined;
  const segments = trimmed
    .split(',')
    .map((segment) => stripArticle(segment.trim().split(/\s+/).filter(Boolean)));
  for (let index = segments.length - 1; index >= 0; index -= 1) {
    const words = segments[index] ?? [];
    const start = nameStart(words);
    const before = stripArticle(words.slice(0, start));
    if (name === undefined && start < words.length) name = words.slice(start).join(' ');
    if (role === undefined && before.some(isRoleWord)) role = before.join(' ');
  }
  if (name === undefined && role === undefined) return undefined;
  return {
    phrase: trimmed,
    ...(name === undefined ? {} : { name }),
    ...(role === undefined ? {} : { role }),
    pronoun: false,
  };
}

// Splits "Sir Jane Doe said today" into the subject before the last speech verb and a short tail.
const readHead = (head: string): Subject | undefined => {
  const words = head.trim().split(/\s+/);
  for (
    let index = words.length - 1;
    index >= 1 && words.length - index - 1 <= maxTailWords;
    index -= 1
  ) {
    if (speechVerbs.has(bare(words[index] ?? ''))) {
      if (index > maxSubjectWords) return undefined;
      return readSubject(words.slice(0, index).join(' '));
    }
  }
  return undefined;
};

// `"…," said Sir Jane.` or `"…," she added.`: the words between the quotes name who spoke.
const readTrailing = (middle: string): Subject | undefined => {
  const words = middle.trim().split(/\s+/);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length > maxSubjectWords) return undefined;
  if (speechVerbs.has(bare(first))) return readSubject(words.slice(1).join(' '));
  if (words.length > 1 && speechVerbs.has(bare(last))) {
    return readSubject(words.slice(0, -1).join(' '));
  }
  return readHead(middle);
};

const openQuote = '["“‘]';
const inlineAfterColon = new RegExp(`^([^:\\n]{1,200}?)\\s*:\\s*${openQuote}`, 'u');
const trailingAfterQuote = /^["“][^"”]+[”"]\s*([^"“”\n]{2,120}?)[.,;]?(?:\s+["“][\s\S]*)?$/u;

/** True when the paragraph is wrapped in quotation marks. */
export function isWrappedInQuotes(paragraph: string): boolean {
  return /^["“‘][\s\S]*["”’]$/u.test(paragraph) && paragraph.length > 2;
}

/**
 * Reads a paragraph as an attribution: a short line ending with a colon whose last words are a
 * speech verb ("… said:", "… said today:"), or an inline quote with its speaker.
 */
export function readAttribution(paragraph: string): Attribution | undefined {
  if (paragraph.length <= 200 && paragraph.endsWith(':') && !paragraph.includes('\n')) {
    const subject = readHead(paragraph.slice(0, -1));
    return subject === undefined ? undefined : { subject, inline: false };
  }
  const headed = inlineAfterColon.exec(paragraph);
  const head = headed?.[1];
  if (head !== undefined) {
    const subject = readHead(head);
    if (subject !== undefined) return { subject, inline: true };
  }
  const trailing = trailingAfterQuote.exec(paragraph)?.[1];
  if (trailing !== undefined) {
    const subject = readTrailing(trailing);
    if (subject !== undefined) return { subject, inline: true };
  }
  return undefined;
}

/** True when the paragraph speaks in the first person (I, we, we're, our, us, my…). */
export function isFirstPerson(paragraph: string): boolean {
  return firstPerson.test(paragraph);
}
