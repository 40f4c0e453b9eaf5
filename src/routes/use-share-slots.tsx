import { useMemo } from 'react';
import { useHref } from 'react-router';
import type { Transcript } from '../domain/types';
import { formatExchangeCitation, formatTurnCitation } from '../features/share/citation';
import { ShareActions } from '../features/share/share-actions';
import type { TranscriptSlots } from '../features/transcript/transcript-types';
import { toAbsoluteUrl } from './paths';
import { seedViewerPaths, type ViewerPaths } from './use-viewer-links';

/**
 * Share buttons for every exchange and turn. A shared link is the bare permalink, without the
 * sharer's filters: the colleague who opens it sees the passage inside the whole briefing.
 */
export function useShareSlots(
  transcript: Transcript,
  paths: ViewerPaths = seedViewerPaths,
): TranscriptSlots {
  const basenameHref = useHref('/');
  return useMemo(() => {
    // Read at click time: during a server render there is no window to ask for the origin.
    const absolute = (path: string) => toAbsoluteUrl(path, basenameHref, window.location.origin);
    const document = { title: transcript.title, source: transcript.source };
    return {
      renderExchangeActions: (exchange) => {
        const getLink = () => absolute(paths.exchange(exchange.id));
        return (
          <ShareActions
            subject={exchange.title}
            getLink={getLink}
            getCitation={() =>
              formatExchangeCitation({ title: exchange.title, document, url: getLink() })
            }
          />
        );
      },
      renderTurnActions: (turn, exchange, speaker) => {
        const getLink = () => absolute(paths.exchange(exchange.id, { turnId: turn.id }));
        const quote = turn.paragraphs
          .filter((paragraph) => !paragraph.stage)
          .map((paragraph) => paragraph.text)
          .join(' ');
        return (
          <ShareActions
            subject={`turn ${turn.id} by ${speaker?.name ?? turn.label}`}
            getLink={getLink}
            getCitation={() =>
              formatTurnCitation({
                quote,
                speaker: speaker ?? { name: turn.label },
                interpreted: turn.interpreted,
                document,
                url: getLink(),
              })
            }
          />
        );
      },
    };
  }, [basenameHref, transcript, paths]);
}
