import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Speaker, SpeakerId } from '../../src/domain/types';
import { SpeakerFilter } from '../../src/features/filters/speaker-filter';

// A made-up briefing's cast: two officials, 300 reporters of 30 outlets (reporter n writes for
// outlet n mod 30), and staff.
const outletName = (n: number) => `Outlet ${String(n % 30).padStart(2, '0')}`;
const speakers: Speaker[] = [
  { id: 's-roe' as SpeakerId, name: 'Jane Roe', kind: 'official', role: 'Minister', labels: [] },
  { id: 's-doe' as SpeakerId, name: 'John Doe', kind: 'official', role: 'Secretary', labels: [] },
  ...Array.from({ length: 300 }, (_, index): Speaker => {
    const n = index + 1;
    return {
      id: `r-${String(n)}` as SpeakerId,
      name: `Reporter ${String(n)}`,
      kind: 'reporter',
      affiliation: outletName(n),
      labels: [],
    };
  }),
  { id: 'staff' as SpeakerId, name: 'Staff', kind: 'staff', labels: [] },
];
const turnCounts = new Map(speakers.map((speaker) => [speaker.id, 1]));

function Harness() {
  const [chosen, setChosen] = useState<SpeakerId[]>([]);
  return (
    <form aria-label="Filters">
      <SpeakerFilter
        name="speaker"
        speakers={speakers}
        turnCounts={turnCounts}
        chosen={chosen}
        onChange={(event) => {
          const { value, checked } = event.currentTarget;
          const id = value as SpeakerId;
          setChosen((now) => (checked ? [...now, id] : now.filter((other) => other !== id)));
        }}
      />
    </form>
  );
}

const speakerGroup = () => screen.getByRole('group', { name: 'Speakers' });

describe('the speaker list of a briefing with hundreds of speakers', () => {
  it('shows the officials and how many speakers there are until asked for all', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(within(speakerGroup()).getByText('303 speakers in all')).toBeVisible();
    expect(
      within(speakerGroup())
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['s-roe', 's-doe']);
    await user.click(screen.getByRole('button', { name: 'Show all 303 speakers' }));
    expect(within(speakerGroup()).getAllByRole('checkbox')).toHaveLength(303);
    const reporters = within(speakerGroup()).getByRole('group', { name: 'Reporters' });
    // Outlet 01 holds reporters 1, 31, 61 … 271: ten of them.
    const outlet = within(reporters).getByRole('group', { name: 'Outlet 01' });
    expect(within(outlet).getAllByRole('checkbox')).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'Show officials only' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('finds speakers by the words of their name or outlet', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByRole('searchbox', { name: 'Find a speaker' }), 'outlet 07');
    expect(
      await within(speakerGroup()).findByText('10 speakers of 303 match “outlet 07”'),
    ).toBeVisible();
    const outlet = within(speakerGroup()).getByRole('group', { name: 'Outlet 07' });
    expect(within(outlet).getByRole('checkbox', { name: /^Reporter 37,/ })).toBeVisible();
    expect(within(speakerGroup()).queryByRole('checkbox', { name: /^Jane Roe/ })).toBeNull();
  });

  it('keeps a chosen speaker in view when the list folds or a search leaves it out', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const find = screen.getByRole('searchbox', { name: 'Find a speaker' });
    await user.type(find, 'Reporter 250');
    await user.click(await screen.findByRole('checkbox', { name: /^Reporter 250,/ }));
    await user.clear(find);
    await user.type(find, 'Outlet 03');
    expect(await screen.findByRole('checkbox', { name: /^Reporter 250,/ })).toBeChecked();
    await user.clear(find);
    expect(
      within(speakerGroup())
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['s-roe', 's-doe', 'r-250']);
  });
});
