import { Outlet } from 'react-router';
import { useApplyPreferences } from '../features/layout/use-apply-preferences';
import { StatusRegion } from '../features/layout/status-region';

/** What every page shares: the reader's display preferences and the status region. */
export function RootRoute() {
  useApplyPreferences();
  return (
    <>
      <Outlet />
      <StatusRegion />
    </>
  );
}

/** Shown while the first route's data loads (a moment, with the documents built in). */
export function LoadingRoute() {
  return (
    <main className="page-message">
      <p role="status">Loading the briefing…</p>
    </main>
  );
}
