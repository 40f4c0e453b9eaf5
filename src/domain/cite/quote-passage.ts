import type { Span, Turn } from '../types';
import { segmentSentences } from './sentences';

// A citation quotes whole sentences, never a cut one: "There is no military solution alone." cut
// before its last word says the opposite. Words are left out only between sentences, marked by an
// ellipsis, and paragraphs stay apart.

/** A paragraph that can be quoted: its text and where it stands in the document's input. */
export interface QuotableParagraph extends Span {
  readonly text: string;
}

/** Whole consecutive sentences of one paragraph: `text` is exactly the input between the offsets. */
export interface QuotedParagraph extends Span {
  readonly text: string;
}

/** Whole sentences of a passage, paragraph by paragraph, in document order. */
export interface Quotation {
  readonly paragraphs: readonly QuotedParagraph[];
  /** More sentences of the passage follow the last quoted one; they were left out for length. */
  readonly continues: boolean;
}

/** How much to quote: the reader's selection, else a length. */
export interface QuoteOptions {
  /** What the reader selected, in input offsets; widened to whole sentences. */
  readonly selection?: Span | undefined;
  /** Without a selection: the most characters of the opening sentences (at least one is quoted). */
  readonly maxChars: number;
}

interface Sentence extends Span {
  readonly paragraph: number;
  /** Characters once runs of white space are one space. */
  readonly length: number;
}

/** Runs of white space (double spaces, no-break spaces, line breaks) become one space. */
export const squeezeSpace = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * Shortens text to whole words within `limit` characters, ending with "…" where it cut: for previews,
 * which may stop inside a sentence, unlike a citation.
 */
export function shortenToWords(text: string, limit: number): string {
  const plain = squeezeSpace(text);
  if (plain.length <= limit) return plain;
  const cut = plain.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}

// What stands between two quoted sentences in plain text: a space, or a paragraph break.
const sentenceGap = 1;
const paragraphGap = 2;

function listSentences(paragraphs: readonly QuotableParagraph[]): Sentence[] {
  return paragraphs.flatMap((paragraph, index) =>
    segmentSentences(paragraph.text).map((span) => ({
      start: paragraph.start + span.start,
      end: paragraph.start + span.end,
      paragraph: index,
      length: squeezeSpace(paragraph.text.slice(span.start, span.end)).length,
    })),
  );
}

const touches = (sentence: Span, selection: Span): boolean =>
  sentence.start < Math.max(selection.end, selection.start + 1) && selection.start < sentence.end;

function takeOpening(sentences: readonly Sentence[], maxChars: number): Sentence[] {
  const taken: Sentence[] = [];
  let used = 0;
  for (const sentence of sentences) {
    const previous = taken.at(-1);
    const gap =
      previous === undefined
        ? 0
        : previous.paragraph === sentence.paragraph
          ? sentenceGap
          : paragraphGap;
    if (previous !== undefined && used + gap + sentence.length > maxChars) break;
    taken.push(sentence);
    used += gap + sentence.length;
  }
  return taken;
}

function groupByParagraph(
  paragraphs: readonly QuotableParagraph[],
  sentences: readonly Sentence[],
): QuotedParagraph[] {
  const groups: QuotedParagraph[] = [];
  let current: { paragraph: number; start: number; end: number } | undefined;
  const close = () => {
    if (current === undefined) return;
    const source = paragraphs[current.paragraph];
    if (source === undefined) return;
    const text = source.text.slice(current.start - source.start, current.end - source.start);
    groups.push({ start: current.start, end: current.end, text });
  };
  for (const sentence of sentences) {
    if (current?.paragraph === sentence.paragraph) {
      current.end = sentence.end;
      continue;
    }
    close();
    current = { paragraph: sentence.paragraph, start: sentence.start, end: sentence.end };
  }
  close();
  return groups;
}

/**
 * Quotes whole sentences of some paragraphs: those the selection touches (from the first to the last,
 * across paragraphs), else the opening sentences that fit in `maxChars`.
 */
export function quoteParagraphs(
  paragraphs: readonly QuotableParagraph[],
  options: QuoteOptions,
): Quotation {
  const sentences = listSentences(paragraphs);
  const { selection } = options;
  const first = selection === undefined ? -1 : sentences.findIndex((s) => touches(s, selection));
  if (selection !== undefined && first !== -1) {
    const last = sentences.findLastIndex((s) => touches(s, selection));
    return {
      paragraphs: groupByParagraph(paragraphs, sentences.slice(first, last + 1)),
      continues: false,
    };
  }
  const taken = takeOpening(sentences, options.maxChars);
  return {
    paragraphs: groupByParagraph(paragraphs, taken),
    continues: taken.length < sentences.length,
  };
}

/** The speech of a turn: its paragraphs without stage directions such as "(CROSSTALK)". */
export const listSpokenParagraphs = (turn: Turn): QuotableParagraph[] =>
  turn.paragraphs.filter((paragraph) => !paragraph.stage);

/** Quotes whole sentences of one turn's speech (see quoteParagraphs). */
export function quoteTurn(turn: Turn, options: QuoteOptions): Quotation {
  return quoteParagraphs(listSpokenParagraphs(turn), options);
}

/** The quoted paragraphs as clean text: spaces squeezed, each paragraph apart. */
export const listQuotedTexts = (quotation: Quotation): string[] =>
  quotation.paragraphs.map((paragraph) => squeezeSpace(paragraph.text));

/** A quotation as plain text: paragraphs apart by a blank line, " …" where sentences were left out. */
export function writeQuotationText(quotation: Quotation, paragraphBreak = '\n\n'): string {
  const text = listQuotedTexts(quotation).join(paragraphBreak);
  return quotation.continues && text.length > 0 ? `${text} …` : text;
}
