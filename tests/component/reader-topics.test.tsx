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

const briefing = () => screen.getByRole('main');
const story = () => screen.getByRole('complementary', { name: 'News story' });
const marksIn = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('mark')
    .map((mark) => mark.textContent);

async function openAt(url: string) {
  const router = renderAt(url);
  await screen.findByRole('heading', { level: 1 });
  return { router, user: userEvent.setup() };
}

describe('a topic found in the text', () => {
  it('is listed with its counts, goes into the address and marks its mentions', async () => {
    const { router, user } = await openAt('/');
    // "Royal Navy" is named five times in the story and never in the briefing.
    const navy = screen.getByRole('checkbox', { name: 'Royal Navy' });
    expect(navy).toHaveAccessibleDescription('0 mentions in briefing · 5 in story · story only');
    await user.click(navy);
    expect(router.state.location.search).toBe('?topic=royal-navy');
    expect(await screen.findByText('5 mentions of the chosen topic')).toBeVisible();
    expect(marksIn(story())).toEqual(Array(5).fill('Topic royal navy: Royal Navy'));
    expect(marksIn(briefing())).toEqual([]);
  });

  it('is chosen by a link that names it', async () => {
    await openAt('/?topic=political-solution');
    expect(screen.getByRole('checkbox', { name: 'Political solution' })).toBeChecked();
    // "political solution" is said five times in the briefing.
    expect(await screen.findByText('5 mentions of the chosen topic')).toBeVisible();
    expect(marksIn(briefing())).toHaveLength(5);
    expect(marksIn(briefing())[0]).toMatch(/^Topic political solution: political solution$/i);
  });
});

describe('a topic of the reader’s own', () => {
  it('says what is wrong with a topic before taking it', async () => {
    const { router, user } = await openAt('/');
    await user.click(screen.getByRole('button', { name: 'Add a topic' }));
    const form = screen.getByRole('form', { name: 'Add a topic' });
    await user.click(within(form).getByRole('button', { name: 'Add topic' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Give the topic a name.');
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Boots');
    await user.type(
      within(form).getByRole('textbox', { name: 'Words that mean it' }),
      'troops, <b>',
    );
    await user.click(within(form).getByRole('button', { name: 'Add topic' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'The word “<b>” can only hold letters, digits',
    );
    expect(router.state.location.search).toBe('');
  });

  it('is added, chosen and marked in both documents, and the address carries it', async () => {
    const { router, user } = await openAt('/');
    await user.click(screen.getByRole('button', { name: 'Add a topic' }));
    const form = screen.getByRole('form', { name: 'Add a topic' });
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Forces on the ground');
    await user.type(
      within(form).getByRole('textbox', { name: 'Words that mean it' }),
      'troops, soldiers, training',
    );
    await user.click(within(form).getByRole('button', { name: 'Add topic' }));
    // troops (2) and soldiers (2) and training (1) in the briefing; training (4) in the story.
    const own = await screen.findByRole('checkbox', { name: 'Forces on the ground' });
    expect(own).toBeChecked();
    expect(own).toHaveAccessibleDescription('5 mentions in briefing · 4 in story · in both');
    expect(await screen.findByText('9 mentions of the chosen topic')).toBeVisible();
    expect(marksIn(story())).toHaveLength(4);
    expect(new URLSearchParams(router.state.location.search).get('my')).toBe(
      'Forces on the ground_troops_soldiers_training',
    );
    expect(new URLSearchParams(router.state.location.search).getAll('topic')).toEqual([
      'my_forces-on-the-ground',
    ]);
    expect(screen.getByRole('button', { name: 'Add a topic' })).toHaveFocus();
  });

  it('opens from a link with the same topic, counts and marks', async () => {
    await openAt(
      '/?topic=my_forces-on-the-ground&my=Forces+on+the+ground_troops_soldiers_training',
    );
    const own = await screen.findByRole('checkbox', { name: 'Forces on the ground' });
    expect(own).toBeChecked();
    expect(own).toHaveAccessibleDescription('5 mentions in briefing · 4 in story · in both');
    expect(marksIn(story())).toEqual(Array(4).fill('Topic forces on the ground: training'));
    expect(screen.getByText('troops, soldiers, training')).toBeVisible();
  });

  it('can be edited and removed', async () => {
    const { router, user } = await openAt(
      '/?topic=my_forces-on-the-ground&my=Forces+on+the+ground_troops_soldiers_training',
    );
    await screen.findByRole('checkbox', { name: 'Forces on the ground' });
    await user.click(screen.getByRole('button', { name: 'Edit Forces on the ground' }));
    const form = screen.getByRole('form', { name: 'Edit the topic Forces on the ground' });
    const words = within(form).getByRole('textbox', { name: 'Words that mean it' });
    expect(words).toHaveValue('troops, soldiers, training');
    await user.clear(words);
    await user.type(words, 'troops');
    await user.click(within(form).getByRole('button', { name: 'Save topic' }));
    // Only "troops" now: twice in the briefing.
    await waitFor(() => {
      expect(
        screen.getByRole('checkbox', { name: 'Forces on the ground' }),
      ).toHaveAccessibleDescription('2 mentions in briefing · 0 in story · briefing only');
    });
    expect(new URLSearchParams(router.state.location.search).get('my')).toBe(
      'Forces on the ground_troops',
    );
    await user.click(screen.getByRole('button', { name: 'Remove Forces on the ground' }));
    expect(router.state.location.search).toBe('');
    await waitFor(() => {
      expect(screen.queryByRole('checkbox', { name: 'Forces on the ground' })).toBeNull();
    });
    expect(screen.getByRole('button', { name: 'Add a topic' })).toHaveFocus();
  });

  it('keeps the page working when the link’s topics cannot be read', async () => {
    await openAt('/?topic=libya&my=Forces_');
    expect(
      await screen.findByRole('heading', { name: 'Part of this link was not found' }),
    ).toBeVisible();
    expect(screen.getByText(/The topic “Forces_” in the link has an empty word\./)).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Libya' })).toBeChecked();
  });

  it('says so when the link’s topics are far too long', async () => {
    await openAt(`/?my=${'a'.repeat(6000)}`);
    expect(
      await screen.findByText(/too long to read: 6,000 characters, at most 5,330\./),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Remove them from the link' })).toHaveAttribute(
      'href',
      '/',
    );
  });
});
