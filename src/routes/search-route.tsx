import { useLoaderData, useLocation, type LoaderFunctionArgs } from 'react-router';
import type { SearchPageData, SearchClient } from '../features/search/search-data';
import type { SearchLinks } from '../features/search/search-links';
import { runSearch } from '../features/search/run-search';
import { SearchPage } from '../features/search/search-page';
import { paths } from './paths';
import { createSiteSearchClient } from './search-client';
import { readSearchAddress } from './search-params';
import { SitePage } from './site-page';

// `/search`: the archive search. Everything it shows comes from its address; its loader searches
// the archive's static index and the briefings saved in this browser.

/** The search page's links: every address through `paths`. */
export const searchLinks: SearchLinks = {
  search: ({ q, facets, sort }) =>
    paths.search({
      q,
      sort,
      ...(facets.speaker === undefined ? {} : { speaker: facets.speaker }),
      ...(facets.topic === undefined ? {} : { topic: facets.topic }),
      ...(facets.year === undefined ? {} : { year: facets.year }),
      ...(facets.publisher === undefined ? {} : { publisher: facets.publisher }),
    }),
  result: paths.searchResult,
  action: paths.search({ q: '' }),
};

/** A loader that searches with the client `getClient` gives (tests give a fake one). */
export function createSearchLoader(getClient: () => SearchClient) {
  return ({ request }: LoaderFunctionArgs): Promise<SearchPageData> =>
    runSearch(getClient(), readSearchAddress(new URL(request.url).searchParams), request.signal);
}

// One client a tab, made when the page is first opened: it keeps the engine and the indexes.
let siteClient: SearchClient | undefined;

/** The search page's loader on the site. */
export const loadSearch = createSearchLoader(() => (siteClient ??= createSiteSearchClient()));

/** The search page. */
export function SearchRoute() {
  const data = useLoaderData<SearchPageData>();
  const { search } = useLocation();
  const q = data.address.q.trim();
  return (
    <SitePage
      title={q === '' ? 'Search' : `“${q.slice(0, 60)}” — Search`}
      skipTo={{ id: 'search-main', label: 'Skip to the search' }}
    >
      <SearchPage key={search} data={data} links={searchLinks} />
    </SitePage>
  );
}
