import { expect, test } from '@playwright/test';
import { briefingTitle } from './seed';

test('each document keeps its own place when a phone switches between them', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: briefingTitle })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'medium');
  const switcher = page.getByRole('group', { name: 'Document to read' });
  await page.mouse.wheel(0, 2500);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
  const briefingPlace = await page.evaluate(() => window.scrollY);

  await switcher.getByRole('button', { name: 'Story' }).click();
  // The story opens at its top the first time.
  const storyTitle = page.getByRole('heading', {
    level: 2,
    name: 'Britain and Italy stand together to tackle security threats',
  });
  await expect(storyTitle).toBeInViewport();
  await page.mouse.wheel(0, 600);
  await expect(storyTitle).not.toBeInViewport();
  const storyPlace = await page.evaluate(() => window.scrollY);

  await switcher.getByRole('button', { name: 'Briefing' }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(briefingPlace);
  await switcher.getByRole('button', { name: 'Story' }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(storyPlace);
});

test('on a phone every control of the header and the switch is at least 44 pixels tall', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'medium');
  const controls = page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link')
    .or(page.getByRole('banner').getByRole('button'))
    .or(page.getByRole('banner').getByRole('combobox'))
    .or(page.getByRole('group', { name: 'Document to read' }).getByRole('button'))
    .or(page.getByRole('button', { name: 'Show filters' }));
  const boxes = await controls.evaluateAll((elements) =>
    elements
      .filter((element) => element.getBoundingClientRect().width > 0)
      .map((element) => ({
        name: element.textContent.trim(),
        height: element.getBoundingClientRect().height,
      })),
  );
  expect(boxes.length).toBeGreaterThan(5);
  expect(boxes.filter((box) => box.height < 44)).toEqual([]);
  // The header leaves most of the first screen to the briefing.
  const header = await page.getByRole('banner').boundingBox();
  expect(header?.height ?? 0).toBeLessThan(0.45 * (page.viewportSize()?.height ?? 0));
});
