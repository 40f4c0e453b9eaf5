import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { checkLinks } from '../../scripts/check-links';
import { watchProblems } from './console';

// The build the tests run against holds the made-up briefings of tests/fixtures/archive (see
// playwright.config.ts) besides the shipped pair: 7 briefings in all.
const conference =
  '/briefings/2020-02-03-secretary-of-defense-dr-helen-v-marsh-and-chairman-of-the-joint-chiefs-of-staff-general/';

const siteNav = (page: Page) => page.getByRole('navigation', { name: 'Site' });

test('the archive home lists every briefing and filters by speaker in the address', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto('/');
  await siteNav(page).getByRole('link', { name: 'Briefings' }).click();
  await expect(page).toHaveURL(/\/briefings\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor briefings' })).toBeVisible();
  await expect(page).toHaveTitle('Harbor briefings — Podium');
  await expect(page.getByRole('heading', { name: 'All 7 briefings' })).toBeVisible();
  const entries = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(entries).toHaveCount(7);
  await expect(entries.first()).toContainText('3 February 2020');
  await expect(entries.first()).toContainText('Ministry of Examples');
  await expect(entries.last()).toContainText('Undated');

  await page.getByRole('combobox', { name: 'Speaker' }).selectOption('Helen V. Marsh (4)');
  await page.getByRole('button', { name: 'Show briefings' }).click();
  await expect(page).toHaveURL(/\/briefings\/\?speaker=helen-marsh$/);
  await expect(page.getByRole('heading', { name: '4 briefings of 7 match' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '4 briefings of 7 match' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Speaker' })).toHaveValue('helen-marsh');

  await page.getByRole('combobox', { name: 'Year' }).selectOption('2019 (2)');
  await page.getByRole('button', { name: 'Show briefings' }).click();
  await expect(page).toHaveURL(/speaker=helen-marsh&year=2019$/);
  await expect(page.getByRole('heading', { name: '2 briefings of 7 match' })).toBeVisible();
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page.getByRole('heading', { name: 'All 7 briefings' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a speaker page entry leads to the turn, and Back returns to the page', async ({ page }) => {
  await page.goto('/briefings/?speaker=helen-marsh');
  await page.getByRole('link', { name: 'Helen V. Marsh', exact: true }).first().click();
  await expect(page).toHaveURL(/\/speakers\/helen-marsh\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Helen V. Marsh' })).toBeVisible();
  await expect(page.getByText('10 turns in 4 briefings')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Questions answered' })).toBeVisible();

  await page
    .getByRole('link', {
      name: 'Good morning. General Ashdale and I have just come back from Brussels, where NATO ministers met.',
    })
    .click();
  await expect(page).toHaveURL(`${conference}exchange/x1/#t1`);
  const turn = page
    .getByRole('region', { name: 'Opening statements' })
    .getByRole('article')
    .first();
  await expect(turn).toBeFocused();
  await expect(turn).toHaveAttribute('aria-current', 'location');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Helen V. Marsh' })).toBeVisible();
});

test('a topic page draws its timeline, its speakers and every exchange', async ({ page }) => {
  await page.goto('/');
  await siteNav(page).getByRole('link', { name: 'Topics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Topics' })).toBeVisible();
  await page.getByRole('link', { name: 'Libya', exact: true }).click();
  await expect(page).toHaveURL(/\/topics\/libya\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Libya' })).toBeVisible();
  await expect(page.getByText('19 mentions in 3 briefings (6 exchanges)')).toBeVisible();
  const table = page.getByRole('table', { name: 'Mentions of Libya by month' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row', { name: /January 2020/ })).toContainText('13');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Lorenzo Guerini' }).first(),
  ).toContainText('10 mentions');
  await page.getByRole('link', { name: 'Opening statements' }).first().click();
  await expect(page).toHaveURL(/\/briefings\/2020-01-31-[^/]+\/exchange\/x1\/#t2$/);
});

test('a briefing opens in the viewer and marks a suggested story', async ({ page }) => {
  await page.goto('/briefings/');
  await page.getByRole('link', { name: 'Media Availability with the Secretary' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Media Availability with the Secretary' }),
  ).toBeVisible();
  await expect(page.getByText('Suggested pairing:')).toBeVisible();
  await expect(
    page.getByRole('complementary', { name: 'News story' }).getByRole('heading', {
      name: "More training for Libya's coastguard as crossings rise",
    }),
  ).toBeVisible();
});

test('the shipped briefing also lives in the archive, and its old links still work', async ({
  page,
}) => {
  await page.goto('/briefings/');
  const shipped = page.getByRole('listitem').filter({ hasText: 'on the front page' });
  await shipped.getByRole('heading', { level: 3 }).getByRole('link').click();
  await expect(page).toHaveURL(/\/briefings\/2020-01-31-[^/]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/exchange/x3#t7');
  await expect(
    page.getByRole('article').and(page.locator('[aria-current="location"]')),
  ).toBeFocused();
});

test('an unknown slug says so and keeps the site working', async ({ page }) => {
  await page.goto('/speakers/no-such-person/');
  await expect(page.getByRole('heading', { level: 1, name: 'Not in the archive' })).toBeVisible();
  await expect(
    page.getByText('No one in the archive has the page “no-such-person”.'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'All speakers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Speakers' })).toBeVisible();
  await page.goto('/briefings/no-such-briefing/');
  await expect(page.getByText('The archive has no briefing at “no-such-briefing”.')).toBeVisible();
});

test('archive pages read without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/speakers/dana-reyes/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Reyes' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Questions asked' })).toBeVisible();
  await page.goto('/topics/');
  await expect(page.getByRole('link', { name: 'Landmines' })).toBeVisible();
  await context.close();
});

const archivePages = [
  { name: 'the archive home', url: '/briefings/?topic=nato' },
  { name: 'an archive briefing', url: `${conference}exchange/x2/` },
  { name: 'the speakers', url: '/speakers/' },
  { name: 'a speaker', url: '/speakers/helen-marsh/' },
  { name: 'the topics', url: '/topics/' },
  { name: 'a topic', url: '/topics/nato/' },
  { name: 'an unknown topic', url: '/topics/astrology/' },
];

for (const { name, url } of archivePages) {
  test(`axe finds no violations on ${name}`, async ({ page }) => {
    // Opened directly: the browser adopts the prerendered page, with nothing said in the console.
    const problems = watchProblems(page);
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
    expect(problems.filter((problem) => !problem.includes('404'))).toEqual([]);
  });
}

test('every internal link of the built archive resolves to a file', async () => {
  const report = await checkLinks('dist');
  expect(report.broken).toEqual([]);
  // The shipped pair's 10 pages, the search page, and 68 of the archive, 7 briefings' among them.
  expect(report.pages).toBe(79);
});
