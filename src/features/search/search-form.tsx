import { Form, Link } from 'react-router';
import { facetNames, type SearchSort } from '../../domain/search/results';
import type { SearchLinkQuery, SearchLinks } from './search-links';

const sortNames: readonly { readonly sort: SearchSort; readonly label: string }[] = [
  { sort: 'relevance', label: 'Most relevant' },
  { sort: 'newest', label: 'Newest first' },
  { sort: 'oldest', label: 'First said (oldest first)' },
];

interface SearchFormProps {
  readonly query: SearchLinkQuery;
  readonly links: SearchLinks;
}

/** The search page's own box: a new query keeps the chosen facets and order. */
export function SearchForm({ query, links }: SearchFormProps) {
  return (
    <>
      <Form
        method="get"
        action={links.action}
        className="search-form"
        role="search"
        aria-label="Archive search"
      >
        <label htmlFor="search-page-q">Words to find</label>
        <input
          id="search-page-q"
          type="search"
          name="q"
          defaultValue={query.q}
          key={query.q}
          aria-describedby="search-page-hint"
        />
        {facetNames.flatMap((facet) =>
          (query.facets[facet] ?? []).map((value) => (
            <input key={`${facet}:${value}`} type="hidden" name={facet} value={value} />
          )),
        )}
        {query.sort === 'relevance' ? null : <input type="hidden" name="sort" value={query.sort} />}
        <button type="submit">Search</button>
        <p id="search-page-hint" className="search-hint">
          Every word must be in one turn, in any order; put a phrase in quotes (&quot;burden
          sharing&quot;).
        </p>
      </Form>
      <nav aria-label="Order of results" className="search-sorts">
        <ul>
          {sortNames.map(({ sort, label }) => (
            <li key={sort}>
              <Link
                to={links.search({ ...query, sort })}
                aria-current={sort === query.sort ? 'true' : undefined}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
