import type { RouteObject } from 'react-router';
import { NotFoundRoute } from './not-found-route';
import { LoadingRoute, RootRoute } from './root-route';
import { RouteError } from './route-error';
import { loadSeedDocuments } from './viewer-documents';
import { ViewerRoute } from './viewer-route';

/**
 * Every page of the app. The same array serves the browser router, the memory router in tests and
 * a static handler for prerendering: nothing here touches the window while rendering.
 * The viewer is a layout route, so moving between the full briefing and an exchange permalink keeps
 * the page mounted (and the filter panel's state) instead of swapping routes. The other pages load
 * their code when first visited (`lazy`), so a reader of a shared permalink downloads the viewer only.
 */
/** The route whose loader data is the viewer's documents. */
export const viewerRouteId = 'viewer';

export const routes: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    element: <RootRoute />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingRoute />,
    children: [
      {
        id: viewerRouteId,
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
        lazy: () =>
          import('./sample-route').then(({ SampleRoute }) => ({ Component: SampleRoute })),
        children: [
          { index: true, element: null },
          { path: 'exchange/:exchangeId', element: null },
        ],
      },
      {
        // A briefing saved in this browser, with the same viewer and permalinks below it.
        path: 'd/:docId',
        lazy: () =>
          import('./saved-document-route').then((route) => ({
            loader: route.loadSavedDocument,
            shouldRevalidate: route.revalidateSavedDocument,
            Component: route.SavedDocumentRoute,
          })),
        children: [
          { index: true, element: null },
          { path: 'exchange/:exchangeId', element: null },
        ],
      },
      {
        path: 'import',
        lazy: () =>
          import('./library-routes').then(({ ImportRoute }) => ({ Component: ImportRoute })),
      },
      {
        path: 'library',
        lazy: () =>
          import('./library-routes').then(({ LibraryRoute }) => ({ Component: LibraryRoute })),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
