import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { briefingTitle, questionExchange } from './seed';

test('a phone shows one document at a time with a switch between them', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: briefingTitle })).toBeVisible();
  const switcher = page.getByRole('group', { name: 'Document to read' });
  const briefingButton = switcher.getByRole('button', { name: 'Briefing' });
  const storyButton = switcher.getByRole('button', { name: 'Story' });
  await expect(briefingButton).toHaveAttribute('aria-pressed', 'true');
  const firstExchange = page.getByRole('main').getByRole('region').first();
  await expect(firstExchange).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'News story' })).toBeHidden();

  await storyButton.click();
  await expect(storyButton).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('complementary', { name: 'News story' })).toBeVisible();
  await expect(firstExchange).toBeHidden();

  await briefingButton.click();
  await expect(firstExchange).toBeVisible();
});

test('axe finds no violations at a phone viewport', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: briefingTitle })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page
    .getByRole('group', { name: 'Document to read' })
    .getByRole('button', { name: 'Story' })
    .click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('a permalink on a phone lands on the exchange', async ({ page }) => {
  const question = questionExchange(1);
  await page.goto(`/exchange/${question.id}`);
  const section = page.getByRole('region', { name: question.title });
  await expect(section).toBeFocused();
  await expect(section).toBeInViewport();
});

test('on a phone the filters fold away above the briefing and open on request', async ({
  page,
}) => {
  await page.goto('/');
  const filtersLandmark = page.getByRole('complementary', { name: 'Filters' });
  const search = page.getByRole('searchbox', { name: 'Search both documents' });
  await expect(search).toBeHidden();
  await filtersLandmark.getByRole('button', { name: 'Show filters' }).click();
  await expect(search).toBeVisible();
  await search.fill('Libya');
  await expect(page).toHaveURL(/\?q=Libya$/);
  await filtersLandmark.getByRole('button', { name: 'Hide filters' }).click();
  await expect(search).toBeHidden();
  await expect(page.getByText(/Showing \d+ of \d+ exchanges/)).toBeVisible();
});
