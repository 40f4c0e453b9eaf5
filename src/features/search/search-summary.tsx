import { pluralize } from '../../domain/words/pluralize';
import type { SearchPageData } from './search-data';

type Searched = Extract<SearchPageData, { kind: 'searched' }>;

interface SearchSummaryProps {
  readonly data: Searched;
  /** Results on the page now. */
  readonly shown: number;
  /** Every result is on the page. */
  readonly done: boolean;
}

/** How many turns were found, and where, said once for screen readers as it changes. */
export function SearchSummary({ data, shown, done }: SearchSummaryProps) {
  const saved = data.results.filter((result) => result.local).length;
  const archive = data.archive.status === 'ok' ? data.archive.value : undefined;
  const q = data.address.q.trim();
  let text: string;
  if (shown === 0) {
    text = `Nothing found for “${q}”. Try fewer words, another form of a word, or fewer facets.`;
  } else if (done) {
    text = `${pluralize(shown, 'turn')} found for “${q}”.`;
  } else {
    text =
      `The first ${pluralize(shown, 'turn')} found for “${q}”, ` +
      `from ${pluralize(archive?.candidates ?? 0, 'briefing')} that hold these words.`;
  }
  const where = saved > 0 ? ` ${String(saved)} of them in briefings saved in this browser.` : '';
  return (
    <p className="search-summary" role="status">
      {text}
      {where}
    </p>
  );
}
