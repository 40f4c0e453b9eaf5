import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type HydrationState } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { renderedPathAttribute, renderModeAttribute } from './domain/site/page-meta';
import { isArchivePage, routes, viewerRouteId } from './routes/routes';
import { loadSeedDocuments } from './routes/viewer-documents';
import './styles/theme.css';
import './styles/app.css';

const basename = import.meta.env.BASE_URL;

type BrowserRouter = ReturnType<typeof createBrowserRouter>;

interface SetAside {
  readonly router: BrowserRouter;
  readonly search: string;
  readonly hash: string;
  readonly children: ReactNode;
}

// Strict Mode runs effects twice in development; the address is restored once.
let addressRestored = false;

/**
 * Puts back the query and hash that were set aside for hydration, once the page is live. It wraps the
 * app rather than standing beside it: a sibling would shift every useId and break hydration.
 */
function RestoreAddress({ router, search, hash, children }: SetAside) {
  useEffect(() => {
    if (addressRestored || (search === '' && hash === '')) return;
    addressRestored = true;
    // No pathname: the router keeps the current one (and its base path).
    void router.navigate({ search, hash }, { replace: true, preventScrollReset: true });
  }, [router, search, hash]);
  return children;
}

/**
 * What hydration needs before it starts: it must render exactly what the prerendered HTML holds, and
 * a route still waiting for its code (import, library…) or its data would render the loading
 * fallback instead. The page carries no inline script (the Content-Security-Policy forbids them), so
 * the viewer's data comes from the same preloaded file its loader reads.
 */
async function prepareHydration(pathname: string): Promise<HydrationState> {
  const matches = matchRoutes(routes, pathname, basename) ?? [];
  const loaderData: Record<string, unknown> = {};
  // The page was rendered for the bare path: its loaders read that address, query and hash aside.
  const url = new URL(window.location.pathname, window.location.origin);
  const request = new Request(url);
  await Promise.all(
    matches.map(async ({ route, params }) => {
      if (route.id === viewerRouteId) loaderData[viewerRouteId] = await loadSeedDocuments();
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, loaded, { lazy: undefined });
      // An archive page's data comes from the archive's files, as its loader reads them.
      if (isArchivePage(route) && route.id !== undefined && typeof loaded.loader === 'function') {
        loaderData[route.id] = await loaded.loader({
          request,
          url,
          params,
          pattern: route.path ?? '',
          context: undefined,
        });
      }
    }),
  );
  return { loaderData };
}

const wrap = (children: ReactNode) => <StrictMode>{children}</StrictMode>;

const withoutTrailingSlash = (path: string): string => path.replace(/(.)\/+$/u, '$1');

/**
 * Whether the prerendered HTML in #root is this address's page. A host that answers every unknown
 * path with index.html (an SPA fallback) serves the page of `/` for `/exchange/x4`: adopting that
 * markup there would be a hydration mismatch and the permalink would not be marked.
 */
function isRenderedHere(root: HTMLElement, pathname: string): boolean {
  if (root.getAttribute(renderModeAttribute) !== 'hydrate') return false;
  const rendered = root.getAttribute(renderedPathAttribute);
  return rendered !== null && withoutTrailingSlash(rendered) === withoutTrailingSlash(pathname);
}

async function start(root: HTMLElement): Promise<void> {
  if (!isRenderedHere(root, window.location.pathname)) {
    // The dev server's empty page, the 404 page whose static text stands for any unknown address,
    // or another address's page from an SPA-fallback host: render afresh at the real address (a
    // mistyped link may still be an exchange the viewer explains), with the loading state while the
    // page's code and data come in. Each page renders its own title; the static one would linger.
    const router = createBrowserRouter(routes, { basename });
    if (root.hasAttribute(renderModeAttribute)) document.head.querySelector('title')?.remove();
    createRoot(root).render(wrap(<RouterProvider router={router} />));
    return;
  }
  // The HTML was rendered for the bare path. Filters in the query and a turn in the hash change what
  // the viewer shows, so the first render leaves them out to match it, and they return right after.
  const { pathname, search, hash } = window.location;
  const hydrationData = await prepareHydration(pathname);
  if (search !== '' || hash !== '') window.history.replaceState(window.history.state, '', pathname);
  const router = createBrowserRouter(routes, { basename, hydrationData });
  hydrateRoot(
    root,
    wrap(
      <RestoreAddress router={router} search={search} hash={hash}>
        <RouterProvider router={router} />
      </RestoreAddress>,
    ),
  );
}

// Under a base path, the host may serve the 404 page for addresses outside it too: those keep the
// static not-found page, where the router would render nothing.
const inApp = `${window.location.pathname}/`.startsWith(basename);
const root = document.getElementById('root');
if (root && inApp) void start(root);
