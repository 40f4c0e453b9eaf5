import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLibrary } from '../../src/storage/db';
import { createLibraryStore } from '../../src/storage/open';
import importBriefing from '../fixtures/import-briefing.txt?raw';
import { renderAt } from './render-route';

beforeEach(async () => {
  await clear(createLibraryStore());
});

describe('a document’s publisher, date and source', () => {
  it('import guesses the date from the text and saves what the reader adds', async () => {
    const user = userEvent.setup();
    renderAt('/import');
    await user.click(await screen.findByLabelText('Paste a transcript or news story'));
    await user.paste(importBriefing);
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const form = await screen.findByRole('form', { name: 'Save' });
    // "March 3, 2021" under the fixture's title.
    expect(within(form).getByLabelText('Date')).toHaveValue('2021-03-03');
    expect(within(form).getByLabelText('Publisher')).toHaveValue('');
    await user.type(within(form).getByLabelText('Publisher'), 'Harbor Ministry');
    await user.type(within(form).getByLabelText('Source address'), 'harbor.example/b');
    expect(
      within(form).getByText(
        'The source address must be a web address starting with https:// or http://.',
      ),
    ).toBeVisible();
    await user.clear(within(form).getByLabelText('Source address'));
    await user.type(within(form).getByLabelText('Source address'), 'https://harbor.example/b');
    await user.click(within(form).getByRole('button', { name: 'Save in this browser' }));
    await screen.findByText(/^Saved “/);
    const [saved] = (await getLibrary().list()).documents;
    expect(saved?.source).toEqual({
      publisher: 'Harbor Ministry',
      date: '2021-03-03',
      url: 'https://harbor.example/b',
    });
  });

  it('the library edits a saved document’s details, and the viewer shows them', async () => {
    const user = userEvent.setup();
    const record = await getLibrary().save({
      kind: 'transcript',
      title: 'Harbor conference',
      text: importBriefing,
    });
    renderAt('/library');
    const list = await screen.findByRole('list', { name: 'Saved documents' });
    expect(within(list).getByText('No publisher or date given')).toBeVisible();
    await user.click(
      within(list).getByRole('button', { name: 'Edit the details of “Harbor conference”' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Details of “Harbor conference”' });
    await user.type(within(dialog).getByLabelText('Publisher'), 'Harbor Ministry');
    await user.type(within(dialog).getByLabelText('Date'), '2021-03-04');
    await user.type(within(dialog).getByLabelText('Source address'), 'https://harbor.example/c');
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));
    expect(await within(list).findByText('Harbor Ministry, 4 March 2021')).toBeVisible();
    expect((await getLibrary().load(record.id))?.source).toEqual({
      publisher: 'Harbor Ministry',
      date: '2021-03-04',
      url: 'https://harbor.example/c',
    });
    await user.click(within(list).getByRole('link', { name: 'Open “Harbor conference”' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Harbor conference' });
    const banner = screen.getByRole('banner');
    expect(banner).toContainElement(heading);
    expect(within(banner).getByText('Harbor Ministry')).toBeVisible();
    expect(within(banner).getByText('4 March 2021')).toBeVisible();
    expect(within(banner).getByRole('link', { name: /^Original transcript/ })).toHaveAttribute(
      'href',
      'https://harbor.example/c',
    );
    // No story is paired: the briefing takes the room, and no switch offers an empty pane.
    expect(screen.queryByRole('complementary', { name: 'News story' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Document to read' })).toBeNull();
    // The text speaks of NATO, never of Libya: Libya is not listed with a count of 0.
    const topics = screen.getByRole('group', { name: 'Topics' });
    expect(within(topics).getByRole('checkbox', { name: 'NATO' })).toBeInTheDocument();
    expect(within(topics).queryByRole('checkbox', { name: 'Libya' })).toBeNull();
  });
});

describe('the shipped pair’s dates and sources', () => {
  it('names both publishers and dates and says the story is almost three years older', async () => {
    renderAt('/');
    const heading = await screen.findByRole('heading', { level: 1, name: /Joint Press Briefing/ });
    const banner = screen.getByRole('banner');
    expect(banner).toContainElement(heading);
    expect(within(banner).getByText('U.S. Department of Defense')).toBeVisible();
    expect(within(banner).getByText('31 January 2020')).toBeVisible();
    expect(within(banner).getByRole('link', { name: /^Original transcript/ })).toHaveAttribute(
      'href',
      'https://www.defense.gov/Newsroom/Transcripts/Transcript/Article/2072124/secretary-of-defense-dr-mark-t-esper-and-minister-of-defense-lorenzo-guerini-of/',
    );
    const story = screen.getByRole('complementary', { name: 'News story' });
    expect(within(story).getByText('9 February 2017')).toBeVisible();
    expect(
      within(story).getByText(
        'The story is from 9 February 2017, almost 3 years before the briefing of 31 January 2020.',
      ),
    ).toBeVisible();
  });
});
