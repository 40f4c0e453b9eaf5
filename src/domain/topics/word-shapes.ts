import stopwordList from 'stopwords-en';
import { briefingWords, calendarWords, officeWords, titleWords } from '../../content/topic-words';
import { keyOf } from './pattern-key';

// How discovery tells words apart: stopwords, titles and offices, and the shapes of words (names,
// acronyms, sentence breaks) it reads in one pass over a text.

export const stopwords: ReadonlySet<string> = new Set(stopwordList);
export const titles: ReadonlySet<string> = new Set(titleWords);
export const offices: ReadonlySet<string> = new Set(officeWords);
export const calendar: ReadonlySet<string> = new Set(calendarWords);
export const fillers: ReadonlySet<string> = new Set([...calendarWords, ...briefingWords]);

// Lower-case words that may join the capitalised words of one name ("Strait of Hormuz").
export const joiners: ReadonlySet<string> = new Set(
  'of the for de del della di da du des la le al el bin van von der and'.split(' '),
);

// Letters of the Latin, Greek and Cyrillic scripts and digits, joined inside by ' ’ . & and -. A
// plain (not Unicode-aware) class keeps this scan, most of discovery's cost, close to native speed.
export const wordPattern =
  /[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff]+(?:['\u2019.&-][A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff]+)*/g;
const upperLetter = /\p{Lu}/u;
export const lowerWord = /^(?:[a-z-]+|\p{Ll}[\p{Ll}\p{M}-]*)$/u;

export const isUpper = (code: number, text: string, index: number): boolean =>
  code < 128 ? code >= 65 && code <= 90 : upperLetter.test(text.charAt(index));

// Endings of adverbs, adjectives and verb forms: such a word does not end a phrase, and the first
// two do not start one either.
export const notNounEnding = /(?:ly|al|ed|ing|ive|ous|ful|ic|ible|able)$/u;
export const notModifierEnding = /(?:ly|ing|ed)$/u;

export const isApostrophe = (code: number): boolean => code === 39 || code === 8217;

// . ! ? : ; quotes, brackets and line breaks end a sentence or a clause.
export const isBreak = (code: number): boolean =>
  code === 46 ||
  code === 33 ||
  code === 63 ||
  code === 58 ||
  code === 59 ||
  code === 34 ||
  code === 8220 ||
  code === 8221 ||
  code === 40 ||
  code === 41 ||
  code === 91 ||
  code === 93 ||
  code === 10 ||
  code === 13;

// One word's key, as keyOf gives it, without splitting: lower case, hyphens as spaces.
export const keyOfWord = (word: string): string => {
  const lower = word.toLowerCase();
  return lower.includes('-') ? keyOf(lower) : lower;
};

// Most capitalised words are not acronyms: the second character settles it before the pattern.
export function isAcronym(token: string): boolean {
  const second = token.charCodeAt(1);
  const possible =
    (second >= 65 && second <= 90) || (second >= 48 && second <= 57) || second === 45;
  return (possible || second >= 128) && acronymPattern.test(token);
}

export const isSingleCapital = (token: string): boolean =>
  token.length === 1 && isUpper(token.charCodeAt(0), token, 0);
// "NATO", "HIMARS", "F-35", "MQ-9", "5G": capitals, or capitals and digits with at least one of each.
const acronymPattern =
  /^(?:\p{Lu}{2,6}|(?=[\p{Lu}\p{N}-]*\p{N})(?=[\p{Lu}\p{N}-]*\p{Lu})[\p{Lu}\p{N}]+(?:-[\p{Lu}\p{N}]+)*)$/u;
// "U.S", "U.K": letters and periods, kept with their final period.
export const initialism = /^(?:\p{L}\.)+\p{L}$/u;
