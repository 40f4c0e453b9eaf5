import { useMemo } from 'react';
import { useHref } from 'react-router';
import { revealElement } from '../components/reveal';
import type { BlockSelection } from '../components/text-offsets';
import { citeStoryParagraph, citeTurn, type Citation } from '../domain/cite/citation';
import { formatCitation } from '../domain/cite/formats';
import { composeTextDirective } from '../domain/cite/text-fragment';
import {
  anchorQuote,
  composeBlockText,
  describeStoryBlock,
  describeTurnBlock,
  paragraphSeparator,
  type QuotableBlock,
} from '../domain/quote/anchor';
import { stepSentences } from '../domain/quote/sentence-steps';
import type { ReadingDocuments } from '../domain/search/reading-view';
import type { Span } from '../domain/types';
import type { QuoteShare, QuoteSource } from '../features/share/quote-types';
import { toAbsoluteUrl, withQuoteHash } from './paths';
import type { ViewerPaths } from './use-viewer-links';

/** The id of the viewer's footer, where a document's download buttons are. */
export const downloadsId = 'downloads';

interface QuotedBlock {
  readonly block: QuotableBlock;
  /** The page the words are linked on, without filters: a colleague sees them in the whole briefing. */
  readonly page: string;
  readonly speaker: string;
  readonly cite: (url: string, selection: Span) => Citation;
}

/** The turn or story paragraph an id names, with what quoting its words needs. */
function findQuotedBlock(
  documents: ReadingDocuments,
  viewerPaths: ViewerPaths,
  blockId: string,
): QuotedBlock | undefined {
  const { transcript, article, local } = documents;
  const turn = transcript.turns.find((candidate) => candidate.id === blockId);
  if (turn !== undefined) {
    const exchange = transcript.exchanges.find((candidate) => candidate.turnIds.includes(turn.id));
    const speaker = transcript.speakers.find((candidate) => candidate.id === turn.speakerId);
    return {
      block: describeTurnBlock(turn),
      page: exchange === undefined ? viewerPaths.home() : viewerPaths.exchange(exchange.id),
      speaker: speaker?.name ?? turn.label,
      cite: (url, selection) => citeTurn(transcript, turn, { url, selection, local }),
    };
  }
  const paragraph = article?.paragraphs.find((candidate) => candidate.id === blockId);
  if (article === undefined || paragraph === undefined) return undefined;
  const speaker = article.speakers.find((candidate) => candidate.id === paragraph.speakerId);
  return {
    block: describeStoryBlock(paragraph),
    page: viewerPaths.home(),
    speaker: speaker?.name ?? article.source?.publisher ?? 'the story',
    cite: (url, selection) => citeStoryParagraph(article, paragraph, { url, selection, local }),
  };
}

/**
 * What the quote action of a viewer shares: for selected words, their quote link (the permalink of
 * their exchange with the words in its fragment) and their citation, widened to whole sentences.
 */
export function useQuoteSource(documents: ReadingDocuments, viewerPaths: ViewerPaths): QuoteSource {
  const basenameHref = useHref('/');
  return useMemo(() => {
    // Read at click time: during a server render there is no window to ask for the origin.
    const absolute = (path: string) => toAbsoluteUrl(path, basenameHref, window.location.origin);
    const describe = (selection: BlockSelection): QuoteShare | undefined => {
      const quoted = findQuotedBlock(documents, viewerPaths, selection.blockId);
      const anchor = quoted === undefined ? undefined : anchorQuote(quoted.block, selection);
      if (quoted === undefined || anchor === undefined) return undefined;
      const words = composeBlockText(quoted.block).slice(anchor.start, anchor.end);
      const permalink = () => absolute(withQuoteHash(quoted.page, anchor));
      const directive = composeTextDirective(words.split(paragraphSeparator));
      return {
        words,
        speaker: quoted.speaker,
        getLink: () => absolute(withQuoteHash(quoted.page, anchor, directive)),
        getCitation: (format) => formatCitation(quoted.cite(permalink(), selection), format),
        local: documents.local === true,
      };
    };
    return {
      describe,
      step: (blockId, current, step) => {
        const quoted = findQuotedBlock(documents, viewerPaths, blockId);
        return quoted === undefined ? undefined : stepSentences(quoted.block, current, step);
      },
      ...(documents.local === true
        ? {
            offerExport: () => {
              const downloads = document.getElementById(downloadsId);
              if (downloads !== null) revealElement(downloads, 'center');
            },
          }
        : {}),
    };
  }, [basenameHref, documents, viewerPaths]);
}
