import { useState } from 'react';
import type { SearchResult } from '../../domain/search/results';
import { describeUnknownFacets } from '../../domain/search/search-plan';
import { FacetPanel } from './facet-panel';
import { ResultList } from './result-list';
import type { ArchiveMore, SearchPageData } from './search-data';
import { SearchForm } from './search-form';
import type { SearchLinkQuery, SearchLinks } from './search-links';
import { SearchSummary } from './search-summary';
import './search.css';

interface SearchPageProps {
  readonly data: SearchPageData;
  readonly links: SearchLinks;
}

/** Turns read on at a time when a reader asks for more. */
const moreCount = 20;

/** `/search`: the archive's and the saved briefings' turns that hold a query, with facets. */
export function SearchPage({ data, links }: SearchPageProps) {
  const query: SearchLinkQuery = {
    q: data.address.q,
    facets: data.kind === 'searched' ? data.plan.filters : {},
    sort: data.kind === 'searched' ? data.plan.sort : 'relevance',
  };
  return (
    <main id="search-main" className="search-page" tabIndex={-1}>
      <h1>Search the archive</h1>
      <SearchForm query={query} links={links} />
      {data.kind === 'blank' ? (
        <p className="search-message">
          Type words to find every turn that holds them, in every briefing of the archive and in the
          briefings saved in this browser.
        </p>
      ) : (
        <Searched data={data} query={query} links={links} />
      )}
    </main>
  );
}

type Searched = Extract<SearchPageData, { kind: 'searched' }>;

function Searched({
  data,
  query,
  links,
}: {
  readonly data: Searched;
  readonly query: SearchLinkQuery;
  readonly links: SearchLinks;
}) {
  const [more, setMore] = useState<ArchiveMore | undefined>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  const archive = data.archive.status === 'ok' ? data.archive.value : undefined;
  const results: readonly SearchResult[] = [...data.results, ...(more?.results ?? [])];
  const done = more?.done ?? archive?.done ?? true;
  const unknown = describeUnknownFacets(data.plan.unknown);
  const notes = [
    unknown,
    data.plan.unknownSort === undefined
      ? undefined
      : `There is no order “${data.plan.unknownSort}”: results are shown most relevant first.`,
    data.archive.status === 'unavailable' ? data.archive.message : undefined,
    data.saved.status === 'unavailable'
      ? `Briefings saved in this browser were not searched: ${data.saved.message}`
      : undefined,
  ].filter((note): note is string => note !== undefined);
  return (
    <>
      {notes.map((note) => (
        <p key={note} className="search-message is-note">
          {note}
        </p>
      ))}
      {data.plan.reading.ok ? null : (
        <p className="search-message is-problem" role="alert">
          {data.plan.reading.problem.message}
        </p>
      )}
      {data.plan.reading.ok ? (
        <div className="search-layout">
          <FacetPanel
            facets={data.facets}
            labels={data.labels}
            unit={data.unit}
            query={query}
            links={links}
          />
          <section className="search-found" aria-label="Results">
            <SearchSummary data={data} shown={results.length} done={done} />
            <ResultList results={results} q={data.address.q} links={links} />
            {done || archive?.more === undefined ? null : (
              <button
                type="button"
                disabled={loadingMore}
                onClick={() => {
                  setLoadingMore(true);
                  void archive.more?.(moreCount).then(
                    (step) => {
                      setMore((before) => ({
                        results: [...(before?.results ?? []), ...step.results],
                        done: step.done,
                      }));
                      setLoadingMore(false);
                    },
                    () => {
                      setLoadingMore(false);
                    },
                  );
                }}
              >
                {loadingMore ? 'Loading more results…' : 'Show more results'}
              </button>
            )}
          </section>
        </div>
      ) : null}
    </>
  );
}
