import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
  type RouteObject,
} from 'react-router';
import {
  describeExchangeCard,
  previewCardSize,
  previewImagePath,
} from './domain/site/preview-card';
import { loadSeeds } from './routes/seed-loader';
import {
  composeHeadTags,
  describeAppPage,
  describeExchangePage,
  describeHomePage,
  describeNotFoundPage,
  normalizeBase,
  resolvePageUrl,
  toOutputFile,
  type PageMeta,
  type PrerenderedPage,
  type SiteAddress,
} from './domain/site/page-meta';
import type { ArchiveModel } from './domain/archive/types';
import {
  describeArchiveHome,
  describeSpeakerList,
  describeSpeakerPage,
  describeTopicList,
  describeTopicPage,
} from './domain/site/archive-meta';
import {
  createMemoryArchiveReader,
  loadArchiveBriefing,
  loadArchiveIndex,
  loadBriefingSummaries,
  loadPeopleSummaries,
  loadTopicSummaries,
  setArchiveReader,
} from './routes/archive-data';
import { paths } from './routes/paths';
import { isArchivePage, loadsAtBuild, routes, viewerRouteId } from './routes/routes';

// The build's server entry: React renders each page to HTML with the app's own routes, so a permalink
// reads without JavaScript and the browser hydrates the same markup. The router embeds no data in the
// page (no inline script is allowed): the browser computes the same loader data itself.

// Only the address matters to the static handler; the origin is never shown.
const renderOrigin = 'http://podium.invalid';

// React renders a route's <title> where the route puts it; in a browser it lives in <head>.
const titlePattern = /<title>([^<]*)<\/title>/gu;

const decodeHtml = (text: string): string =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&');

interface Rendered {
  readonly html: string;
  readonly status: number;
  /** The title the route rendered. */
  readonly title: string | undefined;
  /** Whether the viewer of the built-in documents is on the page. */
  readonly showsSeeds: boolean;
}

