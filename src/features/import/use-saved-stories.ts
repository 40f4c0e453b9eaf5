import { useEffect, useState } from 'react';
import { getLibrary } from '../../storage/db';
import { toLibraryError } from '../../storage/errors';
import type { SavedDocument } from '../../storage/records';

export type SavedStories =
  | { status: 'loading' }
  | { status: 'ready'; stories: SavedDocument[] }
  | { status: 'failed'; message: string };

/** The news stories saved in this browser, to pair a transcript with. */
export function useSavedStories(): SavedStories {
  const [state, setState] = useState<SavedStories>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    getLibrary()
      .list()
      .then(
        (listing) => {
          const stories = listing.documents.filter((document) => document.kind === 'article');
          if (current) setState({ status: 'ready', stories });
        },
        (error: unknown) => {
          if (current) setState({ status: 'failed', message: toLibraryError(error).message });
        },
      );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
