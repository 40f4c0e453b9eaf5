import { isRouteErrorResponse, useRouteError } from 'react-router';
import { PageMessage } from './page-message';

/** The route error boundary: whatever went wrong, say so plainly and offer the way home. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <PageMessage title="Page not found">
        <p>Podium has no page at this address.</p>
      </PageMessage>
    );
  }
  const detail =
    error instanceof Error
      ? error.message
      : isRouteErrorResponse(error)
        ? `${error.status} ${error.statusText}`
        : undefined;
  return (
    <PageMessage title="Something went wrong">
      <p>This page could not be shown. Reloading may help; the full briefing is one click away.</p>
      {detail === undefined ? null : (
        <details>
          <summary>Details</summary>
          <p>{detail}</p>
        </details>
      )}
    </PageMessage>
  );
}
