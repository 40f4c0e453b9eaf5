import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { briefingTitle, questionExchange } from './seed';

const pages = [
  { name: 'the full briefing', url: () => '/' },
  { name: 'an exchange permalink', url: () => `/exchange/${questionExchange(2).id}` },
  { name: 'a filtered view', url: () => '/?topic=libya&topic=nato&q=Italy' },
  { name: 'a bad link', url: () => '/exchange/x404?topic=astrology' },
  { name: 'the not-found page', url: () => '/no/such/page' },
];

for (const { name, url } of pages) {
  test(`axe finds no violations on ${name}`, async ({ page }) => {
    await page.goto(url());
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}

test('axe finds no violations in the dark theme and with the help open', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: briefingTitle })).toBeVisible();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await page.getByRole('button', { name: /^Help/ }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
