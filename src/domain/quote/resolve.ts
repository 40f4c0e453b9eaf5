import type { Article, Span, Transcript } from '../types';
import {
  checkQuotedWords,
  composeBlockText,
  describeStoryBlock,
  describeTurnBlock,
  listParagraphBases,
  type QuotableBlock,
  type QuoteAnchor,
} from './anchor';

/** Where a quote link's words are now, or why they cannot be shown. */
export type QuoteResolution =
  | {
      readonly status: 'found';
      readonly blockId: string;
      /** The words in input offsets, one span per paragraph they touch. */
      readonly spans: readonly Span[];
      /** From the first word to the last, in input offsets (a selection for quoteTurn). */
      readonly range: Span;
      /** The words as written, paragraphs apart by a blank line. */
      readonly text: string;
    }
  /** The block is there but its text is not the one the link was made on. */
  | { readonly status: 'stale'; readonly blockId: string; readonly message: string }
  /** The document has no such turn or paragraph. */
  | { readonly status: 'missing'; readonly blockId: string; readonly message: string };

const staleMessage =
  'The text has changed since this quote link was made, so the quoted words cannot be marked exactly.';

/** Finds an anchor's words in a block (the block's id is taken as the anchor's). */
export function resolveInBlock(block: QuotableBlock, anchor: QuoteAnchor): QuoteResolution {
  const text = composeBlockText(block);
  const stale = { status: 'stale', blockId: block.id, message: staleMessage } as const;
  if (anchor.start < 0 || anchor.end > text.length || anchor.start >= anchor.end) return stale;
  const words = text.slice(anchor.start, anchor.end);
  if (words.trim().length === 0 || checkQuotedWords(words) !== anchor.check) return stale;
  const bases = listParagraphBases(block);
  const spans: Span[] = [];
  block.paragraphs.forEach((paragraph, index) => {
    const base = bases[index] ?? 0;
    const from = Math.max(anchor.start, base);
    const to = Math.min(anchor.end, base + paragraph.text.length);
    if (to > from)
      spans.push({ start: paragraph.start + from - base, end: paragraph.start + to - base });
  });
  const [first] = spans;
  const last = spans.at(-1);
  if (first === undefined || last === undefined) return stale;
  return {
    status: 'found',
    blockId: block.id,
    spans,
    range: { start: first.start, end: last.end },
    text: words,
  };
}

const reportMissing = (anchor: QuoteAnchor, message: string): QuoteResolution => ({
  status: 'missing',
  blockId: anchor.blockId,
  message,
});

/** Finds a quote link's words in a briefing: exact input spans, or why they cannot be shown. */
export function resolveQuote(transcript: Transcript, anchor: QuoteAnchor): QuoteResolution {
  const turn = transcript.turns.find((candidate) => candidate.id === anchor.blockId);
  return turn === undefined
    ? reportMissing(anchor, `This briefing has no turn “${anchor.blockId}”.`)
    : resolveInBlock(describeTurnBlock(turn), anchor);
}

/** Finds a quote link's words in a news story: exact input spans, or why they cannot be shown. */
export function resolveStoryQuote(article: Article, anchor: QuoteAnchor): QuoteResolution {
  const paragraph = article.paragraphs.find((candidate) => candidate.id === anchor.blockId);
  return paragraph === undefined
    ? reportMissing(anchor, `This story has no paragraph “${anchor.blockId}”.`)
    : resolveInBlock(describeStoryBlock(paragraph), anchor);
}
