import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedTranscript } from '../../src/domain/document/seed-documents';
import { initialLayout, useLayoutStore } from '../../src/state/layout';
import { renderAt } from './render-route';

const [first, second] = seedTranscript.exchanges;

beforeEach(() => {
  localStorage.clear();
  useLayoutStore.setState(initialLayout);
});

describe('keyboard shortcuts', () => {
  it('walks the exchanges with j and k, moving the URL and the focus', async () => {
    if (!first || !second) throw new Error('The seed briefing has fewer than two exchanges');
    const user = userEvent.setup();
    const router = renderAt('/');
    await screen.findByRole('heading', { level: 1 });

    await user.keyboard('j');
    expect(router.state.location.pathname).toBe(`/exchange/${first.id}`);
    await waitFor(() => {
      expect(screen.getByRole('region', { name: first.title })).toHaveFocus();
    });

    await user.keyboard('j');
    expect(router.state.location.pathname).toBe(`/exchange/${second.id}`);
    await waitFor(() => {
      expect(screen.getByRole('region', { name: second.title })).toHaveFocus();
    });

    await user.keyboard('k');
    expect(router.state.location.pathname).toBe(`/exchange/${first.id}`);
    await user.keyboard('k');
    expect(router.state.location.pathname).toBe(`/exchange/${first.id}`);
    expect(await screen.findByText('This is the first exchange')).toBeInTheDocument();
  });

  it('focuses the search with / and leaves keys typed there alone', async () => {
    const user = userEvent.setup();
    const router = renderAt('/');
    await screen.findByRole('heading', { level: 1 });
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search both documents' });
    expect(search).toHaveFocus();
    await user.keyboard('jk');
    expect(search).toHaveValue('jk');
    expect(router.state.location.pathname).toBe('/');
    await user.keyboard('{Escape}'); // clears the field
    await user.keyboard('{Escape}'); // leaves it
    expect(search).not.toHaveFocus();
  });

  it('opens the help with ?, closes it with Escape and returns focus', async () => {
    const user = userEvent.setup();
    renderAt('/');
    const help = await screen.findByRole('button', { name: /^Help/ });
    await user.click(help);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toBeVisible();
    expect(screen.getByText('Next exchange')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(help).toHaveFocus();

    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
