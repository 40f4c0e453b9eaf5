import type { Article, ParagraphId, Span, Transcript, TurnId } from '../types';

/** The shortest query that is searched; shorter ones match everything and help no one. */
export const minQueryLength = 2;

/**
 * Text folded for matching, with a map back to the text: the folded character at `i` starts at
 * `starts[i]` of the text, and `starts[folded.length]` is the text's length. `starts` is left out
 * when folding moved nothing (plain text with single spaces), which saves memory on long transcripts.
 */
export interface FoldedText {
  readonly folded: string;
  readonly starts: Int32Array | undefined;
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

// Decoding the folded units in one call is far faster than building the string a character at a time.
const utf16 = new TextDecoder('utf-16le');

/** Folds text for case-, accent- and spacing-insensitive matching, keeping a map to the original. */
export function foldText(text: string): FoldedText {
  const length = text.length;
  // Folding rarely lengthens text; room for twice as much covers all but exotic scripts.
  let units = new Uint16Array(2 * length + 2);
  let starts = new Int32Array(2 * length + 2);
  let size = 0;
  let moved = false;
  let lastIsSpace = false;
  let index = 0;
  while (index < length) {
    const start = index;
    const code = text.charCodeAt(index);
    // Plain ASCII is most of any transcript: fold it without the Unicode machinery.
    if (code < 0x80) {
      index += 1;
      const isSpace = code === 0x20 || (code >= 0x09 && code <= 0x0d);
      // A space after a space joins the folded space before it.
      if (isSpace && lastIsSpace) {
        moved = true;
        continue;
      }
      lastIsSpace = isSpace;
      units[size] = isSpace ? 0x20 : code >= 0x41 && code <= 0x5a ? code + 32 : code;
      starts[size] = start;
      size += 1;
      continue;
    }
    index += (text.codePointAt(index) ?? code) > 0xffff ? 2 : 1;
    const piece = foldCodePoint(text.slice(start, index));
    // A lone combining mark, or a space after a space, joins the folded character before it.
    if (piece === '' || (piece === ' ' && lastIsSpace)) {
      moved = true;
      continue;
    }
    lastIsSpace = piece === ' ';
    if (piece.length !== 1 || index - start !== 1) moved = true;
    if (size + piece.length + 1 >= units.length) {
      const grownUnits = new Uint16Array(2 * (size + piece.length + 1));
      grownUnits.set(units);
      units = grownUnits;
      const grownStarts = new Int32Array(grownUnits.length);
      grownStarts.set(starts);
      starts = grownStarts;
    }
    for (let unit = 0; unit < piece.length; unit += 1) {
      units[size] = piece.charCodeAt(unit);
      starts[size] = start;
      size += 1;
    }
  }
  starts[size] = length;
  return {
    folded: utf16.decode(units.subarray(0, size)),
    starts: moved ? starts.slice(0, size + 1) : undefined,
  };
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

/** Finds a folded query in folded text; spans are input offsets (`offset` is where the text starts). */
export function findFoldedMatches(text: FoldedText, offset: number, foldedQuery: string): Span[] {
  const spans: Span[] = [];
  if (foldedQuery === '') return spans;
  let from = text.folded.indexOf(foldedQuery);
  while (from !== -1) {
    const to = from + foldedQuery.length;
    const { starts } = text;
    spans.push(
      starts === undefined
        ? { start: offset + from, end: offset + to }
        : { start: offset + (starts[from] ?? 0), end: offset + (starts[to] ?? 0) },
    );
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

/**
 * A document's blocks folded and joined once, so that a query is looked for in one string. Folding
 * is the costly part of a search: whoever searches one document for many queries (the viewer, once
 * per keystroke) builds this once with `indexTranscript` or `indexArticle` and keeps it.
 */
export interface SearchIndex {
  /** Every block's folded text, in document order, each followed by a line break. */
  readonly text: string;
  /** Where each block's folded text starts in `text`. */
  readonly offsets: Int32Array;
  readonly blocks: readonly {
    readonly id: TurnId | ParagraphId;
    readonly start: number;
    readonly folded: FoldedText;
  }[];
}

// Folded text holds no line break (whitespace folds to a space), nor does a folded query: joined by
// line breaks, the blocks cannot lend a match to each other. Searching one string for each keystroke
// is several times faster on a long transcript than asking thousands of paragraphs in turn.
function indexBlocks(
  list: readonly { id: TurnId | ParagraphId; block: Span & { readonly text: string } }[],
): SearchIndex {
  const blocks = list.map(({ id, block }) => ({
    id,
    start: block.start,
    folded: foldText(block.text),
  }));
  const offsets = new Int32Array(blocks.length);
  let at = 0;
  blocks.forEach((block, index) => {
    offsets[index] = at;
    at += block.folded.folded.length + 1;
  });
  const text = blocks.map((block) => `${block.folded.folded}\n`).join('');
  return { text, offsets, blocks };
}

/** Folds every paragraph of a transcript once, for any number of searches of it. */
export function indexTranscript(transcript: Transcript): SearchIndex {
  return indexBlocks(
    transcript.turns.flatMap((turn) =>
      turn.paragraphs.map((paragraph) => ({ id: turn.id, block: paragraph })),
    ),
  );
}

/** Folds every paragraph of a story once, for any number of searches of it. */
export function indexArticle(article: Article): SearchIndex {
  return indexBlocks(
    article.paragraphs.map((paragraph) => ({ id: paragraph.id, block: paragraph })),
  );
}

/** Finds a folded query in a folded document: the same hits, in order, as each block in turn. */
function searchFoldedDocument(document: SearchIndex, foldedQuery: string): SearchHit[] {
  const hits: SearchHit[] = [];
  const { text, offsets, blocks } = document;
  let index = 0;
  let from = text.indexOf(foldedQuery);
  while (from !== -1) {
    // Matches come in order, so the block holding one is at or after the last one's.
    while (index + 1 < blocks.length && (offsets[index + 1] ?? 0) <= from) index += 1;
    const block = blocks[index];
    if (block === undefined) break;
    const local = from - (offsets[index] ?? 0);
    const to = local + foldedQuery.length;
    const { starts } = block.folded;
    hits.push(
      starts === undefined
        ? { blockId: block.id, start: block.start + local, end: block.start + to }
        : {
            blockId: block.id,
            start: block.start + (starts[local] ?? 0),
            end: block.start + (starts[to] ?? 0),
          },
    );
    from = text.indexOf(foldedQuery, from + foldedQuery.length);
  }
  return hits;
}

/**
 * Finds a query in every paragraph of a transcript, in document order. Pass the transcript's index
 * when searching it again and again; without one, it is folded for this search alone.
 */
export function searchTranscript(
  transcript: Transcript,
  query: string,
  index?: SearchIndex,
): SearchHit[] {
  const foldedQuery = foldQuery(query);
  if (foldedQuery === '') return [];
  return searchFoldedDocument(index ?? indexTranscript(transcript), foldedQuery);
}

/** Finds a query in every paragraph of a story, in document order (see `searchTranscript`). */
export function searchArticle(article: Article, query: string, index?: SearchIndex): SearchHit[] {
  const foldedQuery = foldQuery(query);
  if (foldedQuery === '') return [];
  return searchFoldedDocument(index ?? indexArticle(article), foldedQuery);
}
