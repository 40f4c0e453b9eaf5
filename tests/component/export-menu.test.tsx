import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { briefingText } from '../../src/content/seeds';
import { ExportMenu } from '../../src/features/export/export-menu';
import { parseDocument } from '../../src/domain/document/parse-document';

// jsdom has no object URLs and does not download; record what would have been downloaded instead.
const downloads: { name: string; blob: Blob }[] = [];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  downloads.length = 0;
  let next = 0;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:podium/${++next}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    blobs.delete(url);
  };
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, blob });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

const transcript = parseDocument(briefingText, 'transcript');

describe('export menu', () => {
  it('downloads each format as a file named after the title', async () => {
    const user = userEvent.setup();
    render(<ExportMenu title="Joint Press Briefing" load={() => transcript} />);
    const group = screen.getByRole('group', { name: 'Download “Joint Press Briefing”' });
    for (const [index, name] of ['JSON', 'Markdown', 'Plain text', 'CSV'].entries()) {
      // The writers load with the first download; each file is made before the next click.
      await user.click(within(group).getByRole('button', { name }));
      await waitFor(() => {
        expect(downloads).toHaveLength(index + 1);
      });
    }
    expect(downloads.map((download) => download.name)).toEqual([
      'joint-press-briefing.json',
      'joint-press-briefing.md',
      'joint-press-briefing.txt',
      'joint-press-briefing.csv',
    ]);
    const [json, markdown, , csv] = await Promise.all(downloads.map(({ blob }) => blob.text()));
    expect(JSON.parse(json ?? '')).toMatchObject({ kind: 'transcript' });
    expect(markdown).toMatch(/^# Secretary of Defense/);
    expect(csv?.startsWith('exchange_id,exchange_kind,turn_id')).toBe(true);
    expect(downloads[3]?.blob.type).toBe('text/csv;charset=utf-8');
  });

  it('says so when the document cannot be made', async () => {
    const user = userEvent.setup();
    render(<ExportMenu title="Broken" load={() => Promise.reject(new Error('storage is gone'))} />);
    await user.click(screen.getByRole('button', { name: 'CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The CSV file could not be made (storage is gone).',
    );
    expect(downloads).toEqual([]);
  });
});
