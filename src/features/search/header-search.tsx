import { Form } from 'react-router';
import './header-search.css';

interface HeaderSearchProps {
  /** The search page's address, where the box sends its words. */
  readonly action: string;
}

/**
 * The search box of every page's header. It is a plain form: nothing of the search engine loads
 * until a reader sends words to the search page, and it works without JavaScript too.
 */
export function HeaderSearch({ action }: HeaderSearchProps) {
  return (
    <Form
      method="get"
      action={action}
      role="search"
      aria-label="Site search"
      className="header-search"
    >
      <label htmlFor="header-search-q" className="visually-hidden">
        Search the archive
      </label>
      <input id="header-search-q" type="search" name="q" placeholder="Search briefings" />
      <button type="submit">Search</button>
    </Form>
  );
}
