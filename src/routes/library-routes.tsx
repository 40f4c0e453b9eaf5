import {
  useLoaderData,
  useRevalidator,
  useRouteError,
  type LoaderFunctionArgs,
} from 'react-router';
import { ExportMenu } from '../features/export/export-menu';
import { ImportPage } from '../features/import/import-page';
import { LibraryPage } from '../features/library/library-page';
import { getLibrary, type LibraryListing } from '../storage/db';
import { toLibraryError } from '../storage/errors';
import { listSavedStories, type SavedStories } from '../storage/stories';
import { parseInWorker } from '../workers/parse-client';
import { paths } from './paths';
import { SitePage } from './site-page';

// The pages that read and write this browser's library. They load on their own, after the viewer:
// a reader of a shared permalink never downloads them. Their data lives in this browser alone, so a
// prerendered copy of them shows the page on its way (see routes.tsx).

const savedDocumentLinks = {
  import: paths.import(),
  library: paths.library(),
  document: paths.document,
};

/** The saved stories a transcript can be paired with on the import page. */
export async function loadImport({ request }: LoaderFunctionArgs): Promise<SavedStories> {
  const stories = await listSavedStories();
  request.signal.throwIfAborted();
  return stories;
}

/** `/import`: paste, choose or drop a transcript or story and save it to the library. */
export function ImportRoute() {
  const stories = useLoaderData<SavedStories>();
  const { revalidate } = useRevalidator();
  return (
    <SitePage title="Import a document">
      <ImportPage
        links={savedDocumentLinks}
        stories={stories}
        onSaved={() => {
          void revalidate();
        }}
      />
    </SitePage>
  );
}

/** Everything saved in this browser; a storage failure goes to the page's error boundary. */
export async function loadLibrary({ request }: LoaderFunctionArgs): Promise<LibraryListing> {
  try {
    const listing = await getLibrary().list();
    request.signal.throwIfAborted();
    return listing;
  } catch (error) {
    if (request.signal.aborted) throw error;
    throw toLibraryError(error);
  }
}

/** `/library`: the saved documents, each with its downloads. */
export function LibraryRoute() {
  const listing = useLoaderData<LibraryListing>();
  const { revalidate } = useRevalidator();
  return (
    <SitePage title="Library">
      <LibraryPage
        listing={listing}
        links={savedDocumentLinks}
        renderExport={(record) => (
          <ExportMenu title={record.title} load={() => parseInWorker(record.text, record.kind)} />
        )}
        onChanged={() => {
          void revalidate();
        }}
      />
    </SitePage>
  );
}

/** The library when this browser will not let Podium read it: say why; the rest of the app works. */
export function LibraryError() {
  const error = useRouteError();
  return (
    <SitePage title="Library">
      <main className="library-page">
        <h1>Library</h1>
        <p className="import-message is-problem" role="alert">
          {toLibraryError(error).message}
        </p>
      </main>
    </SitePage>
  );
}
