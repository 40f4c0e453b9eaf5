import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/archive/build-archive';
import { createMemoryArchiveReader, setArchiveReader } from '../../src/routes/archive-data';
import { initialLayout, useLayoutStore } from '../../src/state/layout';
import { renderAt } from './render-route';

// tests/fixtures/archive, without the shipped pair: six made-up briefings, two stories. Every figure
// below can be counted in those files.
const fixture = resolve('tests/fixtures/archive');

beforeEach(() => {
  localStorage.clear();
  useLayoutStore.setState(initialLayout);
});

describe('the archive pages of a small folder', () => {
  beforeAll(async () => {
    const build = await buildArchive({ dir: fixture, includeSeeds: false });
    setArchiveReader(createMemoryArchiveReader(build.model));
  });
  afterAll(() => {
    setArchiveReader(undefined);
  });

  it('lists every briefing newest first with its facts, and filters by the address', async () => {
    renderAt('/briefings/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Harbor briefings' }),
    ).toBeVisible();
    expect(document.title).toBe('Harbor briefings — Podium');
    expect(screen.getByRole('heading', { level: 2, name: 'All 6 briefings' })).toBeVisible();
    const entries = screen.getAllByRole('heading', { level: 3 });
    expect(entries[0]).toHaveTextContent(
      'Secretary of Defense Dr. Helen V. Marsh and Chairman of the Joint Chiefs of Staff General Corwin J. Ashdale Press Conference',
    );
    expect(entries[5]).toHaveTextContent(
      'Remarks by General Ivo Marsh at the Northern Harbor Forum',
    );
    const first = entries[0]?.closest('li');
    if (!first) throw new Error('no first entry');
    expect(first).toHaveTextContent('3 February 2020 · Ministry of Examples · 1 question');
    expect(within(first).getByRole('link', { name: 'Corwin J. Ashdale' })).toHaveAttribute(
      'href',
      '/speakers/corwin-ashdale/',
    );
    expect(within(first).getByRole('link', { name: 'Iraq' })).toHaveAttribute(
      'href',
      '/topics/iraq/',
    );
    expect(screen.getByRole('option', { name: 'Helen V. Marsh (4)' })).toBeInTheDocument();
  });

  it('narrows the list to a topic and a year named in the address', async () => {
    const router = renderAt('/briefings/?topic=libya');
    expect(
      await screen.findByRole('heading', { level: 2, name: '2 briefings of 6 match' }),
    ).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('libya');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2019 (2)');
    await userEvent.click(screen.getByRole('button', { name: 'Show briefings' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: '2 briefings of 6 match' }),
    ).toBeVisible();
    expect(router.state.location.search).toBe('?topic=libya&year=2019');
    await router.navigate('/briefings/?year=2018');
    expect(
      await screen.findByRole('heading', { name: 'No briefings match these filters' }),
    ).toBeVisible();
  });

  it('gives a reporter a page of the questions they asked, each linking to their turn', async () => {
    renderAt('/speakers/dana-reyes/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dana Reyes' })).toBeVisible();
    expect(document.title).toBe('Dana Reyes — Podium');
    expect(
      screen.getByText(/Reporter, Coastal Wire, Harbor Daily\. 3 turns in 3 briefings/),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Questions asked' })).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Question 1 · Dana Reyes, Coastal Wire · Iraq' }),
    ).toHaveAttribute('href', '/briefings/2020-01-15-department-press-briefing/exchange/x2/#t4');
  });

  it('gives an official a page of the questions they answered and their topics', async () => {
    renderAt('/speakers/helen-marsh/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Helen V. Marsh' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Questions answered' })).toBeVisible();
    const answered = screen.getByRole('link', {
      name: 'Question 3 · Lakeside Television reporter · Libya',
    });
    expect(answered.closest('li')).toHaveTextContent('asked by Lakeside Television reporter');
    expect(screen.getByRole('link', { name: 'NATO' }).closest('li')).toHaveTextContent(
      'NATO: 4 mentions in 4 turns',
    );
    expect(
      screen.getByRole('link', {
        name: 'Good morning. General Ashdale and I have just come back from Brussels, where NATO ministers met.',
      }),
    ).toHaveAttribute(
      'href',
      '/briefings/2020-02-03-secretary-of-defense-dr-helen-v-marsh-and-chairman-of-the-joint-chiefs-of-staff-general/exchange/x1/#t1',
    );
  });

  it('lists officials and reporters apart on the speakers page', async () => {
    renderAt('/speakers/');
    const officials = await screen.findByRole('table', { name: 'Officials' });
    expect(within(officials).getByRole('row', { name: /Helen V\. Marsh/ })).toHaveTextContent(
      'Helen V. MarshSecretary of Defense410',
    );
    // Dana Reyes, Ines Calloway, Priya Lindahl and Tomasz Wirth, under the heading row.
    const reporters = screen.getByRole('table', { name: 'Reporters' });
    expect(within(reporters).getAllByRole('row')).toHaveLength(5);
  });

  it('draws a topic over time, with a table of the same figures', async () => {
    renderAt('/topics/libya/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Libya' })).toBeVisible();
    expect(document.title).toBe('Topic: Libya — Podium');
    expect(screen.getByText(/6 mentions in 2 briefings \(3 exchanges\)/)).toBeVisible();
    const table = screen.getByRole('table', { name: 'Mentions of Libya by month' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'MonthMentionsBriefings',
      'March 201921 briefing',
      'July 201941 briefing',
    ]);
    expect(screen.getByRole('link', { name: 'Helen V. Marsh' }).closest('li')).toHaveTextContent(
      'Helen V. Marsh: 4 mentions',
    );
  });

  it('lists every topic with its counts', async () => {
    renderAt('/topics/');
    const libya = await screen.findByRole('row', { name: /^Libya/ });
    expect(libya).toHaveTextContent('Libya6');
  });

  it('opens a briefing in the viewer and says when its story is only a suggestion', async () => {
    renderAt('/briefings/2019-07-24-media-availability-with-the-secretary/');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Media Availability with the Secretary',
      }),
    ).toBeVisible();
    expect(screen.getByText('Suggested pairing:')).toBeVisible();
    expect(
      screen.getByRole('heading', {
        name: "More training for Libya's coastguard as crossings rise",
      }),
    ).toBeVisible();
  });

  it('says so when a slug is not in the archive, with the way back', async () => {
    renderAt('/topics/astrology/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not in the archive' }),
    ).toBeVisible();
    expect(screen.getByText('The archive has no topic “astrology”.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'All topics' })).toHaveAttribute('href', '/topics/');
    expect(screen.getByRole('navigation', { name: 'Site' })).toBeVisible();
  });
});

describe('the archive pages in development', () => {
  it('read the shipped pair in place when no archive was built', async () => {
    renderAt('/briefings/');
    expect(await screen.findByRole('heading', { level: 2, name: 'All 1 briefing' })).toBeVisible();
    expect(screen.getByText(/on the front page/)).toBeVisible();
  });
});
