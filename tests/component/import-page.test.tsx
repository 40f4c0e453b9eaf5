import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { briefingText, storyText } from '../../src/content/seeds';
import { MAX_INPUT_BYTES } from '../../src/domain/document/input-check';
import { getLibrary } from '../../src/storage/db';
import { createLibraryStore } from '../../src/storage/open';
import markupFixture from '../fixtures/import-markup.txt?raw';
import { renderAt } from './render-route';

async function renderImport() {
  const router = renderAt('/import');
  // The page is ready once its form is.
  await screen.findByLabelText('Paste a transcript or news story');
  return { user: userEvent.setup(), router };
}

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByLabelText('Paste a transcript or news story'));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Preview' }));
}

beforeEach(async () => {
  await clear(createLibraryStore());
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('import page', () => {
  it('previews a pasted briefing: title, kind, speakers with their labels, exchanges, topics', async () => {
    const { user } = await renderImport();
    await paste(user, briefingText);
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(within(preview).getByText(/Joint Press Briefing$/)).toBeVisible();
    expect(within(preview).getByText('Briefing transcript')).toBeVisible();
    const speakers = within(preview).getByRole('list', { name: 'Speakers' });
    expect(within(speakers).getByText('Mark T. Esper')).toBeVisible();
    expect(
      within(speakers).getByText('Written as: SECRETARY OF DEFENSE DR. MARK T. ESPER · SEC. ESPER'),
    ).toBeVisible();
    const exchanges = within(preview).getByRole('list', { name: 'Exchanges' });
    expect(within(exchanges).getAllByRole('listitem')).toHaveLength(6);
    expect(within(exchanges).getByText('Opening statements')).toBeVisible();
    expect(within(preview).getByText(/Libya/, { selector: 'dd' })).toBeVisible();
  });

  it('saves the previewed document and links to it', async () => {
    const { user, router } = await renderImport();
    await paste(user, briefingText);
    await user.click(await screen.findByRole('button', { name: 'Save in this browser' }));
    expect(
      await screen.findByText(/^Saved “.*Joint Press Briefing” in this browser\.$/),
    ).toBeVisible();
    const { documents } = await getLibrary().list();
    expect(documents.map((document) => document.text)).toEqual([briefingText]);
    await user.click(screen.getByRole('link', { name: 'Read it now' }));
    // The saved briefing opens in the viewer once it is read back and parsed.
    expect(
      await screen.findByRole('heading', { level: 1, name: /Joint Press Briefing$/ }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe(`/d/${documents[0]?.id ?? ''}`);
  });

  it('pairs a transcript with a saved story', async () => {
    const story = await getLibrary().save({ kind: 'article', title: 'Allies', text: storyText });
    const { user } = await renderImport();
    await paste(user, briefingText);
    await user.selectOptions(
      await screen.findByLabelText('Show beside a saved news story'),
      'Allies',
    );
    await user.click(screen.getByRole('button', { name: 'Save in this browser' }));
    await screen.findByText(/in this browser\.$/);
    const { documents } = await getLibrary().list();
    expect(documents.find((document) => document.kind === 'transcript')?.pairedStoryId).toBe(
      story.id,
    );
  });

  it('says when there is nothing to read', async () => {
    const { user } = await renderImport();
    await paste(user, '   \n\n  ');
    expect(await screen.findByRole('alert')).toHaveTextContent(/nothing to read/);
    expect(screen.queryByRole('region', { name: 'Preview' })).not.toBeInTheDocument();
  });

  it('refuses a binary file', async () => {
    const { user } = await renderImport();
    const file = new File([new Uint8Array([0x51, 0x3a, 0x20, 0x00, 0xff])], 'photo.txt', {
      type: 'text/plain',
    });
    await user.upload(screen.getByLabelText('Choose a text file'), file);
    expect(await screen.findByRole('alert')).toHaveTextContent(/not a text file/);
  });

  it('refuses a file over the limit without reading it', async () => {
    const { user } = await renderImport();
    const file = new File(['Q:\u00a0 hi'], 'huge.txt', { type: 'text/plain' });
    Object.defineProperty(file, 'size', { value: MAX_INPUT_BYTES + 1 });
    await user.upload(screen.getByLabelText('Choose a text file'), file);
    expect(await screen.findByRole('alert')).toHaveTextContent(/over the 20 MB limit/);
  });

  it('reads a chosen text file', async () => {
    const { user } = await renderImport();
    const file = new File([briefingText], 'briefing.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('Choose a text file'), file);
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(within(preview).getByText('Briefing transcript')).toBeVisible();
  });

  it('offers to keep a text without labels as a news story', async () => {
    const { user } = await renderImport();
    await user.click(screen.getByRole('radio', { name: 'Briefing transcript' }));
    await paste(user, storyText);
    await user.click(await screen.findByRole('button', { name: 'Keep it as a news story' }));
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(await within(preview).findByText('News story')).toBeVisible();
    expect(screen.getByRole('radio', { name: 'News story' })).toBeChecked();
    expect(within(preview).getByRole('list', { name: 'People quoted' })).toBeVisible();
  });

  it('shows markup as text and says so', async () => {
    const { user } = await renderImport();
    await paste(user, markupFixture);
    expect(await screen.findByText(/shows it as plain text and never runs it/)).toBeVisible();
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(
      within(preview).getByText("<h1>Briefing <script>alert('x')</script></h1>"),
    ).toBeVisible();
    expect(document.querySelector('script, img, b')).toBeNull();
  });

  it('keeps the preview and explains when the browser is out of room', async () => {
    vi.spyOn(getLibrary(), 'save').mockRejectedValue(
      new DOMException('quota', 'QuotaExceededError'),
    );
    const { user } = await renderImport();
    await paste(user, briefingText);
    await user.click(await screen.findByRole('button', { name: 'Save in this browser' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/no room left.*quota exceeded/);
    expect(screen.getByRole('region', { name: 'Preview' })).toBeVisible();
  });
});
