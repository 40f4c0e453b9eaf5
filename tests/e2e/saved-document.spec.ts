import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const briefing = readFileSync(new URL('../fixtures/import-briefing.txt', import.meta.url), 'utf8');
const title =
  'Secretary of the Navy Ana Ruiz and Minister of Defence Piet Janssen of the Netherlands Press Conference';

/** Imports the briefing, saves it in this browser and opens it. */
async function saveBriefing(page: Page): Promise<void> {
  await page.goto('/import');
  // The prerendered form answers once the app has taken the page over (its effects have run).
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'medium');
  await page.getByLabel('Paste a transcript or news story').fill(briefing);
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  await page.getByRole('link', { name: 'Read it now' }).click();
}

test('an imported briefing opens in the viewer, with permalinks that survive a reload', async ({
  page,
}) => {
  await saveBriefing(page);

  await expect(page).toHaveURL(/\/d\/[0-9a-z]+$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const question = page.getByRole('region', { name: /Question 2 · Tom Berg, Coastal Wire/ });
  await expect(question).toBeVisible();

  // A speaker filter keeps the document's own address.
  await page.getByRole('checkbox', { name: /Maria Lind/ }).check();
  await expect(page).toHaveURL(/\/d\/[0-9a-z]+\?speaker=r-maria-lind$/);
  await expect(question).toBeHidden();

  const documentPath = new URL(page.url()).pathname;
  await page.goto(`${documentPath}/exchange/x3`);
  const linked = page.getByRole('region', { name: /Question 2 · Tom Berg, Coastal Wire/ });
  await expect(linked).toBeFocused();
  await expect(linked).toHaveAttribute('aria-current', /.+/);
  await page.reload();
  await expect(linked).toBeFocused();

  // A bad exchange in a saved document's link leads back to that document, not the shipped one.
  await page.goto(`${documentPath}/exchange/x99`);
  await expect(page.getByText('This briefing has no exchange “x99”.')).toBeVisible();
  await page.getByRole('link', { name: 'Show the full briefing' }).click();
  await expect(page).toHaveURL(new RegExp(`${documentPath}$`));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('a link to a document this browser does not hold says so and offers a way on', async ({
  page,
}) => {
  await page.goto('/d/notsaved99');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Document not available' }),
  ).toBeVisible();
  await expect(page.getByText(/not saved in this browser/)).toBeVisible();
  await page.getByRole('link', { name: 'Open the library' }).click();
  await expect(page).toHaveURL(/\/library$/);
});

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a saved briefing’s citation quotes question and answer and says its link is local', async ({
    page,
    baseURL,
  }) => {
    await saveBriefing(page);
    await expect(page).toHaveURL(/\/d\/[0-9a-z]+$/);
    const documentPath = new URL(page.url()).pathname;

    const exchangeTitle = 'Question 2 · Tom Berg, Coastal Wire · 5G';
    await page
      .getByRole('region', { name: exchangeTitle })
      .getByRole('button', { name: `Copy citation of ${exchangeTitle}` })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      '“Minister, is 5G equipment from Huawei a concern?” — Tom Berg, Coastal Wire\n\n' +
        '“We review every network supplier.” — Piet Janssen, Minister of Defence, Netherlands (through an interpreter)\n\n' +
        // The import form read the date under the title, "March 3, 2021", and saved it.
        `${exchangeTitle}, in “${title}”, 3 March 2021. ${baseURL ?? ''}${documentPath}/exchange/x3\n` +
        'This link opens only in this browser, where the document is saved.',
    );
    await expect(
      page.getByText(
        'Citation copied. It opens only in this browser, where the document is saved: to share the document, download it below the briefing.',
      ),
    ).toBeVisible();

    // Words quoted from a saved briefing say the same, and lead to the download buttons.
    await page.getByText('We review every network supplier.').selectText();
    const action = page.getByRole('region', { name: /^Quote Piet Janssen/ });
    await expect(action).toContainText(
      'This link opens only in this browser, where the document is saved.',
    );
    await action.getByRole('button', { name: 'Download the document to share it' }).click();
    await expect(page.getByRole('contentinfo').filter({ hasText: 'Download' })).toBeFocused();
  });
});
