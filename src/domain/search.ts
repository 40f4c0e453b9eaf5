import type { Article, ParagraphId, Span, Transcript, TurnId } from './types';

/** The shortest query that is searched; shorter ones match everything and help no one. */
export const minQueryLength = 2;

/**
 * Text folded for matching, with a map back to the input: the folded character at `i` came from
 * `starts[i]`..`ends[i]` of the original text (relative to the text, not the input).
 */
export interface FoldedText {
  readonly folded: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const combiningMark = /\p{M}/gu;
const whitespace = /\s/u;
// Readers type straight quotes and plain hyphens; documents copied from the web use typographic ones.
const lookalikes: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
};

function foldCodePoint(codePoint: string): string {
  if (whitespace.test(codePoint)) return ' ';
  const lookalike = lookalikes[codePoint];
  if (lookalike !== undefined) return lookalike;
  // Lower-casing can bring marks back ("İ" becomes "i" + a dot), so strip them after it too.
  return codePoint
    .normalize('NFD')
    .replace(combiningMark, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(combiningMark, '');
}

/** Folds text for case-, accent- and spacing-insensitive matching, keeping a map to the original. */
export function foldText(text: string): FoldedText {
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastIsSpace = false;
  let index = 0;
  while (index < text.length) {
    const start = index;
    const code = text.codePointAt(index) ?? 0;
    index += code > 0xffff ? 2 : 1;
    // Plain ASCII is most of any transcript: fold it without the Unicode machinery.
    let piece: string;
    if (code < 0x80) {
      const isSpace = code === 0x20 || (code >= 0x09 && code <= 0x0d);
      piece = isSpace ? ' ' : String.fromCharCode(code >= 0x41 && code <= 0x5a ? code + 32 : code);
    } else {
      piece = foldCodePoint(text.slice(start, index));
    }
    // A lone combining mark, or a space after a space, joins the folded character before it.
    if (piece === '' || (piece === ' ' && lastIsSpace)) {
      if (ends.length > 0) ends[ends.length - 1] = index;
      continue;
    }
    lastIsSpace = piece === ' ';
    pieces.push(piece);
    // One map entry per UTF-16 unit, so that folded offsets index the map directly.
    for (let units = piece.length; units > 0; units -= 1) {
      starts.push(start);
      ends.push(index);
    }
  }
  return { folded: pieces.join(''), starts, ends };
}

/** Folds a search query like document text; returns '' when it is too short to search. */
export function foldQuery(query: string): string {
  const folded = foldText(query.trim()).folded;
  return folded.length >= minQueryLength ? folded : '';
}

/** Tells whether a query is long enough to be searched. */
export function isSearchable(query: string): boolean {
  return foldQuery(query) !== '';
}

// Folding is the costly part, so each paragraph is folded once and kept for as long as it lives.
const foldedBlocks = new WeakMap<object, FoldedText>();

/** Folds a block's text once per block object. */
export function foldBlock(block: { readonly text: string }): FoldedText {
  let folded = foldedBlocks.get(block);
  if (folded === undefined) {
    folded = foldText(block.text);
    foldedBlocks.set(block, folded);
  }
  return folded;
}

/** Finds a folded query in folded text; spans are input offsets (`offset` is where the text starts). */
export function findFoldedMatches(text: FoldedText, offset: number, foldedQuery: string): Span[] {
  const spans: Span[] = [];
  if (foldedQuery === '') return spans;
  let from = text.folded.indexOf(foldedQuery);
  while (from !== -1) {
    const last = from + foldedQuery.length - 1;
    spans.push({ start: offset + (text.starts[from] ?? 0), end: offset + (text.ends[last] ?? 0) });
    from = text.folded.indexOf(foldedQuery, from + foldedQuery.length);
  }
  return spans;
}

/** Finds a query in text, case- and accent-insensitively and literally; spans are input offsets. */
export function findTextMatches(text: string, offset: number, query: string): Span[] {
  return findFoldedMatches(foldText(text), offset, foldQuery(query));
}

/** A search match in a block: a transcript turn or a story paragraph. */
export interface SearchHit extends Span {
  readonly blockId: TurnId | ParagraphId;
}

/** Finds a query in every paragraph of a transcript, in document order. */
export function searchTranscript(transcript: Transcript, query: string): SearchHit[] {
  const foldedQuery = foldQuery(query);
  const hits: SearchHit[] = [];
  if (foldedQuery === '') return hits;
  for (const turn of transcript.turns) {
    for (const paragraph of turn.paragraphs) {
      for (const span of findFoldedMatches(foldBlock(paragraph), paragraph.start, foldedQuery)) {
        hits.push({ blockId: turn.id, start: span.start, end: span.end });
      }
    }
  }
  return hits;
}

/** Finds a query in every paragraph of a story, in document order. */
export function searchArticle(article: Article, query: string): SearchHit[] {
  const foldedQuery = foldQuery(query);
  const hits: SearchHit[] = [];
  if (foldedQuery === '') return hits;
  for (const paragraph of article.paragraphs) {
    for (const span of findFoldedMatches(foldBlock(paragraph), paragraph.start, foldedQuery)) {
      hits.push({ blockId: paragraph.id, start: span.start, end: span.end });
    }
  }
  return hits;
}
