import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import { clear } from 'idb-keyval';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/archive/build-archive';
import { createMemoryArchiveReader, setArchiveReader } from '../../src/routes/archive-data';
import { initialLayout, useLayoutStore } from '../../src/state/layout';
import { getLibrary } from '../../src/storage/db';
import { createLibraryStore } from '../../src/storage/open';
import { renderAt } from './render-route';

// The archive of tests/fixtures/archive, and a made-up briefing saved in this browser's library in
// which a reporter of that archive (Ines Calloway) asks about one of its topics (Libya).
const fixture = resolve('tests/fixtures/archive');

const savedText = `Press Briefing on the Harbor Talks

March 3, 2021

MR. CALDERWOOD:  Good morning.  One thing before questions.

QUESTION:  Ines Calloway with Meridian Times.  What did the envoys say about the Libya talks?

MR. CALDERWOOD:  The envoys said the Libya talks go on next week.  Thank you.
`;

async function saveBriefing() {
  return getLibrary().save({
    kind: 'transcript',
    title: 'Harbor talks briefing',
    text: savedText,
    source: { publisher: 'Gazette of Examples', date: '2021-03-03' },
  });
}

const localSection = () => screen.findByRole('region', { name: 'Saved in this browser' });

beforeAll(async () => {
  const build = await buildArchive({ dir: fixture, includeSeeds: false });
  setArchiveReader(createMemoryArchiveReader(build.model));
});

afterAll(() => {
  setArchiveReader(undefined);
});

beforeEach(async () => {
  localStorage.clear();
  useLayoutStore.setState(initialLayout);
  await clear(createLibraryStore());
});

describe('briefings saved in this browser on the archive pages', () => {
  it('lists them on the archive home, marked local, linking to where they open', async () => {
    const saved = await saveBriefing();
    renderAt('/briefings/');
    const section = await localSection();
    expect(section).toHaveTextContent(
      '1 briefing imported in this browser, newest saved first. They are not part of the archive: their links open only here.',
    );
    const entry = within(section).getByRole('link', { name: 'Harbor talks briefing' });
    expect(entry).toHaveAttribute('href', `/d/${saved.id}`);
    const item = entry.closest('li') as HTMLElement;
    expect(item).toHaveTextContent('3 March 2021 · Gazette of Examples · 1 question');
    expect(item).toHaveTextContent('Saved in this browser — the link opens only here');
  });

  it('narrows them by the year in the address and says what the filter could not match', async () => {
    await saveBriefing();
    renderAt('/briefings/?year=2019');
    const section = await localSection();
    expect(section).toHaveTextContent(
      'No briefing saved in this browser matches these filters (1 saved).',
    );
    expect(section).toHaveTextContent(
      'A saved briefing without a date, given on saving or in its text, has no year to match.',
    );
    expect(within(section).queryByRole('link')).not.toBeInTheDocument();
  });

  it('narrows them to a speaker of the archive matched by name', async () => {
    await saveBriefing();
    const router = renderAt('/briefings/?speaker=ines-calloway');
    const section = await localSection();
    expect(section).toHaveTextContent(
      'A saved briefing is matched to the speaker by the name it gives them.',
    );
    expect(within(section).getByRole('link', { name: 'Harbor talks briefing' })).toBeVisible();
    await router.navigate('/briefings/?speaker=helen-marsh');
    expect(
      await within(await localSection()).findByText(
        'No briefing saved in this browser matches these filters (1 saved).',
      ),
    ).toBeVisible();
  });

  it('adds nothing to the home when nothing is saved', async () => {
    renderAt('/briefings/');
    expect(await screen.findByRole('heading', { level: 2, name: 'All 6 briefings' })).toBeVisible();
    // The library answers within a moment; give it that moment before saying nothing came.
    await new Promise((done) => setTimeout(done, 300));
    expect(screen.queryByText('Saved in this browser')).not.toBeInTheDocument();
  });

  it('shows a reporter’s saved turns on their page, linking to the local permalinks', async () => {
    const saved = await saveBriefing();
    renderAt('/speakers/ines-calloway/');
    const section = await localSection();
    expect(section).toHaveTextContent(
      '1 turn in 1 saved briefing. Matched to Ines Calloway by name; their links open only here.',
    );
    const turn = within(section).getByRole('link', {
      name: 'Ines Calloway with Meridian Times. What did the envoys say about the Libya talks?',
    });
    expect(turn).toHaveAttribute('href', `/d/${saved.id}/exchange/x2#t2`);
    const item = turn.closest('li') as HTMLElement;
    expect(item).toHaveTextContent('3 March 2021 · Harbor talks briefing · as Ines Calloway');
    expect(item).toHaveTextContent('Saved in this browser — the link opens only here');
  });

  it('shows the saved exchanges that touch a topic on its page', async () => {
    const saved = await saveBriefing();
    renderAt('/topics/libya/');
    const section = await localSection();
    expect(section).toHaveTextContent(
      '1 exchange in 1 saved briefing. Their links open only here.',
    );
    const links = within(section).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', `/d/${saved.id}/exchange/x2#t2`);
    expect(links[0]?.closest('li')).toHaveTextContent(
      '3 March 2021 · Harbor talks briefing · 2 turns on Libya',
    );
  });
});
