import { loadSeeds } from './seed-loader';
import type { Article, Topic, Transcript } from '../domain/types';

/** What the viewer shows: a briefing, the story beside it (if any) and the topics to tag them with. */
export interface ViewerDocuments {
  readonly transcript: Transcript;
  readonly article: Article | undefined;
  readonly topics: readonly Topic[];
  /** Saved in this browser alone: its links open nowhere else, and its citations say so. */
  readonly local?: boolean;
}

/**
 * The route loader for the documents Podium ships with. Another route (an imported document) supplies
 * its own pair through its own loader; the viewer only ever reads its loader data.
 */
export function loadSeedDocuments(): Promise<ViewerDocuments> {
  return loadSeeds();
}
