import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedTranscript } from '../../src/domain/document/seed-documents';
import { createLibraryStore } from '../../src/storage/open';
import { initialLayout, useLayoutStore } from '../../src/state/layout';
import { renderAt } from './render-route';

// The title the generator gives a sample of 40 turns with seed 3, marked as generated.
const sampleTitle =
  'Generated sample: Secretary of Defense Dr. Ingrid B. Osei and Minister of Defense Nikolai Varga of Indonesia Press Availability';

beforeEach(async () => {
  localStorage.clear();
  useLayoutStore.setState(initialLayout);
  await clear(createLibraryStore());
});

describe('a page whose data is on its way', () => {
  it('keeps the page in view while the next one loads, and says what is coming', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await screen.findByRole('heading', { level: 1, name: seedTranscript.title });
    const nav = screen.getByRole('navigation', { name: 'Site' });
    await user.click(within(nav).getByRole('link', { name: 'Library' }));
    // The library's code and its saved documents are on their way: the briefing stays meanwhile.
    expect(await screen.findByText('Opening the library…')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: seedTranscript.title })).toBeVisible();
    expect(await screen.findByText(/Nothing is saved yet/)).toBeVisible();
    expect(screen.queryByText('Opening the library…')).not.toBeInTheDocument();
  });

  it('says what is coming when the app starts on it, then shows it', async () => {
    renderAt('/sample/40?seed=3');
    expect(screen.getByRole('heading', { level: 1, name: 'A sample briefing' })).toBeVisible();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Generating 40 turns…');
    expect(document.title).toBe('Generating 40 turns… — Podium');
    expect(await screen.findByRole('heading', { level: 1, name: sampleTitle })).toBeVisible();
    expect(screen.queryByText('Generating 40 turns…')).not.toBeInTheDocument();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Generated sample: made-up speakers and words')).toBeVisible();
    expect(within(banner).getByText('Podium’s transcript generator (made-up text)')).toBeVisible();
    expect(document.title).toMatch(/^Generated sample: /);
    // Not paired with the shipped story, which is real: no story pane and no switch to one.
    expect(screen.queryByRole('complementary', { name: 'News story' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show story' })).toBeNull();
  });

  it('opens the library with a message while it reads the saved documents', async () => {
    renderAt('/library');
    expect(screen.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    expect(screen.getByText('Opening the library…')).toBeVisible();
    expect(await screen.findByText(/Nothing is saved yet/)).toBeVisible();
    expect(screen.queryByText('Opening the library…')).not.toBeInTheDocument();
  });
});

describe('a page whose data cannot be had', () => {
  it('says a saved document is not in this browser, with ways on', async () => {
    const user = userEvent.setup();
    const router = renderAt('/d/notsaved99/exchange/x2');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Document not available' }),
    ).toBeVisible();
    expect(screen.getByText(/not saved in this browser/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Read the full briefing' })).toHaveAttribute(
      'href',
      '/',
    );
    await user.click(screen.getByRole('link', { name: 'Open the library' }));
    expect(await screen.findByText(/Nothing is saved yet/)).toBeVisible();
    expect(router.state.location.pathname).toBe('/library');
  });

  it('says what is wrong with a sample’s seed', async () => {
    renderAt('/sample/40?seed=abc');
    expect(await screen.findByRole('heading', { level: 1, name: 'No such sample' })).toBeVisible();
    expect(screen.getByText('The seed must be a whole number, not “abc”.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Try a 10,000-turn transcript' })).toHaveAttribute(
      'href',
      '/sample/10000',
    );
  });
});

describe('the site’s navigation', () => {
  it('is the same on every page and leads back to the briefing', async () => {
    const user = userEvent.setup();
    const router = renderAt('/library');
    await screen.findByText(/Nothing is saved yet/);
    const nav = screen.getByRole('navigation', { name: 'Site' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Briefing', 'Briefings', 'Speakers', 'Topics', 'Import', 'Library']);
    expect(within(nav).getByRole('link', { name: 'Library' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(within(nav).getByRole('link', { name: 'Briefing' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: seedTranscript.title }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    const viewerNav = screen.getByRole('navigation', { name: 'Site' });
    expect(
      within(viewerNav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Briefing', 'Briefings', 'Speakers', 'Topics', 'Import', 'Library']);
  });
});
