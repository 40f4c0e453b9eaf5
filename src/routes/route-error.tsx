import { isRouteErrorResponse, useRouteError } from 'react-router';
import { MessagePage } from './site-page';

/** The route error boundary: whatever went wrong, say so plainly and offer the way home. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <MessagePage title="Page not found">
        <p>Podium has no page at this address.</p>
      </MessagePage>
    );
  }
  const detail =
    error instanceof Error
      ? error.message
      : isRouteErrorResponse(error)
        ? `${error.status} ${error.statusText}`
        : undefined;
  return (
    <MessagePage title="Something went wrong">
      <p>This page could not be shown. Reloading may help; the full briefing is one click away.</p>
      {detail === undefined ? null : (
        <details>
          <summary>Details</summary>
          <p>{detail}</p>
        </details>
      )}
    </MessagePage>
  );
}

/** The message a loader put in a route error, when it gave one. */
export function readErrorMessage(error: unknown): string | undefined {
  if (isRouteErrorResponse(error)) {
    const data: unknown = error.data;
    return typeof data === 'string' ? data : undefined;
  }
  return error instanceof Error ? error.message : undefined;
}
