import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchProblems } from './console';

const story = (page: Page) => page.getByRole('complementary', { name: 'News story' });
const briefing = (page: Page) => page.getByRole('main');
const filters = (page: Page) => page.getByRole('complementary', { name: 'Filters' });
// Playwright has no role for <mark> (ARIA's "mark" is newer than its role list): find the element.
const marks = (scope: Locator) => scope.locator('mark');

test('a reader’s own topic travels in the link to a colleague who opens it fresh', async ({
  page,
  browser,
}) => {
  const problems = watchProblems(page);
  await page.goto('/');
  await filters(page).getByRole('button', { name: 'Add a topic' }).click();
  const form = filters(page).getByRole('form', { name: 'Add a topic' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Forces on the ground');
  await form
    .getByRole('textbox', { name: 'Words that mean it' })
    .fill('troops, soldiers, training');
  await form.getByRole('button', { name: 'Add topic' }).click();

  const own = filters(page).getByRole('checkbox', { name: 'Forces on the ground' });
  await expect(own).toBeChecked();
  await expect(page).toHaveURL(/[?&]my=Forces\+on\+the\+ground_troops_soldiers_training/);
  // "training" four times in the story; troops, soldiers and training five times in the briefing.
  await expect(marks(story(page))).toHaveCount(4);
  await expect(filters(page).getByText('9 mentions of the chosen topic')).toBeVisible();
  const link = page.url();

  const colleague = await browser.newContext();
  const fresh = await colleague.newPage();
  const freshProblems = watchProblems(fresh);
  await fresh.goto(link);
  await expect(
    filters(fresh).getByRole('checkbox', { name: 'Forces on the ground' }),
  ).toBeChecked();
  await expect(marks(story(fresh))).toHaveCount(4);
  await expect(marks(story(fresh)).first()).toContainText('Topic forces on the ground:');
  await expect(filters(fresh).getByText('9 mentions of the chosen topic')).toBeVisible();
  await filters(fresh).getByRole('button', { name: 'Next mention' }).click();
  await expect(marks(briefing(fresh)).first()).toBeFocused();
  await colleague.close();
  expect(problems).toEqual([]);
  expect(freshProblems).toEqual([]);
});

test('a link whose own topics cannot be read says so, and the page keeps working', async ({
  page,
}) => {
  await page.goto('/?topic=libya&my=%3Cscript%3E');
  await expect(
    page.getByRole('heading', { name: 'Part of this link was not found' }),
  ).toBeVisible();
  await expect(page.getByText(/The name “<script>” can only hold/)).toBeVisible();
  await expect(filters(page).getByRole('checkbox', { name: 'Libya' })).toBeChecked();
  await page.getByRole('link', { name: 'Remove them from the link' }).click();
  await expect(page).toHaveURL(/\/\?topic=libya$/);
});

test('the form for a topic of one’s own is accessible, its message included', async ({ page }) => {
  await page.goto('/');
  await filters(page).getByRole('button', { name: 'Add a topic' }).click();
  const form = filters(page).getByRole('form', { name: 'Add a topic' });
  await expect(form.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await form.getByRole('button', { name: 'Add topic' }).click();
  await expect(form.getByRole('alert')).toHaveText('Give the topic a name.');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
