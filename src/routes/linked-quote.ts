import { readPassageHash } from '../domain/quote/hash';
import { resolveQuote, resolveStoryQuote } from '../domain/quote/resolve';
import type { ReadingDocuments } from '../domain/search/reading-view';
import type { Span } from '../domain/types';

/** The words a quote link (`#t9:q=472-508~g7iv`) names, found in the documents, or why not. */
export type LinkedQuote =
  | {
      readonly status: 'found';
      readonly document: 'briefing' | 'story';
      readonly blockId: string;
      /** The words in input offsets, one span per paragraph. */
      readonly spans: readonly Span[];
      readonly text: string;
      /** The id of the mark that holds the words' start, which takes the focus. */
      readonly markId: string;
    }
  | { readonly status: 'problem'; readonly message: string };

const isStoryParagraph = (documents: ReadingDocuments, blockId: string): boolean =>
  documents.article?.paragraphs.some((paragraph) => paragraph.id === blockId) === true &&
  !documents.transcript.turns.some((turn) => turn.id === blockId);

/** Whether a location hash names a paragraph of the story rather than a turn of the briefing. */
export function namesStoryParagraph(documents: ReadingDocuments, hash: string): boolean {
  const passage = readPassageHash(hash);
  const blockId =
    passage.kind === 'quote'
      ? passage.anchor.blockId
      : passage.kind === 'none'
        ? undefined
        : passage.blockId;
  return blockId !== undefined && isStoryParagraph(documents, blockId);
}

/**
 * Reads the quote a location hash names, if any. A turn missing from the briefing is left to the
 * link's other checks, which say so on an exchange's page; `onExchangePage` tells them apart.
 */
export function readLinkedQuote(
  documents: ReadingDocuments,
  hash: string,
  onExchangePage: boolean,
): LinkedQuote | undefined {
  const passage = readPassageHash(hash);
  if (passage.kind === 'invalid') return { status: 'problem', message: passage.message };
  if (passage.kind !== 'quote') return undefined;
  const { anchor } = passage;
  const story = isStoryParagraph(documents, anchor.blockId) ? documents.article : undefined;
  const resolution =
    story === undefined
      ? resolveQuote(documents.transcript, anchor)
      : resolveStoryQuote(story, anchor);
  if (resolution.status === 'missing') {
    return onExchangePage && story === undefined
      ? undefined
      : { status: 'problem', message: resolution.message };
  }
  if (resolution.status === 'stale') return { status: 'problem', message: resolution.message };
  return {
    status: 'found',
    document: story === undefined ? 'briefing' : 'story',
    blockId: resolution.blockId,
    spans: resolution.spans,
    text: resolution.text,
    markId: `quote-${resolution.blockId}-${String(resolution.range.start)}-${String(resolution.range.end)}`,
  };
}
