import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { briefingText, storyText } from '../../src/content/seeds';
import { getLibrary } from '../../src/storage/db';
import { createLibraryStore } from '../../src/storage/open';
import { renderAt } from './render-route';

function renderLibrary() {
  const router = renderAt('/library');
  return { user: userEvent.setup(), router };
}

beforeEach(async () => {
  await clear(createLibraryStore());
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('library page', () => {
  it('lists saved documents with kind, date and paired story', async () => {
    const story = await getLibrary().save({
      kind: 'article',
      title: 'Allies meet',
      text: storyText,
    });
    await getLibrary().save({
      kind: 'transcript',
      title: 'Joint briefing',
      text: briefingText,
      pairedStoryId: story.id,
    });
    renderLibrary();
    const list = await screen.findByRole('list', { name: 'Saved documents' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['Joint briefing', 'Allies meet']);
    expect(
      within(list).getByText(/Briefing transcript · saved .* shown beside “Allies meet”/),
    ).toBeVisible();
    expect(within(list).getByRole('link', { name: 'Open “Joint briefing”' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/d\/[0-9a-z]{10}$/) as unknown,
    );
  });

  it('asks before deleting, and keeps the document when the reader says so', async () => {
    await getLibrary().save({ kind: 'transcript', title: 'Joint briefing', text: briefingText });
    const { user } = renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Delete “Joint briefing”' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Joint briefing”?' });
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await getLibrary().list()).documents).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Delete “Joint briefing”' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/Nothing is saved yet/)).toBeVisible();
    expect((await getLibrary().list()).documents).toHaveLength(0);
  });

  it('closes the confirmation with Escape', async () => {
    await getLibrary().save({ kind: 'transcript', title: 'Joint briefing', text: briefingText });
    const { user } = renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Delete “Joint briefing”' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Joint briefing' })).toBeVisible();
  });

  it('pairs and unpairs a transcript with a story', async () => {
    await getLibrary().save({ kind: 'article', title: 'Allies meet', text: storyText });
    await getLibrary().save({ kind: 'transcript', title: 'Joint briefing', text: briefingText });
    const { user } = renderLibrary();
    const select = await screen.findByLabelText('Story beside “Joint briefing”');
    await user.selectOptions(select, 'Allies meet');
    expect(await screen.findByText(/shown beside “Allies meet”/)).toBeVisible();
    await user.selectOptions(screen.getByLabelText('Story beside “Joint briefing”'), 'No story');
    expect(await screen.findByText(/no story paired/)).toBeVisible();
  });

  it('reports records that could not be read, without hiding the others', async () => {
    await getLibrary().save({ kind: 'transcript', title: 'Joint briefing', text: briefingText });
    await set('broken0001', { schemaVersion: 2, id: 'broken0001' }, createLibraryStore());
    renderLibrary();
    expect(await screen.findByText(/1 saved record could not be read\./)).toHaveTextContent(
      /set aside, not deleted/,
    );
    expect(screen.getByRole('heading', { name: 'Joint briefing' })).toBeVisible();
  });

  it('says so when nothing is saved', async () => {
    renderLibrary();
    expect(
      await screen.findByRole('link', { name: 'Import a transcript or news story' }),
    ).toBeVisible();
  });

  it('explains when the browser does not let it read saved documents', async () => {
    vi.spyOn(getLibrary(), 'list').mockRejectedValue(new DOMException('denied', 'SecurityError'));
    renderLibrary();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /does not let Podium save documents.*You can still read, preview and export\./,
    );
  });
});
