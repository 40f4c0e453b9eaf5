import { Link, useLocation } from 'react-router';
import { PageMessage } from '../components/page-message';
import { siteName } from '../domain/site/document-title';
import { paths } from './paths';
import { MessagePage, SitePage } from './site-page';

const title = 'Page not found';

/** Any path the app does not know. */
export function NotFoundRoute() {
  const { pathname } = useLocation();
  // The static 404.html is rendered here at build time. A host answers every address it has no file
  // for with it, and most of those the app opens itself (a sample, a saved document): its words are
  // for a browser without JavaScript only, so that the others never see "Page not found" flash by
  // before the app shows the real page. Read without JavaScript, the page cannot know the address
  // the reader asked for, so it does not pretend to.
  if (typeof document === 'undefined') {
    return (
      // A neutral title, which stands until the app names the real page.
      <SitePage>
        <title>{siteName}</title>
        <noscript>
          <PageMessage
            title={title}
            actions={
              <Link className="button" to={paths.home()}>
                Read the full briefing
              </Link>
            }
          >
            <p>Podium has no page at this address.</p>
          </PageMessage>
        </noscript>
      </SitePage>
    );
  }
  return (
    <MessagePage title={title}>
      <p>
        Podium has no page at <code>{pathname}</code>. The link may be mistyped or from an older
        version.
      </p>
    </MessagePage>
  );
}
