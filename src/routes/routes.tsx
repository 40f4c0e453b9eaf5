import type { RouteObject } from 'react-router';
import { NotFoundRoute } from './not-found-route';
import { routePatterns } from './paths';
import { PendingPage } from './pending';
import { RootRoute } from './root-route';
import { RouteError } from './route-error';
import { changesReaderTopics } from './reader-topic-documents';
import { loadSeedDocuments } from './viewer-documents';
import { ViewerRoute } from './viewer-route';

/** The route whose loader data is the viewer's documents. */
export const viewerRouteId = 'viewer';

// A route whose data lives in this browser alone (its saved documents): the build cannot load it,
// so a prerendered copy of its page shows the page on its way, and the browser loads the data.
const browserData = { dataInBrowser: true } as const;

// A page of the archive: the build prerenders one for each briefing, person and topic it holds.
const archivePage = { archivePage: true } as const;

/** Tells whether a route is a page of the archive, which the build lists from the archive's data. */
export function isArchivePage(route: Pick<RouteObject, 'handle'>): boolean {
  const handle: unknown = route.handle;
  return typeof handle === 'object' && handle !== null && 'archivePage' in handle;
}

/** Tells whether a route's data can be loaded when pages are prerendered. */
export function loadsAtBuild(route: Pick<RouteObject, 'handle'>): boolean {
  const handle: unknown = route.handle;
  return !(typeof handle === 'object' && handle !== null && 'dataInBrowser' in handle);
}

// The viewer draws these pages itself from the URL; the leaves only give the paths a match.
const viewerPages = (): RouteObject[] => [
  { index: true, element: null },
  { path: routePatterns.exchange, element: null },
];

/**
 * Every page of the app. The same array serves the browser router, the memory router in tests and
 * a static handler for prerendering: nothing here touches the window while rendering.
 *
 * Every page gets its data from its route's loader (each honours the request's signal); while it
 * loads, the router keeps the page before in view with a message of what is coming (NavigationStatus),
 * or, when the app starts on the page, shows that message as a page (PendingPage). Errors go to the
 * nearest error boundary. A page of its own: add its pattern to `routePatterns`, its link to `paths`,
 * its route here (its code loads when first visited, with `lazy`) and, to list it in the header,
 * its entry to `siteNav`.
 *
 * The viewer is a layout route, so moving between the full briefing and an exchange permalink keeps
 * the page mounted (and the filter panel's state) instead of swapping routes.
 */
export const routes: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    element: <RootRoute />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PendingPage />,
    children: [
      {
        id: viewerRouteId,
        loader: loadSeedDocuments,
        // The built-in documents never change, so filters and permalinks need no reload of them;
        // the reader's own topics are tagged in them, so a change of those does.
        shouldRevalidate: ({ currentUrl, nextUrl }) => changesReaderTopics(currentUrl, nextUrl),
        element: <ViewerRoute />,
        children: viewerPages(),
      },
      {
        // A generated transcript, to try the viewer on a very long briefing.
        path: routePatterns.sample,
        lazy: () =>
          import('./sample-route').then((route) => ({
            loader: route.loadSample,
            shouldRevalidate: route.revalidateSample,
            Component: route.SampleRoute,
            ErrorBoundary: route.SampleError,
          })),
        children: viewerPages(),
      },
      {
        // A briefing saved in this browser, with the same viewer and permalinks below it.
        path: routePatterns.document,
        handle: browserData,
        lazy: () =>
          import('./saved-document-route').then((route) => ({
            loader: route.loadSavedDocument,
            shouldRevalidate: route.revalidateSavedDocument,
            Component: route.SavedDocumentRoute,
            ErrorBoundary: route.SavedDocumentError,
          })),
        children: viewerPages(),
      },
      {
        path: routePatterns.import,
        handle: browserData,
        lazy: () =>
          import('./library-routes').then((route) => ({
            loader: route.loadImport,
            Component: route.ImportRoute,
          })),
      },
      {
        path: routePatterns.library,
        handle: browserData,
        lazy: () =>
          import('./library-routes').then((route) => ({
            loader: route.loadLibrary,
            Component: route.LibraryRoute,
            ErrorBoundary: route.LibraryError,
          })),
      },
      {
        // The archive: every briefing, newest first, filtered by the address.
        id: 'archive-home',
        path: routePatterns.briefings,
        handle: archivePage,
        lazy: () =>
          import('./archive-routes').then((route) => ({
            loader: route.loadArchiveHome,
            Component: route.ArchiveHomeRoute,
            ErrorBoundary: route.ArchiveError,
          })),
      },
      {
        // One briefing of the archive in the viewer, with its permalinks below it.
        id: 'archive-briefing',
        path: routePatterns.briefing,
        handle: archivePage,
        lazy: () =>
          Promise.all([import('./archive-briefing-route'), import('./archive-routes')]).then(
            ([route, archive]) => ({
              loader: route.loadArchiveBriefingPage,
              shouldRevalidate: route.revalidateArchiveBriefing,
              Component: route.ArchiveBriefingRoute,
              ErrorBoundary: archive.ArchiveError,
            }),
          ),
        children: viewerPages(),
      },
      {
        id: 'speakers',
        path: routePatterns.speakers,
        handle: archivePage,
        lazy: () =>
          import('./archive-routes').then((route) => ({
            loader: route.loadSpeakerList,
            Component: route.SpeakerListRoute,
            ErrorBoundary: route.ArchiveError,
          })),
      },
      {
        id: 'speaker',
        path: routePatterns.speaker,
        handle: archivePage,
        lazy: () =>
          import('./archive-routes').then((route) => ({
            loader: route.loadSpeaker,
            Component: route.SpeakerRoute,
            ErrorBoundary: route.ArchiveError,
          })),
      },
      {
        id: 'topics',
        path: routePatterns.topics,
        handle: archivePage,
        lazy: () =>
          import('./archive-routes').then((route) => ({
            loader: route.loadTopicList,
            Component: route.TopicListRoute,
            ErrorBoundary: route.ArchiveError,
          })),
      },
      {
        id: 'topic',
        path: routePatterns.topic,
        handle: archivePage,
        lazy: () =>
          import('./archive-routes').then((route) => ({
            loader: route.loadTopic,
            Component: route.TopicRoute,
            ErrorBoundary: route.ArchiveError,
          })),
      },
      {
        // Search across the archive and the briefings saved in this browser.
        path: routePatterns.search,
        handle: browserData,
        lazy: () =>
          import('./search-route').then((route) => ({
            loader: route.loadSearch,
            Component: route.SearchRoute,
          })),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
