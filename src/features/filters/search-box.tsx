import { useState } from 'react';
import { parseQuery } from '../../domain/search/query';
import { pluralize } from './mark-targets';
import { MarkStepper } from './mark-stepper';
import type { MarkNavigation } from './use-mark-navigation';

interface SearchBoxProps {
  /** The query in the URL. */
  readonly query: string;
  readonly onQueryChange: (query: string) => void;
  readonly briefingCount: number;
  readonly storyCount: number;
  readonly hits: MarkNavigation;
}

/** Describes the result of a query in words, or why it was not searched. */
export function describeSearch(query: string, briefingCount: number, storyCount: number): string {
  const trimmed = query.trim();
  const reading = parseQuery(trimmed);
  if (!reading.ok) return reading.problem.kind === 'empty' ? '' : reading.problem.message;
  if (briefingCount + storyCount === 0) return `No matches for “${trimmed}”.`;
  const total = pluralize(briefingCount + storyCount, 'match', 'matches');
  return `${total}: ${briefingCount} in briefing, ${storyCount} in story`;
}

/** The search field: what the reader types goes to the URL at once; the count follows the URL. */
export function SearchBox({
  query,
  onQueryChange,
  briefingCount,
  storyCount,
  hits,
}: SearchBoxProps) {
  // While the field has focus it shows what was typed, so that a URL update still on its way never
  // takes characters back; otherwise it shows the URL's query (after Back, Forward or a link).
  const [draft, setDraft] = useState<string>();
  const value = draft ?? query;
  const change = (next: string) => {
    setDraft(next);
    onQueryChange(next);
  };
  const summary = describeSearch(query, briefingCount, storyCount);
  return (
    <div className="filter-group search-box" role="search">
      <label htmlFor="search">Search both documents</label>
      <input
        id="search"
        type="search"
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="search-summary"
        onFocus={() => {
          setDraft(query);
        }}
        onBlur={() => {
          setDraft(undefined);
        }}
        onChange={(event) => {
          change(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.preventDefault();
            change('');
          } else if (event.key === 'Enter' && hits.count > 0) {
            event.preventDefault();
            if (event.shiftKey) hits.previous();
            else hits.next();
          }
        }}
      />
      <p id="search-summary" className="search-summary" role="status">
        {summary}
      </p>
      <MarkStepper navigation={hits} noun="match" groupLabel="search matches" />
    </div>
  );
}
