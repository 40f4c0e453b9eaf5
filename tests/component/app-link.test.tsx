import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppLink, AppLinkBase } from '../../src/components/app-link';

function renderLinks(basename?: string) {
  const element = (
    <AppLinkBase>
      <AppLink to="/exchange/x3?topic=libya#t7">Turn 7</AppLink>
    </AppLinkBase>
  );
  // A browser router, as in the app: the address bar is where the reader is.
  window.history.replaceState(null, '', basename === undefined ? '/' : `${basename}/`);
  const router = createBrowserRouter(
    [{ path: '*', element }],
    basename === undefined ? {} : { basename },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('AppLink', () => {
  it('points at the path under the base path and follows it without loading the page', async () => {
    const user = userEvent.setup();
    const router = renderLinks('/podium');
    const link = screen.getByRole('link', { name: 'Turn 7' });
    expect(link).toHaveAttribute('href', '/podium/exchange/x3?topic=libya#t7');
    await user.click(link);
    expect(router.state.location).toMatchObject({
      pathname: '/podium/exchange/x3',
      search: '?topic=libya',
      hash: '#t7',
    });
    expect(router.state.historyAction).toBe('PUSH');
  });

  it('adds no history entry when followed to where the reader already is', async () => {
    const user = userEvent.setup();
    const router = renderLinks('/podium');
    const link = screen.getByRole('link', { name: 'Turn 7' });
    await user.click(link);
    expect(router.state.historyAction).toBe('PUSH');
    await user.click(link);
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('links from the root without a base path, and leaves a modified click to the browser', async () => {
    const user = userEvent.setup();
    const router = renderLinks();
    expect(screen.getByRole('link', { name: 'Turn 7' })).toHaveAttribute(
      'href',
      '/exchange/x3?topic=libya#t7',
    );
    await user.keyboard('{Control>}');
    await user.click(screen.getByRole('link', { name: 'Turn 7' }));
    await user.keyboard('{/Control}');
    expect(router.state.location.pathname).toBe('/');
  });
});
