import type { RouteObject } from 'react-router';
import { ExportMenu } from '../features/export/export-menu';
import { ImportPage } from '../features/import/import-page';
import { LibraryPage } from '../features/library/library-page';
import { parseInWorker } from '../workers/parse-client';
import { NotFoundRoute } from './not-found-route';
import { LoadingRoute, RootRoute } from './root-route';
import { RouteError } from './route-error';
import { paths } from './paths';
import { SampleRoute } from './sample-route';
import {
  loadSavedDocument,
  revalidateSavedDocument,
  SavedDocumentRoute,
} from './saved-document-route';
import { loadSeedDocuments } from './viewer-documents';
import { ViewerRoute } from './viewer-route';

/**
 * Every page of the app. The same array serves the browser router, the memory router in tests and
 * a static handler for prerendering: nothing here touches the window while rendering.
 * The viewer is a layout route, so moving between the full briefing and an exchange permalink keeps
 * the page mounted (and the filter panel's state) instead of swapping routes.
 */
const savedDocumentLinks = {
  home: paths.home(),
  import: paths.import(),
  library: paths.library(),
  document: paths.document,
};

export const routes: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    element: <RootRoute />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingRoute />,
    children: [
      {
        id: 'viewer',
        loader: loadSeedDocuments,
        // The built-in documents never change, so filters and permalinks need no reload of them.
        shouldRevalidate: () => false,
        element: <ViewerRoute />,
        // The viewer draws these pages itself from the URL; the leaves only give the paths a match.
        children: [
          { index: true, element: null },
          { path: 'exchange/:exchangeId', element: null },
        ],
      },
      {
        // A generated transcript, to try the viewer on a very long briefing.
        path: 'sample/:turns',
        element: <SampleRoute />,
        children: [
          { index: true, element: null },
          { path: 'exchange/:exchangeId', element: null },
        ],
      },
      {
        // A briefing saved in this browser, with the same viewer and permalinks below it.
        path: 'd/:docId',
        loader: loadSavedDocument,
        shouldRevalidate: revalidateSavedDocument,
        element: <SavedDocumentRoute />,
        children: [
          { index: true, element: null },
          { path: 'exchange/:exchangeId', element: null },
        ],
      },
      { path: 'import', element: <ImportPage links={savedDocumentLinks} /> },
      {
        path: 'library',
        element: (
          <LibraryPage
            links={savedDocumentLinks}
            renderExport={(record) => (
              <ExportMenu
                title={record.title}
                load={() => parseInWorker(record.text, record.kind)}
              />
            )}
          />
        ),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
