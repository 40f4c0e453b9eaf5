import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { briefingTitle, questionExchange } from './seed';

const importBriefing = readFileSync(
  new URL('../fixtures/import-briefing.txt', import.meta.url),
  'utf8',
);

/** Where an element's top is, in the window, in CSS pixels. */
async function topOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('The element is not laid out');
  return box.y;
}

async function openBriefingAt(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: briefingTitle })).toBeVisible();
  // The app has taken the page over once its effects have run.
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'medium');
}

test('a new text size or theme keeps the passage being read on screen', async ({ page }) => {
  const question = questionExchange(4);
  await openBriefingAt(page, `/exchange/${question.id}`);
  const section = page.getByRole('region', { name: question.title });
  await expect(section).toBeFocused();
  const heading = section.getByRole('heading', { name: question.title });
  const before = await topOf(heading);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);

  await page.getByRole('combobox', { name: 'Text size' }).selectOption('large');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  expect(Math.abs((await topOf(heading)) - before)).toBeLessThan(4);
  await page.getByRole('combobox', { name: 'Text size' }).selectOption('small');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'small');
  expect(Math.abs((await topOf(heading)) - before)).toBeLessThan(4);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(Math.abs((await topOf(heading)) - before)).toBeLessThan(4);
});

test('Back and Forward put a focused search box back to each finished search', async ({ page }) => {
  await openBriefingAt(page, '/');
  const search = page.getByRole('searchbox', { name: 'Search both documents' });
  await search.fill('Haftar');
  await expect(page).toHaveURL(/\?q=Haftar$/);
  // Leaving the box finishes the search; the next one is a step of its own.
  await search.blur();
  await search.focus();
  await search.fill('Tripoli');
  await expect(page).toHaveURL(/\?q=Tripoli$/);
  await expect(search).toBeFocused();

  await page.goBack();
  await expect(page).toHaveURL(/\?q=Haftar$/);
  await expect(search).toHaveValue('Haftar');
  await expect(page.getByText(/^\d+ match(es)?: \d+ in briefing, \d+ in story$/)).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(search).toHaveValue('');
  await page.goForward();
  await expect(search).toHaveValue('Haftar');
  await page.goForward();
  await expect(search).toHaveValue('Tripoli');
});

test('the speaker list of a briefing with hundreds of speakers can be searched', async ({
  page,
}) => {
  // The 2,000-turn sample with the default seed has 188 speakers, three of them named Sokolova:
  // Felix of Bluewater Public Media, Aino of Estonian Public Radio and Viktor of Westport Post.
  await page.goto('/sample/2000');
  await expect(page.getByRole('heading', { level: 1, name: /^Generated sample: / })).toBeVisible();
  const speakers = page.getByRole('group', { name: 'Speakers' });
  await expect(speakers.getByText('188 speakers in all')).toBeVisible();
  const find = speakers.getByRole('searchbox', { name: 'Find a speaker' });
  // The topics are a few Tab presses past the speakers, not a few hundred.
  await find.focus();
  for (let presses = 0; presses < 4; presses += 1) await page.keyboard.press('Tab');
  const topics = page.getByRole('group', { name: 'Topics' });
  await expect(topics.getByRole('checkbox').first()).toBeFocused();

  await find.fill('sokolova');
  await expect(speakers.getByText('3 speakers of 188 match “sokolova”')).toBeVisible();
  expect((await new AxeBuilder({ page }).include('aside').analyze()).violations).toEqual([]);
  const outlet = speakers.getByRole('group', { name: 'Estonian Public Radio' });
  await outlet.getByRole('checkbox', { name: /^Aino Sokolova/ }).check();
  await expect(page).toHaveURL(/\?speaker=r-aino-sokolova$/);
  await expect(page.getByText(/^Showing [\d,]+ of [\d,]+ exchanges/)).toBeVisible();
});

test('import asks for the date, publisher and source, and the library edits them', async ({
  page,
}) => {
  await page.goto('/import');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'medium');
  await page.getByLabel('Paste a transcript or news story').fill(importBriefing);
  await page.getByRole('button', { name: 'Preview' }).click();
  const form = page.getByRole('form', { name: 'Save' });
  // "March 3, 2021" is the line under the transcript's title.
  await expect(form.getByLabel('Date')).toHaveValue('2021-03-03');
  await expect(page.getByRole('region', { name: 'Preview' })).toBeInViewport();
  await form.getByLabel('Publisher').fill('Harbor Ministry');
  await form.getByLabel('Source address').fill('https://harbor.example/briefings/3');
  await form.getByRole('button', { name: 'Save in this browser' }).click();
  await page.getByRole('link', { name: 'Read it now' }).click();
  const banner = page.getByRole('banner');
  await expect(banner.getByText('Harbor Ministry')).toBeVisible();
  await expect(banner.getByText('3 March 2021')).toBeVisible();
  await expect(banner.getByRole('link', { name: /^Original transcript/ })).toHaveAttribute(
    'href',
    'https://harbor.example/briefings/3',
  );

  await page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Library' })
    .click();
  await page.getByRole('button', { name: /^Edit the details of/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Publisher').fill('Harbor Ministry of Defence');
  await dialog.getByLabel('Date').fill('2021-03-04');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await dialog.getByRole('button', { name: 'Save details' }).click();
  const list = page.getByRole('list', { name: 'Saved documents' });
  await expect(list.getByText('Harbor Ministry of Defence, 4 March 2021')).toBeVisible();
  await list.getByRole('link', { name: /^Open / }).click();
  await expect(page.getByRole('banner').getByText('Harbor Ministry of Defence')).toBeVisible();
  await expect(page.getByRole('banner').getByText('4 March 2021')).toBeVisible();
});

test('the shipped pair shows its dates, and the story says it is years older', async ({ page }) => {
  await openBriefingAt(page, '/');
  await expect(page.getByRole('banner').getByText('31 January 2020')).toBeVisible();
  const story = page.getByRole('complementary', { name: 'News story' });
  await expect(story.getByText('UK Ministry of Defence (GOV.UK)')).toBeVisible();
  await expect(
    story.getByText(
      'The story is from 9 February 2017, almost 3 years before the briefing of 31 January 2020.',
    ),
  ).toBeVisible();
});

test('a printed briefing shows the text, the source and the permalinks, not the controls', async ({
  page,
}) => {
  await openBriefingAt(page, '/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: briefingTitle })).toBeVisible();
  await expect(page.getByRole('banner').getByText('31 January 2020')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Filters' })).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search both documents' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Text size' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Copy link/ }).first()).toBeHidden();
  const question = questionExchange(2);
  await expect(page.getByRole('link', { name: `Permalink to ${question.title}` })).toBeVisible();
});
