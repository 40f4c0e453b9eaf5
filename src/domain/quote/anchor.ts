import type { ArticleParagraph, Span, Turn } from '../types';

// A quote link names words by where they stand inside one turn (or story paragraph), not in the whole
// document: offsets in the input change when a line is added above the turn, the turn's own text does
// not. The turn's text is its paragraphs joined by a blank line, whatever separated them in the input
// (CRLF, a mid-turn translator mark), so the same words give the same anchor after any re-parse. A
// short check of the words tells a changed text from the one the link was made on.

/** Words inside one turn or story paragraph, counted in characters of that block's text. */
export interface QuoteAnchor {
  /** The turn (`t7`) or story paragraph (`p3`) the words are in. */
  readonly blockId: string;
  /** Where the words start and end in the block's text (see composeBlockText). */
  readonly start: number;
  readonly end: number;
  /** Four characters that check the words: a text changed since the link was made fails it. */
  readonly check: string;
}

/** A turn or story paragraph: its id and its paragraphs with their input offsets. */
export interface QuotableBlock {
  readonly id: string;
  readonly paragraphs: readonly (Span & { readonly text: string })[];
}

/** Between two paragraphs of a block's text. */
export const paragraphSeparator = '\n\n';

/** A turn as a quotable block: all its paragraphs, stage directions included, so offsets never shift. */
export const describeTurnBlock = (turn: Turn): QuotableBlock => ({
  id: turn.id,
  paragraphs: turn.paragraphs,
});

/** A story paragraph as a quotable block. */
export const describeStoryBlock = (paragraph: ArticleParagraph): QuotableBlock => ({
  id: paragraph.id,
  paragraphs: [paragraph],
});

/** The text quote offsets count in: the block's paragraphs joined by a blank line. */
export function composeBlockText(block: QuotableBlock): string {
  return block.paragraphs.map((paragraph) => paragraph.text).join(paragraphSeparator);
}

/** Where each paragraph begins in the block's text. */
export function listParagraphBases(block: QuotableBlock): number[] {
  let base = 0;
  return block.paragraphs.map((paragraph) => {
    const at = base;
    base += paragraph.text.length + paragraphSeparator.length;
    return at;
  });
}

/**
 * A four-character check of quoted words (FNV-1a of the words with white space squeezed, in base
 * 36). Squeezing lets a no-break space that became a plain space, or a line break that became a
 * space, still match.
 */
export function checkQuotedWords(text: string): string {
  const words = text.replace(/\s+/gu, ' ').trim();
  let hash = 0x811c9dc5;
  for (let index = 0; index < words.length; index += 1) {
    hash ^= words.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 4).toString(36).padStart(4, '0');
}

/** Moves an input offset into the block's text: into the paragraph at or after it, for a start. */
function toBlockOffset(
  block: QuotableBlock,
  bases: readonly number[],
  at: number,
  edge: 'start' | 'end',
): number {
  const { paragraphs } = block;
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index];
    const base = bases[index] ?? 0;
    if (paragraph === undefined) continue;
    if (at < paragraph.start) {
      // Between paragraphs: a start moves forward to this one, an end back to the previous one.
      if (edge === 'start' || index === 0) return base;
      const previous = paragraphs[index - 1];
      return (bases[index - 1] ?? 0) + (previous?.text.length ?? 0);
    }
    if (at <= paragraph.end) return base + (at - paragraph.start);
  }
  const last = paragraphs.length - 1;
  return (bases[last] ?? 0) + (paragraphs[last]?.text.length ?? 0);
}

/**
 * Anchors the words a selection (input offsets) covers inside one block, without white space at
 * either end; undefined when it covers no words of the block.
 */
export function anchorQuote(block: QuotableBlock, selection: Span): QuoteAnchor | undefined {
  const text = composeBlockText(block);
  const bases = listParagraphBases(block);
  let start = toBlockOffset(block, bases, Math.min(selection.start, selection.end), 'start');
  let end = toBlockOffset(block, bases, Math.max(selection.start, selection.end), 'end');
  while (start < end && /\s/u.test(text.charAt(start))) start += 1;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
  if (end <= start) return undefined;
  return { blockId: block.id, start, end, check: checkQuotedWords(text.slice(start, end)) };
}

/** Anchors selected words of a turn (see anchorQuote). */
export const anchorTurnQuote = (turn: Turn, selection: Span): QuoteAnchor | undefined =>
  anchorQuote(describeTurnBlock(turn), selection);

/** Anchors selected words of a story paragraph (see anchorQuote). */
export const anchorStoryQuote = (
  paragraph: ArticleParagraph,
  selection: Span,
): QuoteAnchor | undefined => anchorQuote(describeStoryBlock(paragraph), selection);
