import type { Span } from '../types';
import { foldText, type FoldedText } from './fold';
import type { QueryTerm, SearchQuery } from './query';

// Matching runs on folded text (see fold.ts), where words are separated by spaces and blocks by line
// breaks. A word of the query matches a run of whole words whose letters, with the spaces between
// them left out, spell one of its forms: "minefields" matches "mine fields" and "mine-fields",
// "f35" matches "F-35". A phrase is its words one after another in the same way.

const minStem = { plain: 4, suffixed: 3 } as const;
const vowels = new Set(['a', 'e', 'i', 'o', 'u']);

/** A form of a word: a stem, which the text may spell with spaces or hyphens, and an ending. */
interface WordForm {
  readonly stem: string;
  readonly ending: '' | 's' | 'es' | 'ies';
}

function listForms(word: string): WordForm[] {
  const stems = new Set([word]);
  if (word.endsWith('ies') && word.length - 3 >= minStem.suffixed) {
    stems.add(`${word.slice(0, -3)}y`);
    stems.add(word.slice(0, -1));
  } else if (word.endsWith('es') && word.length - 2 >= minStem.suffixed) {
    stems.add(word.slice(0, -2));
    stems.add(word.slice(0, -1));
  } else if (word.endsWith('s') && !/(ss|us|is)$/.test(word) && word.length - 1 >= minStem.plain) {
    stems.add(word.slice(0, -1));
  }
  const forms: WordForm[] = [];
  for (const stem of stems) {
    forms.push({ stem, ending: '' }, { stem, ending: 's' }, { stem, ending: 'es' });
    const beforeY = stem.at(-2);
    if (stem.length > 2 && stem.endsWith('y') && beforeY !== undefined && !vowels.has(beforeY)) {
      forms.push({ stem: stem.slice(0, -1), ending: 'ies' });
    }
  }
  return forms;
}

/**
 * The forms a folded query word matches: itself, its singular when it looks plural ("-s", "-es",
 * "-ies"), and each of those with a plural ending. A small English rule, not a stemmer: short words
 * keep their "s" ("news" never finds "new"), and the rule knows no irregular plurals.
 */
export function listWordForms(word: string): string[] {
  return [...new Set(listForms(word).map((form) => form.stem + form.ending))];
}

// Between two letters of a stem the text may have any spaces (hyphens and the like fold to spaces);
// an ending is written on: "Huawei's" is not a plural of "Huawei".
const spell = (form: WordForm): string => Array.from(form.stem).join(' *') + form.ending;

function describeWord(word: string): string {
  // Longest first, so that "mines" is taken whole rather than as "mine" followed by nothing.
  const forms = listForms(word).sort(
    (a, b) => b.stem.length + b.ending.length - (a.stem.length + a.ending.length),
  );
  return `(?:${[...new Set(forms.map(spell))].join('|')})`;
}

function describeTerm(term: QueryTerm): string {
  return term.words.map(describeWord).join(' *');
}

/** A query made ready to run: one pattern per term, each matching whole words only. */
export interface CompiledQuery {
  readonly query: SearchQuery;
  readonly patterns: readonly RegExp[];
}

/** Turns each term of a query into the pattern that finds it in folded text. */
export function compileQuery(query: SearchQuery): CompiledQuery {
  return {
    query,
    // A match starts and ends at a word's edge: a space, a line break or the end of the text.
    patterns: query.terms.map(
      (term) => new RegExp(`(?<![^ \\n])${describeTerm(term)}(?![^ \\n])`, 'g'),
    ),
  };
}

/** Finds one term's pattern in folded text; each match as [from, to) in folded units. */
export function findPattern(
  pattern: RegExp,
  folded: string,
  each: (from: number, to: number) => void,
) {
  pattern.lastIndex = 0;
  for (let found = pattern.exec(folded); found !== null; found = pattern.exec(folded)) {
    each(found.index, found.index + found[0].length);
  }
}

/** Where a folded unit starts in the text it was folded from. */
export const textOffset = (folded: FoldedText, at: number): number => folded.starts?.[at] ?? at;

/** What a text gives a query: every term's spans, and how close together the terms stand. */
export interface TextMatch {
  /** Every match of every term, in text order, overlaps merged; offsets into the text. */
  readonly spans: readonly Span[];
  /** The width, in characters, of the narrowest stretch holding one match of every term. */
  readonly spread: number;
}

/** Sorts spans and merges those that overlap (a word inside a phrase of the same query). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && span.start < last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    } else {
      merged.push({ start: span.start, end: span.end });
    }
  }
  return merged;
}

/**
 * The width of the narrowest stretch that holds at least one span of every term (`byTerm[i]` are
 * term i's spans, each list in text order): the closer the words stand, the better the match.
 */
export function measureSpread(byTerm: readonly (readonly Span[])[]): number {
  const marks = byTerm
    .flatMap((spans, term) => spans.map((span) => ({ term, span })))
    .sort((a, b) => a.span.start - b.span.start);
  const counts = new Array<number>(byTerm.length).fill(0);
  let covered = 0;
  let best = Number.POSITIVE_INFINITY;
  let left = 0;
  let rightEnd = 0;
  for (const mark of marks) {
    if ((counts[mark.term] ?? 0) === 0) covered += 1;
    counts[mark.term] = (counts[mark.term] ?? 0) + 1;
    rightEnd = Math.max(rightEnd, mark.span.end);
    // Shrink from the left while every term is still held.
    while (covered === byTerm.length) {
      const first = marks[left];
      if (first === undefined) break;
      best = Math.min(best, rightEnd - first.span.start);
      const count = (counts[first.term] ?? 0) - 1;
      counts[first.term] = count;
      if (count === 0) covered -= 1;
      left += 1;
    }
  }
  return best;
}

/** Matches a query against folded text; undefined unless every term is found in it. */
export function matchFolded(folded: FoldedText, compiled: CompiledQuery): TextMatch | undefined {
  const byTerm: Span[][] = [];
  for (const pattern of compiled.patterns) {
    const spans: Span[] = [];
    findPattern(pattern, folded.text, (from, to) => {
      spans.push({ start: textOffset(folded, from), end: textOffset(folded, to) });
    });
    if (spans.length === 0) return undefined;
    byTerm.push(spans);
  }
  return { spans: mergeSpans(byTerm.flat()), spread: measureSpread(byTerm) };
}

/** Matches a query against one text (a turn's speech, a paragraph); spans are offsets into it. */
export function matchText(text: string, query: SearchQuery): TextMatch | undefined {
  return matchFolded(foldText(text), compileQuery(query));
}
