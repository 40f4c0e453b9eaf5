import { useEffect, useState } from 'react';
import { getLibrary } from '../storage/db';
import { listSavedTranscripts, readSavedBriefing, type SavedBriefing } from './saved-briefings';

/** The most saved briefings an archive page reads, newest saved first: each is parsed on every visit. */
export const savedBriefingCap = 200;

/** The briefings saved in this browser, as an archive page shows them. */
export type SavedBriefingsState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly briefings: readonly SavedBriefing[];
      /** Saved briefings in all, read or not (more than `briefings` when capped). */
      readonly saved: number;
    }
  // No library in this browser (private mode, storage refused): the page shows nothing of it.
  | { readonly status: 'unavailable' };

/**
 * Reads the browser's saved briefings once the page has hydrated (the prerendered page never holds
 * them), parsing at most `cap` of them, one at a time off the main thread.
 */
export function useSavedBriefings(cap: number = savedBriefingCap): SavedBriefingsState {
  const [state, setState] = useState<SavedBriefingsState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const read = async () => {
      const library = getLibrary();
      const transcripts = await listSavedTranscripts(library);
      const briefings: SavedBriefing[] = [];
      for (const saved of transcripts.slice(0, cap)) {
        signal.throwIfAborted();
        // One transcript the parser cannot read leaves the others shown.
        const briefing = await readSavedBriefing(saved, library, signal).catch((error: unknown) => {
          if (signal.aborted) throw error;
          return undefined;
        });
        if (briefing !== undefined) briefings.push(briefing);
      }
      return { status: 'ready', briefings, saved: transcripts.length } as const;
    };
    read().then(
      (ready) => {
        if (!signal.aborted) setState(ready);
      },
      () => {
        if (!signal.aborted) setState({ status: 'unavailable' });
      },
    );
    return () => {
      controller.abort();
    };
  }, [cap]);
  return state;
}
