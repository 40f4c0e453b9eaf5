import { Link } from 'react-router';
import type { SearchResult } from '../../domain/search/results';
import { SnippetText } from './snippet-text';
import type { SearchLinks } from './search-links';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const formatDate = (date: string): string => {
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? date : dateFormat.format(time);
};

interface ResultListProps {
  readonly results: readonly SearchResult[];
  /** The query as typed, carried to the turn so that its words are highlighted there. */
  readonly q: string;
  readonly links: SearchLinks;
}

/** Turns found: who spoke, in which briefing and when, and the words found in what they said. */
export function ResultList({ results, q, links }: ResultListProps) {
  return (
    <ol className="search-results">
      {results.map((result, index) => (
        <li key={result.url}>
          <article className="search-result" aria-labelledby={`result-${String(index)}`}>
            <h3 id={`result-${String(index)}`}>
              <Link to={links.result(result.url, q)}>
                {result.meta.speaker}
                {result.meta.role === undefined ? null : (
                  <span className="search-result-role">, {result.meta.role}</span>
                )}
              </Link>
            </h3>
            <p className="search-result-where">
              {result.meta.briefing}
              {result.meta.date === undefined ? null : ` · ${formatDate(result.meta.date)}`}
              {` · ${result.meta.exchange}`}
              {result.local ? (
                <span className="search-result-local">Saved in this browser</span>
              ) : null}
            </p>
            <p className="search-result-snippet">
              <SnippetText snippet={result.snippet} />
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
