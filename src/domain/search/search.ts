import type { Article, ParagraphId, Span, Transcript, TurnId } from '../types';
import { createFoldBuffer, foldInto, readFolded } from './fold';
import { compileQuery, findPattern, mergeSpans, type CompiledQuery } from './match';
import { parseQuery, type SearchQuery } from './query';

/** A search match in a block: a transcript turn or a story paragraph. */
export interface SearchHit extends Span {
  readonly blockId: TurnId | ParagraphId;
}

/**
 * A document folded once for searching, owned by whoever searches it again and again (the viewer
 * keeps one per document while it is open). Every paragraph's folded text is joined into one string,
 * each followed by a line break, so that a query is looked for in one pass: no match can cross a
 * line break, because folded text holds none.
 */
export interface SearchIndex {
  readonly text: string;
  /** Where each paragraph's folded text starts in `text`, in document order. */
  readonly offsets: Int32Array;
  readonly paragraphs: readonly IndexedParagraph[];
}

interface IndexedParagraph {
  /** The block its matches count for: a turn, or the story paragraph itself. */
  readonly unit: TurnId | ParagraphId;
  /** Where the paragraph starts in the input. */
  readonly start: number;
  /** The folded text's map back to the paragraph (see `FoldedText`). */
  readonly starts: Int32Array | undefined;
}

type Paragraph = Span & { readonly text: string };

function indexParagraphs(
  paragraphs: readonly Paragraph[],
  units: readonly (TurnId | ParagraphId)[],
): SearchIndex {
  const offsets = new Int32Array(paragraphs.length);
  // One buffer for the whole document, read as one string at the end: far faster than a string per
  // paragraph on a long transcript.
  const buffer = createFoldBuffer(paragraphs.reduce((sum, { text }) => sum + text.length + 1, 0));
  const indexed = paragraphs.map((paragraph, position): IndexedParagraph => {
    const from = buffer.size;
    offsets[position] = from;
    const moved = foldInto(paragraph.text, buffer);
    const starts = moved ? buffer.starts.slice(from, buffer.size + 1) : undefined;
    // foldInto leaves room for one more unit.
    buffer.units[buffer.size] = 0x0a;
    buffer.size += 1;
    return { unit: units[position] ?? ('' as ParagraphId), start: paragraph.start, starts };
  });
  return { text: readFolded(buffer), offsets, paragraphs: indexed };
}

/** Folds a transcript or a story once, for any number of searches with `searchIndex`. */
export function createSearchIndex(document: Transcript | Article): SearchIndex {
  if (document.kind === 'article') {
    return indexParagraphs(
      document.paragraphs,
      document.paragraphs.map((paragraph) => paragraph.id),
    );
  }
  const units: TurnId[] = [];
  for (const turn of document.turns) {
    turn.paragraphs.forEach(() => units.push(turn.id));
  }
  return indexParagraphs(
    document.turns.flatMap((turn) => turn.paragraphs),
    units,
  );
}

/** Every match of one term, as [paragraph position, input start, input end] triples in text order. */
function findTermHits(index: SearchIndex, pattern: RegExp): number[] {
  const found: number[] = [];
  const { offsets, paragraphs } = index;
  let position = 0;
  findPattern(pattern, index.text, (from, to) => {
    // Matches come in order, so the paragraph holding one is at or after the last one's.
    while (position + 1 < offsets.length && (offsets[position + 1] ?? 0) <= from) position += 1;
    const paragraph = paragraphs[position];
    if (paragraph === undefined) return;
    const local = (at: number): number => {
      const unit = at - (offsets[position] ?? 0);
      return paragraph.start + (paragraph.starts?.[unit] ?? unit);
    };
    found.push(position, local(from), local(to));
  });
  return found;
}

function searchCompiled(index: SearchIndex, compiled: CompiledQuery): SearchHit[] {
  const units = index.paragraphs.map((paragraph) => paragraph.unit);
  const perTerm = compiled.patterns.map((pattern) => findTermHits(index, pattern));
  // A block counts when every term is found in it: mark, per block, the terms found there.
  const full = (1 << perTerm.length) - 1;
  const found = new Map<TurnId | ParagraphId, number>();
  perTerm.forEach((hits, term) => {
    for (let at = 0; at < hits.length; at += 3) {
      const unit = units[hits[at] ?? 0];
      if (unit !== undefined) found.set(unit, (found.get(unit) ?? 0) | (1 << term));
    }
  });
  const spans: SearchHit[] = [];
  for (const hits of perTerm) {
    for (let at = 0; at < hits.length; at += 3) {
      const blockId = units[hits[at] ?? 0];
      if (blockId === undefined || found.get(blockId) !== full) continue;
      spans.push({ blockId, start: hits[at + 1] ?? 0, end: hits[at + 2] ?? 0 });
    }
  }
  if (perTerm.length === 1) return spans;
  // Spans of several terms interleave and may overlap: put them in order and merge overlaps.
  const byBlock = new Map<TurnId | ParagraphId, Span[]>();
  for (const { blockId, start, end } of spans) {
    const list = byBlock.get(blockId) ?? [];
    list.push({ start, end });
    byBlock.set(blockId, list);
  }
  return [...byBlock].flatMap(([blockId, list]) =>
    mergeSpans(list).map((span) => ({ blockId, ...span })),
  );
}

const readQuery = (query: string | SearchQuery): SearchQuery | undefined => {
  if (typeof query !== 'string') return query;
  const reading = parseQuery(query);
  return reading.ok ? reading.query : undefined;
};

/**
 * Finds a query in a folded document: in every block that holds all of its terms, each term's
 * matches, in document order. A query with a problem (see `parseQuery`) finds nothing.
 */
export function searchIndex(index: SearchIndex, query: string | SearchQuery): SearchHit[] {
  const parsed = readQuery(query);
  return parsed === undefined ? [] : searchCompiled(index, compileQuery(parsed));
}

/** Finds a query in every turn of a transcript, in document order (folds it on each call). */
export function searchTranscript(transcript: Transcript, query: string | SearchQuery): SearchHit[] {
  const parsed = readQuery(query);
  return parsed === undefined ? [] : searchIndex(createSearchIndex(transcript), parsed);
}

/** Finds a query in every paragraph of a story, in document order (folds it on each call). */
export function searchArticle(article: Article, query: string | SearchQuery): SearchHit[] {
  const parsed = readQuery(query);
  return parsed === undefined ? [] : searchIndex(createSearchIndex(article), parsed);
}

/** Finds a query in one text that starts at `offset` of its input; nothing unless every term is there. */
export function findTextMatches(text: string, offset: number, query: string | SearchQuery): Span[] {
  const hits = searchIndex(
    indexParagraphs([{ text, start: offset, end: offset + text.length }], ['text' as ParagraphId]),
    query,
  );
  return hits.map(({ start, end }) => ({ start, end }));
}
