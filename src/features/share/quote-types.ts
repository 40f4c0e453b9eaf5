import type { BlockSelection } from '../../components/text-offsets';
import type { CitationFormat } from '../../domain/cite/formats';
import type { SentenceStep } from '../../domain/quote/sentence-steps';
import type { Span } from '../../domain/types';

/** What can be shared of selected words: the words, their quote link and their citation. */
export interface QuoteShare {
  /** The words as the document has them. */
  readonly words: string;
  /** Who said them, for the action's name: "Dana Reyes". */
  readonly speaker: string;
  /** Built on click: an absolute link needs the page's address, which only the browser knows. */
  readonly getLink: () => string;
  readonly getCitation: (format: CitationFormat) => string;
  /** The document is saved in this browser alone, so its links open nowhere else. */
  readonly local: boolean;
}

/** What the route tells the quote tools about the documents on show. */
export interface QuoteSource {
  /** What selected words share as; undefined for a block the documents do not have. */
  readonly describe: (selection: BlockSelection) => QuoteShare | undefined;
  /** The sentences to select after a keyboard step (input offsets), if there are any. */
  readonly step: (
    blockId: string,
    current: Span | undefined,
    step: SentenceStep,
  ) => Span | undefined;
  /** Brings the document's download buttons into view, for a document saved in this browser. */
  readonly offerExport?: (() => void) | undefined;
}
