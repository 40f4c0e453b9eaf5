import { segmentSentences } from '../cite/sentences';
import type { Span } from '../types';
import type { QuotableBlock } from './anchor';

// Readers who quote from the keyboard step through a turn a sentence at a time: the next sentence,
// the one before, or one more sentence added to what is selected.

/** How a keyboard step moves the selected sentences. */
export type SentenceStep = 'next' | 'previous' | 'extend';

/** Every sentence of a block, in input offsets, in order. */
export function listSentenceSpans(block: QuotableBlock): Span[] {
  return block.paragraphs.flatMap((paragraph) =>
    segmentSentences(paragraph.text).map((span) => ({
      start: paragraph.start + span.start,
      end: paragraph.start + span.end,
    })),
  );
}

/**
 * The sentences to select after a step from `current` (input offsets; none: the first sentence);
 * undefined past the last or before the first.
 */
export function stepSentences(
  block: QuotableBlock,
  current: Span | undefined,
  step: SentenceStep,
): Span | undefined {
  const sentences = listSentenceSpans(block);
  if (current === undefined) return sentences[0];
  const first = sentences.findIndex((sentence) => sentence.end > current.start);
  const last = sentences.findLastIndex((sentence) => sentence.start < current.end);
  if (step === 'previous') return first > 0 ? sentences[first - 1] : undefined;
  const next = sentences[last + 1];
  if (next === undefined) return undefined;
  if (step === 'next') return next;
  const from = sentences[Math.max(first, 0)] ?? next;
  return { start: from.start, end: next.end };
}
