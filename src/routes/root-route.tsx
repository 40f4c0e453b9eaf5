import { Outlet } from 'react-router';
import { StatusRegion } from '../features/layout/status-region';
import { useApplyPreferences } from '../features/layout/use-apply-preferences';
import { NavigationStatus } from './pending';

/** What every page shares: the reader's display preferences, the status regions. */
export function RootRoute() {
  useApplyPreferences();
  return (
    <>
      <NavigationStatus />
      <Outlet />
      <StatusRegion />
    </>
  );
}
