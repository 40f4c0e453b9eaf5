import { useCallback, useEffect, useState } from 'react';
import { getLibrary, type LibraryListing } from '../../storage/db';
import { toLibraryError } from '../../storage/errors';

export type ListingState =
  | { status: 'loading' }
  | { status: 'ready'; listing: LibraryListing }
  | { status: 'failed'; message: string };

/** The saved documents, read when the page opens and again after each change. */
export function useLibraryListing() {
  const [state, setState] = useState<ListingState>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    getLibrary()
      .list()
      .then(
        (listing) => {
          if (current) setState({ status: 'ready', listing });
        },
        (error: unknown) => {
          if (current) setState({ status: 'failed', message: toLibraryError(error).message });
        },
      );
    return () => {
      current = false;
    };
  }, [version]);

  const reload = useCallback(() => {
    setVersion((count) => count + 1);
  }, []);

  return { state, reload };
}
