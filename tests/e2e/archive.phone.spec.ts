import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

for (const url of ['/briefings/', '/speakers/helen-marsh/', '/topics/libya/', '/speakers/']) {
  test(`${url} fits a phone's width and axe finds nothing there`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}
