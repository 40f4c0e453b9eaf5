import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedTranscript } from '../../src/domain/document/seed-documents';
import type { Speaker } from '../../src/domain/types';
import { initialLayout, useLayoutStore } from '../../src/state/layout';
import { initialPreferences, usePreferencesStore } from '../../src/state/preferences';
import { renderAt } from './render-route';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function firstSpeaker(kind: Speaker['kind']): Speaker {
  const speaker = seedTranscript.speakers.find((candidate) => candidate.kind === kind);
  if (!speaker) throw new Error(`The seed briefing has no ${kind}`);
  return speaker;
}

/** Exchanges that speaker takes part in, in the seed briefing. */
const exchangesWith = (speaker: Speaker) =>
  seedTranscript.exchanges.filter((exchange) =>
    exchange.turnIds.some(
      (turnId) => seedTranscript.turns.find((turn) => turn.id === turnId)?.speakerId === speaker.id,
    ),
  );

beforeEach(() => {
  localStorage.clear();
  useLayoutStore.setState(initialLayout);
  usePreferencesStore.setState(initialPreferences);
});

describe('the viewer', () => {
  it('puts a chosen speaker in the URL and shows only the exchanges they speak in', async () => {
    const user = userEvent.setup();
    const reporter = firstSpeaker('reporter');
    const router = renderAt('/');
    const checkbox = await screen.findByRole('checkbox', {
      name: new RegExp(`^${escapeRegExp(reporter.name)}`),
    });
    await user.click(checkbox);

    // The box shows the click at once; the URL, and the briefing drawn from it, follow.
    expect(checkbox).toBeChecked();
    await waitFor(() => {
      expect(router.state.location.search).toBe(`?speaker=${encodeURIComponent(reporter.id)}`);
    });
    const expected = exchangesWith(reporter);
    expect(
      await screen.findByText(
        `Showing ${expected.length} of ${seedTranscript.exchanges.length} exchanges`,
        { exact: false },
      ),
    ).toBeVisible();
    const shown = within(screen.getByRole('main'))
      .getAllByRole('region')
      .map((region) => region.id);
    expect(shown).toEqual(expected.map((exchange) => exchange.id));
  });

  it('goes back to the unfiltered view on Back after a filter, and clears all with one button', async () => {
    const user = userEvent.setup();
    const official = firstSpeaker('official');
    const router = renderAt('/');
    await user.click(
      await screen.findByRole('checkbox', { name: new RegExp(`^${escapeRegExp(official.name)}`) }),
    );
    await waitFor(() => {
      expect(router.state.location.search).not.toBe('');
    });
    await user.click(await screen.findByRole('button', { name: 'Clear filters' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('');
    });
    await waitFor(() => {
      expect(screen.queryByText(/Showing \d+ of/)).not.toBeInTheDocument();
    });
    await router.navigate(-1);
    await waitFor(() => {
      expect(
        screen.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(official.name)}`) }),
      ).toBeChecked();
    });
  });

  it('shows one search alike in the count, the briefing, its marks, the rail and the story', async () => {
    renderAt('/?q=Herat');
    // "Herat" is said once, in the briefing.
    expect(await screen.findByText('1 match: 1 in briefing, 0 in story')).toBeVisible();
    expect(screen.getByText(/^Showing 1 of 6 exchanges · 1 matching turn$/)).toBeVisible();
    const briefing = screen.getByRole('main');
    expect(
      within(briefing)
        .getAllByRole('mark')
        .map((mark) => mark.textContent),
    ).toEqual(['Herat']);
    const rail = screen.getByRole('navigation', { name: /^Overview of / });
    expect(
      within(rail)
        .getAllByRole('link')
        .filter((link) => (link.getAttribute('aria-label') ?? '').endsWith(': 1 search match')),
    ).toHaveLength(1);
    const story = screen.getByRole('complementary', { name: 'News story' });
    expect(within(story).queryAllByRole('mark')).toEqual([]);
  });

  it('says so when nothing matches and offers to clear the filters', async () => {
    const user = userEvent.setup();
    const router = renderAt('/?q=zzqqxxnothing');
    expect(
      await screen.findByText('No exchange in this briefing matches these filters.'),
    ).toBeVisible();
    expect(within(screen.getByRole('main')).queryAllByRole('region')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('');
    });
    await waitFor(() => {
      expect(within(screen.getByRole('main')).getAllByRole('region')).toHaveLength(
        seedTranscript.exchanges.length,
      );
    });
  });

  it('shows a linked exchange even when the filters would hide it', async () => {
    const reporter = firstSpeaker('reporter');
    const hidden = seedTranscript.exchanges.find(
      (exchange) => !exchangesWith(reporter).includes(exchange),
    );
    if (!hidden) throw new Error('Every exchange has that reporter');
    renderAt(`/exchange/${hidden.id}?speaker=${reporter.id}`);
    const section = await screen.findByRole('region', { name: hidden.title });
    expect(section).toHaveAttribute('aria-current', 'location');
    expect(within(section).getByText(/does not match the current filters/)).toBeVisible();
  });

  it('folds context turns in a filtered exchange and shows them on request', async () => {
    const user = userEvent.setup();
    const reporter = firstSpeaker('reporter');
    renderAt(`/?speaker=${reporter.id}`);
    const [firstToggle] = await screen.findAllByRole('button', { name: /^Show full turn/ });
    if (!firstToggle) throw new Error('No folded turn');
    expect(firstToggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(firstToggle);
    expect(firstToggle).toHaveAttribute('aria-expanded', 'true');
    expect(firstToggle).toHaveAccessibleName(/^Fold turn/);
  });

  it('marks interpreted speech in words', async () => {
    renderAt('/');
    await screen.findByRole('heading', { level: 1 });
    const interpretedTurns = seedTranscript.turns.filter((turn) => turn.interpreted).length;
    expect(interpretedTurns).toBeGreaterThan(0);
    expect(screen.getAllByText('Interpreted').length).toBeGreaterThanOrEqual(interpretedTurns);
  });

  it('closes and reopens the story pane, and remembers it', async () => {
    const user = userEvent.setup();
    renderAt('/');
    const story = await screen.findByRole('complementary', { name: 'News story' });
    await user.click(within(story).getByRole('button', { name: 'Close story' }));
    expect(screen.queryByRole('complementary', { name: 'News story' })).not.toBeInTheDocument();
    expect(localStorage.getItem('podium.layout')).toContain('"storyOpen":false');
    await user.click(screen.getByRole('button', { name: 'Show story' }));
    expect(screen.getByRole('complementary', { name: 'News story' })).toBeVisible();
  });

  it('resizes the story pane from the keyboard', async () => {
    const user = userEvent.setup();
    renderAt('/');
    const separator = await screen.findByRole('separator', { name: 'Story width' });
    const before = Number(separator.getAttribute('aria-valuenow'));
    separator.focus();
    await user.keyboard('{ArrowLeft}');
    expect(Number(separator.getAttribute('aria-valuenow'))).toBeGreaterThan(before);
    await user.keyboard('{End}');
    expect(separator).toHaveAttribute('aria-valuenow', separator.getAttribute('aria-valuemin'));
  });

  it('applies the chosen theme and text size to the page and keeps them', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Theme' }), 'dark');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Text size' }), 'large');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(document.documentElement).toHaveAttribute('data-text-size', 'large');
    expect(localStorage.getItem('podium.preferences')).toContain('"theme":"dark"');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'system');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });
});
