import { useId, type ChangeEventHandler, type Ref } from 'react';
import { parseQuery } from '../../domain/search/query';
import { pluralize } from '../../domain/words/pluralize';
import { MarkStepper } from './mark-stepper';
import type { MarkNavigation } from './use-mark-navigation';

interface SearchBoxProps {
  readonly ref?: Ref<HTMLInputElement> | undefined;
  /** The field's name in its form. */
  readonly name: string;
  /** The query in the address. */
  readonly query: string;
  /** The query the counts are for: the address's, once its search has run. */
  readonly searched: string;
  readonly briefingCount: number;
  readonly storyCount: number;
  readonly hits: MarkNavigation;
  readonly onChange: ChangeEventHandler<HTMLInputElement>;
  readonly onClear: () => void;
  /** The reader has finished a search: Enter, or the focus left the box. */
  readonly onDone: () => void;
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

/**
 * The search field. It shows the address's query, and each keystroke goes to the address at once
 * (the address changes in the same task, so the field never lags); the counts follow the search.
 */
export function SearchBox(props: SearchBoxProps) {
  const { ref, name, query, searched, briefingCount, storyCount, hits, onChange, onClear, onDone } =
    props;
  const fieldId = useId();
  const summaryId = useId();
  return (
    <div className="filter-group search-box" role="search">
      <label htmlFor={fieldId}>Search both documents</label>
      <input
        ref={ref}
        id={fieldId}
        name={name}
        type="search"
        value={query}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={summaryId}
        onChange={onChange}
        onBlur={onDone}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query !== '') {
            event.preventDefault();
            onClear();
          } else if (event.key === 'Enter') {
            onDone();
            if (hits.count === 0) return;
            event.preventDefault();
            if (event.shiftKey) hits.previous();
            else hits.next();
          }
        }}
      />
      <p id={summaryId} className="search-summary" role="status">
        {describeSearch(searched, briefingCount, storyCount)}
      </p>
      <MarkStepper navigation={hits} noun="match" groupLabel="search matches" />
    </div>
  );
}
