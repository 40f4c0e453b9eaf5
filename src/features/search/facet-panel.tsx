import { Link } from 'react-router';
import type { FacetLabels } from '../../domain/search/archive-records';
import { facetNames, type FacetCounts, type FacetName } from '../../domain/search/results';
import type { FacetCountUnit } from '../../domain/search/search-plan';
import { pluralize } from '../../domain/words/pluralize';
import { toggleFacet, type SearchLinkQuery, type SearchLinks } from './search-links';

const facetTitles: Readonly<Record<FacetName, string>> = {
  speaker: 'Speaker',
  topic: 'Topic',
  year: 'Year',
  publisher: 'Publisher',
};

// Years read newest first; the other facets most found first.
const orderValues = (
  facet: FacetName,
  counts: Readonly<Record<string, number>>,
  values: string[],
) =>
  facet === 'year'
    ? values.sort((a, b) => b.localeCompare(a))
    : values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b));

interface FacetPanelProps {
  readonly facets: FacetCounts;
  readonly labels: FacetLabels;
  readonly unit: FacetCountUnit;
  readonly query: SearchLinkQuery;
  readonly links: SearchLinks;
}

/** Facets with counts: each value a link that narrows the results to it, or widens them again. */
export function FacetPanel({ facets, labels, unit, query, links }: FacetPanelProps) {
  return (
    <nav className="search-facets" aria-label="Narrow the results">
      <p className="search-facets-unit">
        {unit === 'turns'
          ? 'Counts are turns found.'
          : 'Counts are briefings that hold the words (too many to read all their turns at once).'}
      </p>
      {facetNames.map((facet) => {
        const chosen = query.facets[facet] ?? [];
        const counts = facets[facet];
        const values = orderValues(facet, counts, [
          ...new Set([
            ...chosen,
            ...Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0),
          ]),
        ]);
        if (values.length === 0) return null;
        return (
          <section key={facet} className="search-facet" aria-labelledby={`facet-${facet}`}>
            <h2 id={`facet-${facet}`}>{facetTitles[facet]}</h2>
            <ul>
              {values.map((value) => {
                const isChosen = chosen.includes(value);
                const name = labels[facet][value] ?? value;
                const count = counts[value] ?? 0;
                return (
                  <li key={value}>
                    <Link
                      to={links.search(toggleFacet(query, facet, value))}
                      className={isChosen ? 'search-facet-value is-chosen' : 'search-facet-value'}
                      aria-label={`${name}, ${pluralize(count, unit === 'turns' ? 'turn' : 'briefing')}${isChosen ? ', chosen: remove' : ''}`}
                    >
                      <span>{isChosen ? `✓ ${name}` : name}</span>
                      <span className="search-facet-count">{count}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
