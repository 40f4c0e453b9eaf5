import { useMemo } from 'react';
import { useHref } from 'react-router';
import { citeExchange, citeTurn } from '../domain/cite/citation';
import { formatCitation } from '../domain/cite/formats';
import type { Transcript } from '../domain/types';
import { ShareActions } from '../features/share/share-actions';
import type { TranscriptSlots } from '../features/transcript/transcript-types';
import { toAbsoluteUrl } from './paths';
import { seedViewerPaths, type ViewerPaths } from './use-viewer-links';

/**
 * Share buttons for every exchange and turn. A shared link is the bare permalink, without the
 * sharer's filters: the colleague who opens it sees the passage inside the whole briefing. A
 * document saved in this browser (`local`) says in its citations that its links open nowhere else.
 */
export function useShareSlots(
  transcript: Transcript,
  paths: ViewerPaths = seedViewerPaths,
  local = false,
): TranscriptSlots {
  const basenameHref = useHref('/');
  return useMemo(() => {
    // Read at click time: during a server render there is no window to ask for the origin.
    const absolute = (path: string) => toAbsoluteUrl(path, basenameHref, window.location.origin);
    return {
      renderExchangeActions: (exchange) => {
        const getLink = () => absolute(paths.exchange(exchange.id));
        return (
          <ShareActions
            subject={exchange.title}
            local={local}
            getLink={getLink}
            getCitation={() =>
              formatCitation(citeExchange(transcript, exchange, { url: getLink(), local }), 'text')
            }
          />
        );
      },
      renderTurnActions: (turn, exchange, speaker) => {
        const getLink = () => absolute(paths.exchange(exchange.id, { turnId: turn.id }));
        return (
          <ShareActions
            subject={`turn ${turn.id} by ${speaker?.name ?? turn.label}`}
            local={local}
            getLink={getLink}
            getCitation={() =>
              formatCitation(citeTurn(transcript, turn, { url: getLink(), local }), 'text')
            }
          />
        );
      },
    };
  }, [basenameHref, transcript, paths, local]);
}
