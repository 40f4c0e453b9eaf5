import { matchPath, useLocation, useNavigation, type Location } from 'react-router';
import { pluralize } from '../domain/words/pluralize';
import { MessagePage, SitePage } from './site-page';
import { routePatterns } from './paths';

/** What a page says while its data is on its way. */
export interface PendingText {
  /** The page's name, as the page itself will be titled. */
  readonly title: string;
  /** The page's heading, when the page says what it is before its data comes. */
  readonly heading?: string;
  readonly message: string;
}

const under = (pattern: string, pathname: string) =>
  matchPath({ path: `/${pattern}`, end: false }, pathname);

/** Says what is being loaded for an address, in the words its page will use. */
export function describePendingPage(location: Pick<Location, 'pathname'>): PendingText {
  const { pathname } = location;
  const sample = under(routePatterns.sample, pathname);
  if (sample !== null) {
    // Only the count matters here; the sample's loader says what is wrong with a bad address.
    const turns = Number((sample.params.turns ?? '').replaceAll(/[,_]/gu, ''));
    const message =
      Number.isSafeInteger(turns) && turns > 0
        ? `Generating ${pluralize(turns, 'turn')}…`
        : 'Loading…';
    return { title: message, heading: 'A sample briefing', message };
  }
  if (under(routePatterns.document, pathname) !== null) {
    const message = 'Opening the document saved in this browser…';
    return { title: 'A saved document', heading: 'A saved document', message };
  }
  if (under(routePatterns.library, pathname) !== null) {
    return { title: 'Library', heading: 'Library', message: 'Opening the library…' };
  }
  if (under(routePatterns.import, pathname) !== null) {
    const message = 'Getting the import page ready…';
    return { title: 'Import a document', heading: 'Bring your own transcript', message };
  }
  if (under(routePatterns.search, pathname) !== null) {
    return { title: 'Search', heading: 'Search the archive', message: 'Searching…' };
  }
  return { title: 'Loading', message: 'Loading the briefing…' };
}

/** The page shown while the first page's data loads: the shell, and what is on its way. */
export function PendingPage() {
  const { title, heading, message } = describePendingPage(useLocation());
  const status = (
    <>
      <p role="status">{message}</p>
      <progress aria-label={message} />
    </>
  );
  return heading === undefined ? (
    <SitePage title={title}>
      <main className="page-message">{status}</main>
    </SitePage>
  ) : (
    <MessagePage title={title} heading={heading}>
      {status}
    </MessagePage>
  );
}

/**
 * Says what is on its way while the router loads the next page's data: the page the reader is
 * leaving stays in view until the next one is ready.
 */
export function NavigationStatus() {
  const navigation = useNavigation();
  const pending =
    navigation.state === 'loading' ? describePendingPage(navigation.location).message : undefined;
  return (
    <div className={`navigation-status${pending === undefined ? ' is-idle' : ''}`}>
      <p role="status">{pending}</p>
      {pending === undefined ? null : <progress aria-label={pending} />}
    </div>
  );
}
