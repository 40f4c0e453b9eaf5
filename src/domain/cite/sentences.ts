import type { Span } from '../types';

// Sentence bounds decide where a citation may start, stop or leave words out, so a wrong bound
// misquotes. A stop ends a sentence only when white space and the start of a new sentence follow it,
// and the word before it is not an abbreviation that names what comes next ("Gen. Mattis", "No. 2").

// Titles and honorifics: the capitalised word after them is a name, not a new sentence.
const titleAbbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'rev',
  'hon',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'cmdr',
  'cdr',
  'brig',
  'amb',
  'sen',
  'rep',
  'gov',
  'pres',
  'sec',
  'min',
  'st',
  'mt',
  'ft',
  'messrs',
  'mme',
  'mlle',
  'vs',
  'cf',
  'e.g',
  'i.e',
  'approx',
  'dept',
  'corp',
  'inc',
  'co',
]);

// Abbreviations that take a number: "No. 2", "Art. 5", "Jan. 27".
const numberAbbreviations = new Set([
  'no',
  'nos',
  'art',
  'arts',
  'vol',
  'p',
  'pp',
  'fig',
  'para',
  'ch',
  'sec',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

const stopPattern = /[.!?…]+/gu;
const closers = /["'”’»)\]]/u;
const space = /\s/u;
const lowerCase = /\p{Ll}/u;
const digit = /\p{Nd}/u;
// "U.S", "U.K", "D.C": a dotted upper-case acronym names something; it rarely closes a sentence.
const dottedAcronym = /^(?:\p{Lu}\.)+\p{Lu}$/u;
// "T" in "Mark T. Esper": a single capital before a period is an initial.
const initial = /^\p{Lu}$/u;

/** The word right before a stop at `at`, without opening brackets or quotes: "Gen", "U.S", "2". */
function readWordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && !space.test(text.charAt(from - 1))) from -= 1;
  return text.slice(from, at).replace(/^["'“‘«([]+/u, '');
}

/** Whether a single period after `word`, followed by `next`, belongs to an abbreviation. */
function isAbbreviation(word: string, next: string): boolean {
  if (word.length === 0) return false;
  if (dottedAcronym.test(word) || initial.test(word)) return true;
  const key = word.toLowerCase();
  if (titleAbbreviations.has(key)) return true;
  return numberAbbreviations.has(key) && digit.test(next);
}

/**
 * Splits text into sentences: spans relative to `text`, without the white space between them. A
 * sentence keeps the quotes and brackets that close it (`(He left.)`, `“No.”`); decimals, ellipses
 * inside a sentence, initials and abbreviations such as "Dr.", "U.S.", "Gen." or "No. 2" do not end one.
 */
export function segmentSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  while (start < text.length && space.test(text.charAt(start))) start += 1;
  for (const stop of text.matchAll(stopPattern)) {
    const stopStart = stop.index;
    let end = stopStart + stop[0].length;
    if (stopStart < start) continue;
    while (end < text.length && closers.test(text.charAt(end))) end += 1;
    if (end < text.length && !space.test(text.charAt(end))) continue;
    let next = end;
    while (next < text.length && space.test(text.charAt(next))) next += 1;
    if (next < text.length) {
      const nextChar = text.charAt(next);
      if (lowerCase.test(nextChar)) continue;
      if (stop[0] === '.' && isAbbreviation(readWordBefore(text, stopStart), nextChar)) continue;
    }
    sentences.push({ start, end });
    start = next;
  }
  let end = text.length;
  while (end > start && space.test(text.charAt(end - 1))) end -= 1;
  if (end > start) sentences.push({ start, end });
  return sentences;
}
