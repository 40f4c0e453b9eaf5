import type { Span } from '../types';

/** Where each line of a text starts and ends (the end excludes the line break: \n, \r\n or \r). */
export interface LineIndex {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/**
 * Indexes the lines of `input` in one pass, without copying any text. Typed arrays hold the offsets:
 * a long text has a hundred thousand lines, and plain arrays grown line by line cost twice as much.
 */
export function indexLines(input: string): LineIndex {
  let starts = new Int32Array((input.length >> 6) + 16);
  let ends = new Int32Array(starts.length);
  let count = 0;
  let start = 0;
  const length = input.length;
  const crlf = input.includes('\r');
  // The common case: only \n breaks lines, and indexOf finds them faster than a loop.
  let next = crlf ? nextBreak(input, 0) : input.indexOf('\n');
  for (;;) {
    if (count === starts.length) {
      starts = grow(starts);
      ends = grow(ends);
    }
    starts[count] = start;
    ends[count] = next === -1 ? length : next;
    count++;
    if (next === -1) break;
    start =
      next + (crlf && input.charCodeAt(next) === 13 && input.charCodeAt(next + 1) === 10 ? 2 : 1);
    next = crlf ? nextBreak(input, start) : input.indexOf('\n', start);
  }
  return { starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
}

// The next \n or \r at or after `from`, or -1.
function nextBreak(input: string, from: number): number {
  for (let index = from; index < input.length; index++) {
    const code = input.charCodeAt(index);
    if (code === 10 || code === 13) return index;
  }
  return -1;
}

const grow = (array: Int32Array): Int32Array<ArrayBuffer> => {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
};

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
