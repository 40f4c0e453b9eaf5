import { useLocation } from 'react-router';
import { MessagePage } from './site-page';

// The static 404.html is rendered at this path; read without JavaScript it cannot know the address
// the reader asked for, so it does not pretend to.
const prerenderedNotFoundPath = '/404';

/** Any path the app does not know. */
export function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <MessagePage title="Page not found">
      <p>
        {pathname === prerenderedNotFoundPath ? (
          'Podium has no page at this address.'
        ) : (
          <>
            Podium has no page at <code>{pathname}</code>.
          </>
        )}{' '}
        The link may be mistyped or from an older version.
      </p>
    </MessagePage>
  );
}
