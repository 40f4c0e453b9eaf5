import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { watchProblems } from './console';

// The archive search against the built site: its index holds the shipped briefing (the build writes
// it), and a briefing saved in this browser joins the results.

const savedBriefing = readFileSync(
  new URL('../fixtures/search-briefing.txt', import.meta.url),
  'utf8',
);

// Playwright has no role for <mark> (ARIA's "mark" is newer than its role list): find the element.
const summary = (page: Page) => page.getByRole('region', { name: 'Results' }).getByRole('status');

const pagefindRequests = (page: Page): string[] => {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/pagefind/')) seen.push(request.url());
  });
  return seen;
};

test('a phrase from the header lands on the turn, highlighted, and Back restores the search', async ({
  page,
}) => {
  const problems = watchProblems(page);
  const engine = pagefindRequests(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'medium');
  // Reading the briefing downloads nothing of the search engine.
  expect(engine).toEqual([]);
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await box.fill('"burden sharing"');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%22burden\+sharing%22$/);
  await expect(summary(page)).toHaveText('2 turns found for “"burden sharing"”.');
  const results = page.getByRole('region', { name: 'Results' }).getByRole('article');
  await expect(results).toHaveCount(2);
  await expect(results.first()).toContainText('Mark T. Esper');
  await expect(results.first()).toContainText('31 January 2020');
  await expect(results.first().locator('mark').first()).toHaveText(/^burden[- ]sharing$/i);

  await results.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/exchange\/x\d+\?q=%22burden\+sharing%22#t\d+$/);
  // The turn is the one the link names, focused, with the words found marked in it.
  const landed = page.locator('article[aria-current="location"]');
  await expect(landed).toBeFocused();
  await expect(
    landed
      .locator('mark')
      .filter({ hasText: /^burden[- ]sharing$/i })
      .first(),
  ).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=%22burden\+sharing%22$/);
  await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue(
    '"burden sharing"',
  );
  await expect(summary(page)).toHaveText('2 turns found for “"burden sharing"”.');
  expect(problems).toEqual([]);
});

test('words in any order narrow by a speaker facet, and oldest first is one click away', async ({
  page,
}) => {
  await page.goto('/search?q=Italy%20Libya');
  const facets = page.getByRole('navigation', { name: 'Narrow the results' });
  await expect(facets.getByText('Counts are turns found.')).toBeVisible();
  const speaker = facets.getByRole('region', { name: 'Speaker' });
  await speaker.getByRole('link', { name: /^Lorenzo Guerini, \d+ turns?$/ }).click();
  await expect(page).toHaveURL(/speaker=/);
  await expect(
    speaker.getByRole('link', { name: /^Lorenzo Guerini, \d+ turns?, chosen: remove$/ }),
  ).toBeVisible();
  const results = page.getByRole('region', { name: 'Results' }).getByRole('article');
  await expect(results.first()).toBeVisible();
  for (const result of await results.all()) await expect(result).toContainText('Lorenzo Guerini');
  await page.getByRole('link', { name: 'First said (oldest first)' }).click();
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(page.getByRole('link', { name: 'First said (oldest first)' })).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('bad queries say why and the page keeps working', async ({ page }) => {
  await page.goto('/search?q=a');
  await expect(page.getByRole('alert')).toHaveText('Type at least 2 characters to search.');
  await page.goto(`/search?q=${'x'.repeat(10_000)}&speaker=nobody`);
  await expect(page.getByRole('alert')).toHaveText(
    'This search is 10,000 characters long; shorten it to 200 or fewer.',
  );
  await expect(
    page.getByText('The archive has no speaker “nobody”; it was left out of this search.'),
  ).toBeVisible();
  const box = page.getByRole('searchbox', { name: 'Words to find' });
  await box.fill('minefields');
  await box.press('Enter');
  await expect(summary(page)).toContainText('found for “minefields”');
});

test('a briefing saved in this browser is searched too, and marked so', async ({ page }) => {
  await page.goto('/import');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'medium');
  await page.getByLabel('Paste a transcript or news story').fill(savedBriefing);
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(page.getByText(/^Saved “.*” in this browser\.$/)).toBeVisible();
  await page.goto('/search?q=minefields&sort=newest');
  const results = page.getByRole('region', { name: 'Results' }).getByRole('article');
  const saved = results.filter({ hasText: 'Saved in this browser' });
  await expect(saved.first()).toContainText('Lina Okafor');
  await expect(saved.first().locator('mark').first()).toHaveText('mine fields');
  await saved.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/d\/[^/]+\/exchange\/x\d+\?q=minefields#t\d+$/);
});

test('axe finds no violations on the search page', async ({ page }) => {
  await page.goto('/search?q=Libya');
  await expect(summary(page)).toContainText('found for “Libya”');
  // The engine runs WebAssembly from the site itself: the policy allows that and no other origin.
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(policy).not.toMatch(/https?:/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test('a phrase said in one briefing of the archive is found, narrowed by its speaker, and opens its turn', async ({
  page,
}) => {
  // The fixture archive's media availability of 24 July 2019: "Our ships will keep helping with
  // search and rescue." (the story of 26 July says it too, but stories are not searched).
  await page.goto('/search?q=%22search+and+rescue%22');
  await expect(summary(page)).toHaveText('1 turn found for “"search and rescue"”.');
  const facets = page.getByRole('navigation', { name: 'Narrow the results' });
  await facets
    .getByRole('region', { name: 'Speaker' })
    .getByRole('link', { name: 'Helen V. Marsh, 1 turn' })
    .click();
  await expect(page).toHaveURL(/speaker=/);
  const result = page.getByRole('region', { name: 'Results' }).getByRole('article');
  await expect(result).toHaveCount(1);
  await expect(result).toContainText('24 July 2019');
  await expect(result.locator('mark')).toHaveText(['search and rescue']);
  await result.getByRole('link').click();
  await expect(page).toHaveURL(
    /\/briefings\/2019-07-24-[a-z-]+\/exchange\/x\d+\/\?q=%22search\+and\+rescue%22#t\d+$/,
  );
  const landed = page.locator('article[aria-current="location"]');
  await expect(landed).toBeFocused();
  await expect(landed).toContainText('Our ships will keep helping with search and rescue.');
  await expect(landed.locator('mark').filter({ hasText: 'search and rescue' })).toBeVisible();
});
