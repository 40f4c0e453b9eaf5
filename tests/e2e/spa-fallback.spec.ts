import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../bench/static-server';
import { watchProblems } from './console';
import { briefingTitle } from './seed';

// A host set up for single-page apps answers every path that names no file with index.html, the
// page prerendered for `/`. The app must see that the page is not this address's, render the right
// page afresh instead of adopting the markup, and still honour permalinks and filters.

const question3 = 'Question 3 · Jeff Schogol, Task & Force · Landmines, Libya, Russia';

let host: StaticServer;

test.beforeAll(async () => {
  host = await startStaticServer(fileURLToPath(new URL('../../dist', import.meta.url)), {
    spaFallback: 'index.html',
  });
});

test.afterAll(async () => {
  await host.close();
});

test('the host answers a permalink with the page of the full briefing', async ({ request }) => {
  const response = await request.get(`${host.origin}/exchange/x4`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(`<title>${briefingTitle} — Podium</title>`);
});

test('an exchange permalink is focused, marked and named there, with a clean console', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto(`${host.origin}/exchange/x4`);
  const section = page.getByRole('region', { name: question3 });
  await expect(section).toBeFocused();
  await expect(section).toHaveAttribute('aria-current', 'location');
  await expect(section).toBeInViewport();
  await expect(page).toHaveTitle(`${question3} — ${briefingTitle} — Podium`);
  expect(problems).toEqual([]);
});

test('a turn permalink is focused and marked there, with a clean console', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(`${host.origin}/exchange/x4#t12`);
  // t12 is the third turn of question 3: the Secretary's answer.
  const turn = page.getByRole('region', { name: question3 }).getByRole('article').nth(2);
  await expect(turn).toBeFocused();
  await expect(turn).toHaveAttribute('aria-current', 'location');
  await expect(turn).toBeInViewport();
  await expect(turn).toContainText('the landmine policy');
  await expect(page).toHaveTitle(`Mark T. Esper in ${question3} — ${briefingTitle} — Podium`);
  await expect(page).toHaveURL(`${host.origin}/exchange/x4#t12`);
  expect(problems).toEqual([]);
});

test('filters in the address apply on the page of `/`, with a clean console', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(`${host.origin}/?topic=libya`);
  const libya = page
    .getByRole('complementary', { name: 'Filters' })
    .getByRole('checkbox', { name: 'Libya' });
  await expect(libya).toBeChecked();
  // Libya comes up in the opening statements and in questions 2 and 3.
  await expect(page.getByText('Showing 3 of 6 exchanges')).toBeVisible();
  await expect(page).toHaveTitle(`${briefingTitle} — Podium`);
  await expect(page).toHaveURL(`${host.origin}/?topic=libya`);
  expect(problems).toEqual([]);
});

test('another page of the app opens there in place of the briefing, with a clean console', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto(`${host.origin}/import`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bring your own transcript' }),
  ).toBeVisible();
  await expect(page).toHaveTitle('Import a document — Podium');
  await expect(page.getByRole('heading', { level: 1, name: briefingTitle })).toHaveCount(0);
  expect(problems).toEqual([]);
});
