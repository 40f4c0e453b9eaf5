import { expect, test } from '@playwright/test';

test('the home page shows the briefing', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Podium' })).toBeVisible();
});
