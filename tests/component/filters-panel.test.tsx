import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialLayout, useLayoutStore } from '../../src/state/layout';
import { renderAt } from './render-route';

beforeAll(() => {
  // jsdom lays nothing out, so it has no scrolling to do.
  Element.prototype.scrollIntoView = vi.fn();
});

beforeEach(() => {
  localStorage.clear();
  useLayoutStore.setState(initialLayout);
});

const filters = () => screen.getByRole('complementary', { name: 'Filters' });
const briefing = () => screen.getByRole('main');
const story = () => screen.getByRole('complementary', { name: 'News story' });

async function openAt(url: string) {
  const router = renderAt(url);
  await screen.findByRole('heading', { level: 1 });
  return { router, user: userEvent.setup() };
}

describe('the filter panel', () => {
  it('lists speakers by group with role or outlet and turn count', async () => {
    await openAt('/');
    const reporters = within(filters()).getByRole('group', { name: 'Reporters' });
    expect(
      within(reporters).getByRole('checkbox', { name: 'Luis Martinez, ABC News (1 turn)' }),
    ).not.toBeChecked();
    const officials = within(filters()).getByRole('group', { name: 'Officials' });
    expect(
      within(officials).getByRole('checkbox', {
        name: /^Mark T\. Esper, Secretary of Defense, United States \(\d+ turns\)$/,
      }),
    ).toBeInTheDocument();
  });

  it('adds a speaker to the chosen ones, as a new history entry', async () => {
    const { router, user } = await openAt('/?speaker=s-esper');
    await user.click(screen.getByRole('checkbox', { name: /Luis Martinez/ }));
    expect(router.state.location.search).toBe('?speaker=s-esper&speaker=r-luis-martinez');
    expect(router.state.historyAction).toBe('PUSH');
  });

  it('shows a choice and puts it in the address in the same moment', async () => {
    const { router, user } = await openAt('/');
    const libya = screen.getByRole('checkbox', { name: 'Libya' });
    await user.click(libya);
    expect(libya).toBeChecked();
    expect(router.state.location.search).toBe('?topic=libya');
    expect(screen.getByRole('button', { name: 'Clear all filters' })).toBeVisible();
  });

  it('says that topic counts are mentions, and lists no topic neither document mentions', async () => {
    await openAt('/');
    // Libya: 13 mentions in the briefing, 4 in the story.
    expect(screen.getByRole('checkbox', { name: 'Libya' })).toHaveAccessibleDescription(
      '13 mentions in briefing · 4 in story · in both',
    );
    expect(within(filters()).getByRole('group', { name: 'Topics' })).toHaveAccessibleDescription(
      /^Counts are mentions: every word for a topic counts, other names included/,
    );
    // "Berlin conference" is one of Libya's words.
    expect(
      screen.getByTitle(
        'Mentions of: Libya, Libyan, Libyans, Haftar, Tripoli, Benghazi, Berlin conference',
      ),
    ).toHaveTextContent('Libya');
    expect(screen.getByRole('checkbox', { name: 'Landmines' })).toHaveAccessibleDescription(
      /briefing only/,
    );
  });

  it('makes a search one step in the history, however many keys were typed', async () => {
    const { router, user } = await openAt('/');
    await user.click(screen.getByRole('checkbox', { name: 'Libya' }));
    const search = screen.getByRole('searchbox', { name: 'Search both documents' });
    await user.type(search, 'Herat');
    expect(search).toHaveValue('Herat');
    expect(router.state.location.search).toBe('?topic=libya&q=Herat');
    // Enter finishes the search; the next words typed are a search of their own.
    await user.keyboard('{Enter}');
    await user.clear(search);
    await user.type(search, 'Tripoli');
    expect(router.state.location.search).toBe('?topic=libya&q=Tripoli');
    await router.navigate(-1);
    expect(router.state.location.search).toBe('?topic=libya&q=Herat');
    await waitFor(() => {
      expect(search).toHaveValue('Herat');
    });
    await router.navigate(-1);
    expect(router.state.location.search).toBe('?topic=libya');
    await waitFor(() => {
      expect(search).toHaveValue('');
    });
    expect(screen.getByRole('checkbox', { name: 'Libya' })).toBeChecked();
    await router.navigate(-1);
    expect(router.state.location.search).toBe('');
    await waitFor(() => {
      expect(screen.getByRole('checkbox', { name: 'Libya' })).not.toBeChecked();
    });
  });

  it('ends a search step when the box loses the focus', async () => {
    const { router, user } = await openAt('/');
    const search = screen.getByRole('searchbox', { name: 'Search both documents' });
    await user.type(search, 'Herat');
    await user.tab();
    await user.click(search);
    await user.type(search, ' Kabul');
    expect(router.state.location.search).toBe('?q=Herat+Kabul');
    await router.navigate(-1);
    expect(router.state.location.search).toBe('?q=Herat');
  });

  it('counts matches in both documents', async () => {
    await openAt('/?q=coastguard');
    // "Coastguard" is not in the briefing; the story says it four times.
    const summary = await within(filters()).findByText('4 matches: 0 in briefing, 4 in story');
    expect(summary).toHaveRole('status');
  });

  it('asks for two characters before searching', async () => {
    await openAt('/?q=l');
    expect(screen.getByText('Type at least 2 characters to search.')).toBeVisible();
  });

  it('clears every filter at once', async () => {
    const { router, user } = await openAt('/?topic=libya&q=NATO');
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(router.state.location.search).toBe('');
    expect(router.state.historyAction).toBe('PUSH');
  });

  it('has no clear button when nothing is chosen', async () => {
    await openAt('/');
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).toBeNull();
  });
});

describe('stepping through marks', () => {
  it('steps through a topic’s mentions, briefing first, moving focus to each', async () => {
    const { user } = await openAt('/');
    await user.click(screen.getByRole('checkbox', { name: 'Libya' }));
    // 13 mentions in the briefing and 4 in the story.
    expect(await screen.findByText('17 mentions of the chosen topic')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Next mention' }));
    expect(within(briefing()).getAllByRole('mark')[0]).toHaveFocus();
    expect(document.activeElement).toHaveTextContent(/^Topic Libya: /);
    expect(screen.getByText('Mention 1 of 17')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Previous mention' }));
    expect(screen.getByText('Mention 17 of 17')).toBeVisible();
    expect(within(story()).getAllByRole('mark').at(-1)).toHaveFocus();
  });

  it('steps through search matches and skips those the filters hide', async () => {
    const { user } = await openAt('/');
    await user.type(screen.getByRole('searchbox', { name: 'Search both documents' }), 'Italy');
    await user.click(await screen.findByRole('button', { name: 'Next match' }));
    expect(document.activeElement).toHaveTextContent(/^Italy$/);
    // "Italy" is in the briefing 20 times and in the story 7 times.
    expect(screen.getByText('Match 1 of 27')).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: /Luis Martinez/ }));
    for (let step = 0; step < 3; step += 1) {
      await user.click(screen.getByRole('button', { name: 'Next match' }));
      const focused = document.activeElement as HTMLElement;
      expect(focused).toHaveTextContent(/^Italy$/i);
      // Every match the page moves to is drawn: in the narrowed briefing, or in the story.
      expect(briefing().contains(focused) || story().contains(focused)).toBe(true);
    }
  });

  it('keeps what is typed in the search box and clears it with Escape', async () => {
    const { user } = await openAt('/');
    const search = screen.getByRole('searchbox', { name: 'Search both documents' });
    await user.type(search, 'Herat');
    expect(search).toHaveValue('Herat');
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
  });
});
