import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialLayout, useLayoutStore } from '../../src/state/layout';
import { initialPreferences, usePreferencesStore } from '../../src/state/preferences';
import { renderAt } from './render-route';

// jsdom lays nothing out: the window's scroll position is played by a number the test sets, and the
// phone's width by a media query that always matches.
let scrollY = 0;
const scrollTo = vi.fn((_x: number, y: number) => {
  scrollY = y;
});

beforeEach(() => {
  localStorage.clear();
  useLayoutStore.setState(initialLayout);
  usePreferencesStore.setState(initialPreferences);
  scrollY = 0;
  scrollTo.mockClear();
  vi.stubGlobal('scrollTo', scrollTo);
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => scrollY });
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({ matches: query.includes('max-width'), media: query })),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('switching documents on a phone', () => {
  it('opens the story at its top, then gives each document back its own place', async () => {
    const user = userEvent.setup();
    renderAt('/');
    const switcher = await screen.findByRole('group', { name: 'Document to read' });
    scrollY = 1500;
    await user.click(within(switcher).getByRole('button', { name: 'Story' }));
    // The reading area starts at the top of the page here, so the story's top is 0.
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);
    scrollY = 320;
    await user.click(within(switcher).getByRole('button', { name: 'Briefing' }));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 1500);
    await user.click(within(switcher).getByRole('button', { name: 'Story' }));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 320);
  });
});
