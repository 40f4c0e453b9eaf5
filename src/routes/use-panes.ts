import { useCallback, useRef } from 'react';
import type { MarkTarget } from '../domain/search/marks';
import type { StoryHandle } from '../features/story/story-pane';
import type { TranscriptHandle } from '../features/transcript/use-transcript-handle';

/**
 * The viewer's hold on its two documents' panes, and `revealMark`, which hands a mark to the pane
 * that draws it: the filter panel steps through both documents' marks without knowing either pane.
 */
export function usePanes() {
  const transcriptPane = useRef<TranscriptHandle>(null);
  const storyPane = useRef<StoryHandle>(null);
  const revealMark = useCallback(
    (target: MarkTarget): boolean =>
      (target.document === 'briefing' ? transcriptPane : storyPane).current?.revealMark(target) ??
      false,
    [],
  );
  return { transcriptPane, storyPane, revealMark };
}
