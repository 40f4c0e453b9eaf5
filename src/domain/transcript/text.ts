import type { Span } from '../types';

/** Where each line of a text starts and ends (the end excludes the line break: \n, \r\n or \r). */
export interface LineIndex {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Indexes the lines of `input` in one pass, without copying any text. */
export function indexLines(input: string): LineIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  const length = input.length;
  if (!input.includes('\r')) {
    // The common case: only \n breaks lines, and indexOf finds them faster than a loop.
    for (let found = input.indexOf('\n'); found !== -1; found = input.indexOf('\n', start)) {
      starts.push(start);
      ends.push(found);
      start = found + 1;
    }
  } else {
    for (let index = 0; index < length; index++) {
      const code = input.charCodeAt(index);
      if (code === 10 || code === 13) {
        starts.push(start);
        ends.push(index);
        if (code === 13 && input.charCodeAt(index + 1) === 10) index++;
        start = index + 1;
      }
    }
  }
  starts.push(start);
  ends.push(length);
  return { starts, ends };
}

/** Whether a UTF-16 code unit is white space in the sense of the regular expression `\s`. */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 5760 ||
    (code >= 8192 && code <= 8202) ||
    code === 8232 ||
    code === 8233 ||
    code === 8239 ||
    code === 8287 ||
    code === 12288 ||
    code === 65279
  );
}

/** Narrows `[start, end)` of `input` to exclude white space on both sides (empty spans collapse). */
export function trimSpan(input: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && isSpaceCode(input.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(input.charCodeAt(to - 1))) to--;
  return { start: from, end: to };
}

/** Counts the words of a text (runs of non-space characters), stopping once past `limit`. */
export function countWords(text: string, limit = Infinity): number {
  return countWordsIn(text, 0, text.length, limit);
}

/** Counts the words of `input` between `start` and `end`, stopping once past `limit`. */
export function countWordsIn(input: string, start: number, end: number, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let index = start; index < end && words <= limit; index++) {
    const code = input.charCodeAt(index);
    // Printable ASCII is never space: most characters are decided without a call.
    const space = code > 32 && code < 127 ? false : isSpaceCode(code);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

const smallWords = new Set(['of', 'the', 'and', 'for', 'on', 'to', 'in', 'at', 'a', 'an', 'de']);

// "O'BRIEN" -> "O'Brien", "SMITH-JONES" -> "Smith-Jones": capitalise after an apostrophe or hyphen.
const capitaliseWord = (word: string): string =>
  word.toLowerCase().replace(/(^|['’-])(\p{Ll})/gu, (_all, before: string, letter: string) => {
    return before + letter.toUpperCase();
  });

/** Writes upper-case label words in normal case: "SECRETARY OF DEFENSE" -> "Secretary of Defense". */
export function toNormalCase(text: string): string {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  return words
    .map((word, index) => {
      // Words already in mixed case were written that way on purpose ("McCain", "de").
      if (/\p{Ll}/u.test(word)) return word;
      const lower = word.toLowerCase();
      if (index > 0 && smallWords.has(lower)) return lower;
      return capitaliseWord(word);
    })
    .join(' ');
}

/** A readable, stable identifier fragment: "Ana M. Ruiz" -> "ana-m-ruiz". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