async function renderPath(path: string, base: string): Promise<Rendered> {
  const handler = createStaticHandler(routes, { basename: base });
  const url = new URL(`${base.replace(/\/$/u, '')}${path}`, renderOrigin);
  // Data that lives in the reader's browser cannot be loaded here: such a page is written as it
  // shows while its data is on its way, which is also what the browser renders as it hydrates.
  const context = await handler.query(new Request(url), {
    filterMatchesToLoad: (match) => loadsAtBuild(match.route),
  });
  // The app's routes have no redirects; a Response here means a route changed under this script.
  if (context instanceof Response) {
    throw new Error(`Prerendering ${path} answered ${String(context.status)} instead of a page`);
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  // The head names the page; a second <title> inside <body> would be invalid HTML. The browser's
  // React adopts the head's title when it hydrates.
  const title = [...html.matchAll(titlePattern)].at(-1)?.[1];
  return {
    html: html.replace(titlePattern, ''),
    status: context.statusCode,
    title: title === undefined ? undefined : decodeHtml(title),
    showsSeeds: viewerRouteId in context.loaderData,
  };
}

function toPage(
  meta: PageMeta,
  site: SiteAddress,
  rendered: Rendered,
  file: { readonly name: string; readonly mode: PrerenderedPage['mode'] },
): PrerenderedPage {
  // The head's title and the one React renders must agree, or the title would change on hydration.
  if (rendered.title !== meta.title) {
    throw new Error(`${meta.path} renders the title ${String(rendered.title)}, not ${meta.title}`);
  }
  return {
    file: file.name,
    status: rendered.status,
    mode: file.mode,
    showsSeeds: rendered.showsSeeds,
    address: resolvePageUrl(meta.path, { base: site.base }),
    head: composeHeadTags(meta, site),
    html: rendered.html,
  };
}

/** The app's other pages that have an address of their own: routes under the root with a fixed path. */
function listFixedPaths(routeList: readonly RouteObject[]): string[] {
  return (
    routeList
      .flatMap((route) => route.children ?? [])
      // The archive's pages are listed from its data (prerenderArchivePages).
      .filter((route) => !isArchivePage(route))
      .map((route) => route.path)
      .filter((path): path is string => path !== undefined && !/[:*]/u.test(path))
      .map((path) => `/${path.replace(/^\/+/u, '')}`)
  );
}

/** Renders every page a static host serves: the briefing, each exchange, the other pages and 404. */
export async function prerenderPages(address: SiteAddress): Promise<PrerenderedPage[]> {
  const site = { ...address, base: normalizeBase(address.base) };
  // The same documents the viewer's loader reads, so each page's head names what its body shows.
  const { transcript: seedTranscript, topics } = await loadSeeds();
  const viewerPages: Promise<PrerenderedPage>[] = [
    { meta: describeHomePage(seedTranscript, paths.home()), preview: undefined },
    ...seedTranscript.exchanges.map((exchange) => {
      // Each permalink unfurls as a card of its words; the build draws it (scripts/preview-images).
      const card = describeExchangeCard(seedTranscript, exchange, topics);
      const path = previewImagePath(exchange.id);
      const image = { path, ...previewCardSize, alt: card.alt };
      const meta = {
        ...describeExchangePage(seedTranscript, exchange, paths.exchange(exchange.id)),
        image,
      };
      return { meta, preview: { path, card } };
    }),
  ].map(async ({ meta, preview }) => ({
    ...toPage(meta, site, await renderPath(meta.path, site.base), {
      name: toOutputFile(meta.path),
      mode: 'hydrate',
    }),
    preview,
  }));
  const otherPages = listFixedPaths(routes).map(async (path) => {
    const rendered = await renderPath(path, site.base);
    const meta = describeAppPage(path, rendered.title ?? '');
    return toPage(meta, site, rendered, { name: toOutputFile(path), mode: 'hydrate' });
  });
  // Rendered by the app's not-found route; in the browser the app renders afresh at the real address.
  const notFound = describeNotFoundPage();
  const notFoundPage = renderPath(notFound.path, site.base).then((rendered) =>
    toPage(notFound, site, rendered, { name: '404.html', mode: 'client' }),
  );
  return Promise.all([...viewerPages, ...otherPages, notFoundPage]);
}

/** Makes the archive's pages read `model` (the folder the build reads), rather than the shipped pair alone. */
export function provideArchive(model: ArchiveModel): void {
  setArchiveReader(createMemoryArchiveReader(model));
}

/** Every page of the archive's head facts, as its path's page will be rendered. */
async function* listArchivePages(): AsyncGenerator<PageMeta> {
  const index = await loadArchiveIndex();
  yield describeArchiveHome(index, paths.briefings());
  yield describeSpeakerList(index, paths.speakers());
  yield describeTopicList(index, paths.topics());
  for (const summary of await loadBriefingSummaries()) {
    const briefing = await loadArchiveBriefing(summary.slug);
    if (briefing === undefined)
      throw new Error(`The archive lists ${summary.slug} but has no data for it`);
    const { document } = briefing;
    yield describeHomePage(document, paths.briefing(summary.slug));
    for (const exchange of document.exchanges) {
      const path = paths.briefing(summary.slug, { exchangeId: exchange.id });
      yield describeExchangePage(document, exchange, path);
    }
  }
  for (const person of await loadPeopleSummaries()) {
    yield describeSpeakerPage(person, paths.speaker(person.slug));
  }
  for (const topic of await loadTopicSummaries()) {
    yield describeTopicPage(topic, paths.topic(topic.id));
  }
}

/**
 * Renders every page of the archive (provideArchive names it; the shipped pair by default): the
 * home, the lists, each briefing and its exchanges, each person and topic. One page at a time, so
 * that a large archive is written as it renders rather than held in memory.
 */
export async function* prerenderArchivePages(
  address: SiteAddress,
): AsyncGenerator<PrerenderedPage> {
  const site = { ...address, base: normalizeBase(address.base) };
  for await (const meta of listArchivePages()) {
    const rendered = await renderPath(meta.path, site.base);
    yield toPage(meta, site, rendered, { name: toOutputFile(meta.path), mode: 'hydrate' });
  }
}
