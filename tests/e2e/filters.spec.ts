import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { defaultTopics } from '../../src/content/topics';
import { parseArticle } from '../../src/domain/article/parse-article';
import { searchArticle, searchTranscript } from '../../src/domain/search/search';
import { seedTranscript } from './seed';

const seedArticle = parseArticle(
  readFileSync(new URL('../../src/content/story.txt', import.meta.url), 'utf8'),
  { topics: defaultTopics },
);

const briefing = (page: Page) => page.getByRole('main');
const story = (page: Page) => page.getByRole('complementary', { name: 'News story' });
const filters = (page: Page) => page.getByRole('complementary', { name: 'Filters' });
// Playwright has no role for <mark> (ARIA's "mark" is newer than its role list): find the element.
const marks = (scope: Locator) => scope.locator('mark');

test('choosing a topic marks its mentions in both documents and narrows the briefing', async ({
  page,
}) => {
  await page.goto('/');
  await filters(page).getByRole('checkbox', { name: 'Libya' }).check();
  await expect(page).toHaveURL(/[?&]topic=libya/);
  const storyMentions = seedArticle.paragraphs.flatMap((paragraph) =>
    paragraph.mentions.filter((mention) => mention.topicId === 'libya'),
  );
  await expect(marks(story(page))).toHaveCount(storyMentions.length);
  await expect(marks(briefing(page)).first()).toContainText('Topic Libya:');
  const touching = seedTranscript.exchanges.filter((exchange) =>
    exchange.topics.includes('libya' as never),
  );
  await expect(briefing(page).getByRole('region')).toHaveCount(touching.length);
});

test('previous and next mention move focus through the marks, briefing first', async ({ page }) => {
  await page.goto('/?topic=nato');
  const next = filters(page).getByRole('button', { name: 'Next mention' });
  await next.click();
  await expect(marks(briefing(page)).first()).toBeFocused();
  await expect(filters(page).getByText(/^Mention 1 of \d+$/)).toBeVisible();
  await filters(page).getByRole('button', { name: 'Previous mention' }).click();
  await expect(marks(story(page)).last()).toBeFocused();
  await expect(marks(story(page)).last()).toBeInViewport();
});

test('searching counts matches in both documents and steps through them', async ({ page }) => {
  await page.goto('/');
  const query = 'Coastguard';
  const inBriefing = searchTranscript(seedTranscript, query).length;
  const inStory = searchArticle(seedArticle, query).length;
  const search = page.getByRole('searchbox', { name: 'Search both documents' });
  await search.fill(query);
  await expect(page).toHaveURL(/[?&]q=Coastguard/);
  await expect(filters(page).getByRole('status').first()).toHaveText(
    `${inBriefing + inStory} matches: ${inBriefing} in briefing, ${inStory} in story`,
  );
  await expect(marks(story(page))).toHaveCount(inStory);
  await filters(page).getByRole('button', { name: 'Next match' }).click();
  const firstHit = marks(inBriefing > 0 ? briefing(page) : story(page)).filter({
    hasText: /^coastguard$/i,
  });
  await expect(firstHit.first()).toBeFocused();
  await expect(filters(page).getByText(/^Match 1 of \d+$/)).toBeVisible();
});

test('a short query is explained, and the search survives a reload', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Search both documents' });
  await search.fill('L');
  await expect(filters(page).getByText('Type at least 2 characters to search.')).toBeVisible();
  await search.fill('herat');
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search both documents' })).toHaveValue('herat');
  await expect(marks(briefing(page)).first()).toHaveText(/^Herat$/);
});

test('Enter in the search box with no match to step to leaves the page as it is', async ({
  page,
}) => {
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Search both documents' });
  await search.fill('zzqx');
  await expect(page).toHaveURL(/[?&]q=zzqx/);
  await search.press('Enter');
  await expect(filters(page).getByText('No matches for “zzqx”.')).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=zzqx/);
  await expect(search).toHaveValue('zzqx');
  await expect(search).toBeFocused();
});

test('clear all filters brings every exchange back', async ({ page }) => {
  await page.goto('/?topic=landmines&q=mine');
  await filters(page).getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(briefing(page).getByRole('region')).toHaveCount(seedTranscript.exchanges.length);
  await expect(marks(page.locator('body'))).toHaveCount(0);
});

test('the overview rail takes the reader to an exchange', async ({ page }) => {
  await page.goto('/?topic=iraq');
  const rail = page.getByRole('navigation', { name: /^Overview of / });
  const link = rail.getByRole('link', { name: /^Question 4 .*Iraq mentions?/ });
  await link.click();
  await expect(page).toHaveURL(/\/exchange\/x\d+\?topic=iraq/);
  await expect(rail.getByRole('link', { name: /^Question 4/ })).toHaveAttribute(
    'aria-current',
    'location',
  );
});
