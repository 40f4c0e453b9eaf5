import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { briefingTitle } from './seed';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const briefingText = read('../../src/content/briefing.txt');
const storyText = read('../../src/content/story.txt');
const markupText = read('../fixtures/import-markup.txt');

// Every request the page makes must stay on its own origin: no fonts, analytics or CDNs, and nothing
// a hostile document could trigger. Blob and data URLs never leave the browser.
function watchRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'blob:' || url.protocol === 'data:') return;
    if (url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}

// A document that managed to run script would most likely open a dialog; none may appear.
function failOnDialogs(page: Page): void {
  page.on('dialog', (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`);
  });
}

async function pasteAndPreview(page: Page, text: string): Promise<void> {
  await page.getByLabel('Paste a transcript or news story').fill(text);
  await page.getByRole('button', { name: 'Preview' }).click();
}

test.beforeEach(async ({ page, baseURL }) => {
  failOnDialogs(page);
  await page.goto('/import');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bring your own transcript' }),
  ).toBeVisible();
  // The prerendered page reads before its script runs, and its form answers only once the app has
  // taken it over (its effects have run: the text-size preference is on the root element).
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'medium');
  expect(baseURL).toBeDefined();
});

test('a pasted briefing is previewed, saved and listed in the library', async ({
  page,
  baseURL,
}) => {
  const foreign = watchRequests(page, new URL(baseURL ?? '').origin);
  await pasteAndPreview(page, briefingText);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText(briefingTitle, { exact: true })).toBeVisible();
  await expect(
    preview.getByRole('list', { name: 'Speakers' }).getByText('Mark T. Esper', { exact: true }),
  ).toBeVisible();
  await expect(preview.getByRole('list', { name: 'Exchanges' }).getByRole('listitem')).toHaveCount(
    6,
  );
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(page.getByText(`Saved “${briefingTitle}” in this browser.`)).toBeVisible();

  await page.getByRole('link', { name: 'Open the library' }).click();
  await expect(page).toHaveURL(/\/library$/);
  await expect(page.getByRole('heading', { level: 2, name: briefingTitle })).toBeVisible();
  // Saved in IndexedDB: still there after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: briefingTitle })).toBeVisible();
  expect(foreign).toEqual([]);
});

test('a chosen file is read in the worker and previewed', async ({ page }) => {
  const workerLoaded = page.waitForRequest(/parse-worker/);
  await page.getByLabel('Choose a text file').setInputFiles({
    name: 'story.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(storyText),
  });
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText('News story', { exact: true })).toBeVisible();
  await expect(preview.getByRole('list', { name: 'People quoted' })).toBeVisible();
  expect(new URL((await workerLoaded).url()).pathname).toMatch(/parse-worker.*\.js$/);
});

test('hostile input gets a clear message and markup stays text', async ({ page, baseURL }) => {
  const foreign = watchRequests(page, new URL(baseURL ?? '').origin);
  await pasteAndPreview(page, '  \n ');
  await expect(page.getByRole('alert')).toContainText('nothing to read');

  await page.getByLabel('Choose a text file').setInputFiles({
    name: 'image.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff]),
  });
  await expect(page.getByRole('alert')).toContainText('not a text file');

  await pasteAndPreview(page, markupText);
  await expect(page.getByText('Podium shows it as plain text and never runs it.')).toBeVisible();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText("<h1>Briefing <script>alert('x')</script></h1>")).toBeVisible();
  await expect(page.locator('main img, main script, main h1 script')).toHaveCount(0);
  expect(foreign).toEqual([]);
});

test('the library downloads exports and deletes only after confirmation', async ({ page }) => {
  await pasteAndPreview(page, briefingText);
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  await page.getByRole('link', { name: 'Open the library' }).click();

  const group = page.getByRole('group', { name: `Download “${briefingTitle}”` });
  const downloading = page.waitForEvent('download');
  await group.getByRole('button', { name: 'CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^secretary-of-defense.*\.csv$/);

  await page.getByRole('button', { name: `Delete “${briefingTitle}”` }).click();
  const dialog = page.getByRole('dialog', { name: `Delete “${briefingTitle}”?` });
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: briefingTitle })).toBeVisible();
  await page.getByRole('button', { name: `Delete “${briefingTitle}”` }).click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText(/Nothing is saved yet/)).toBeVisible();
});

test('axe finds no violations on the import page with a preview, or on the library', async ({
  page,
}) => {
  await pasteAndPreview(page, briefingText);
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  await page.getByRole('link', { name: 'Open the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
