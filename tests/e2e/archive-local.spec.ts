import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { watchProblems } from './console';

// A made-up briefing imported in this browser, in which a reporter of the archive built from
// tests/fixtures/archive (Ines Calloway) asks a question: the archive's pages list it as local.
const savedText = `Press Briefing on the Harbor Talks

March 3, 2021

MR. CALDERWOOD:  Good morning.  One thing before questions.

QUESTION:  Ines Calloway with Meridian Times.  What did the envoys say about the Libya talks?

MR. CALDERWOOD:  The envoys said the Libya talks go on next week.  Thank you.
`;

const title = 'Press Briefing on the Harbor Talks';
const localMark = 'Saved in this browser — the link opens only here';

test('a briefing imported here shows on the archive home, the speaker and the topic pages, marked local', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto('/import');
  // The form answers once the app has taken the prerendered page over.
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'medium');
  await page.getByLabel('Paste a transcript or news story').fill(savedText);
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(page.getByText(`Saved “${title}” in this browser.`)).toBeVisible();

  await page.goto('/briefings/');
  const home = page.getByRole('region', { name: 'Saved in this browser' });
  const entry = home.getByRole('listitem').filter({ hasText: title });
  await expect(entry).toContainText('3 March 2021 · 1 question');
  await expect(entry).toContainText(localMark);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
  await entry.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(/\/d\/[0-9a-z]{10}$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await page.goto('/speakers/ines-calloway/');
  const speaker = page.getByRole('region', { name: 'Saved in this browser' });
  await expect(speaker).toContainText(
    '1 turn in 1 saved briefing. Matched to Ines Calloway by name; their links open only here.',
  );
  const turn = speaker.getByRole('link', {
    name: 'Ines Calloway with Meridian Times. What did the envoys say about the Libya talks?',
  });
  await expect(turn.locator('xpath=ancestor::li')).toContainText(localMark);
  await turn.click();
  await expect(page).toHaveURL(/\/d\/[0-9a-z]{10}\/exchange\/x2#t2$/);
  await expect(page.locator('#t2')).toContainText('What did the envoys say about the Libya talks?');

  await page.goto('/topics/libya/');
  const topic = page.getByRole('region', { name: 'Saved in this browser' });
  await expect(topic).toContainText('1 exchange in 1 saved briefing. Their links open only here.');
  await expect(topic.getByRole('listitem')).toContainText(
    '3 March 2021 · Press Briefing on the Harbor Talks · 2 turns on Libya',
  );
  expect(problems).toEqual([]);
});
