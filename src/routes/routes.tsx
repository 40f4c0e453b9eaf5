import type { RouteObject } from 'react-router';
import { ExportMenu } from '../features/export/export-menu';
import { ImportPage } from '../features/import/import-page';
import { LibraryPage } from '../features/library/library-page';
import { parseInWorker } from '../workers/parse-client';
import { NotFoundRoute } from './not-found-route';
import { LoadingRoute, RootRoute } from './root-route';
import { RouteError } from './route-error';
import { SampleRoute } from './sample-route';
import { loadSeedDocuments } from './viewer-documents';
import { ViewerRoute } from './viewer-route';

/**
 * Every page of the app. The same array serves the browser router, the memory router in tests and
 * a static handler for prerendering: nothing here touches the window while rendering.
 * The viewer is a layout route, so moving between the full briefing and an exchange permalink keeps
 * the page mounted (and the filter panel's state) instead of swapping routes.
 */
// Saved documents open at /d/:docId once the viewer can read a saved pair (loadDocumentPair).
const savedDocumentLinks = {
  home: '/',
  import: '/import',
  library: '/library',
  document: (id: string) => `/d/${encodeURIComponent(id)}`,
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
