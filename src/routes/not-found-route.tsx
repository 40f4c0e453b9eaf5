import { useLocation } from 'react-router';
import { PageMessage } from './page-message';

/** Any path the app does not know. */
export function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <PageMessage title="Page not found">
      <p>
        Podium has no page at <code>{pathname}</code>. The link may be mistyped or from an older
        version.
      </p>
    </PageMessage>
  );
}
