import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { briefingTitle } from './seed';

// The minister's answer in the third exchange, turn t9, holds "There is no military solution alone."
// (briefing.txt, line 96), which the README names by the quote link below.
const aloneLink = '/exchange/x3#t9:q=472-508~g7iv';
const alone = 'There is no military solution alone.';

/** Drags the mouse across `words` inside an element of the page, as a reader selects them. */
async function dragAcross(page: Page, words: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rects = Array.from(range.getClientRects());
      const first = rects[0];
      const last = rects.at(-1);
      if (first === undefined || last === undefined) return undefined;
      return {
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    }
    return undefined;
  }, words);
  if (box === undefined) throw new Error(`"${words}" is not on the page`);
  await page.mouse.move(box.from.x, box.from.y);
  await page.mouse.down();
  await page.mouse.move(box.to.x, box.to.y, { steps: 8 });
  await page.mouse.up();
}

const quoteMark = (page: Page) => page.locator('mark.quote-mark');

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('words selected with the mouse are linked, and the link opens on exactly those words', async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto('/exchange/x3');
    await page.getByRole('article').filter({ hasText: alone }).scrollIntoViewIfNeeded();
    await dragAcross(page, 'no military solution');
    const action = page.getByRole('region', { name: /^Quote Lorenzo Guerini/ });
    await expect(action).toBeVisible();
    await expect(action).toContainText('Quote Lorenzo Guerini: no military solution');
    await action.getByRole('button', { name: 'Copy quote link' }).click();
    await expect(page.getByText('Quote link copied')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // "There is " starts at 472, so "no military solution" is 481–501; "jbrc" is the FNV-1a check
    // of those words (README), worked out apart from the app.
    expect(link).toBe(`${baseURL}/exchange/x3#t9:q=481-501~jbrc:~:text=no%20military%20solution`);

    const fresh = await context.newPage();
    await fresh.goto(link);
    const mark = quoteMark(fresh);
    await expect(mark).toHaveText('Quoted words: no military solution');
    await expect(mark).toBeFocused();
    await expect(mark).toBeInViewport();
    await expect(fresh).toHaveTitle(
      `“no military solution” — Lorenzo Guerini in Question 2 · RAI Television reporter · Libya, NATO, Cooperation — ${briefingTitle} — Podium`,
    );
  });

  test('the keyboard selects a sentence at a time and copies its citation', async ({ page }) => {
    await page.goto('/exchange/x3#t9');
    const turn = page.getByRole('article').filter({ hasText: alone });
    await expect(turn).toBeFocused();
    // Its fifth sentence: the first paragraph's three (the last one unfinished), "However, …", then it.
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('s');
    const action = page.getByRole('region', { name: /^Quote Lorenzo Guerini/ });
    await expect(action).toContainText(`Quote Lorenzo Guerini: ${alone}`);
    await expect(action.getByRole('button', { name: 'Copy quote link' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Citation copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `“${alone}” — Lorenzo Guerini, Minister of Defense, Italy (through an interpreter), in “${briefingTitle}”, U.S. Department of Defense, 31 January 2020. ${new URL(aloneLink, page.url()).href}\n` +
        'Source: https://www.defense.gov/Newsroom/Transcripts/Transcript/Article/2072124/secretary-of-defense-dr-mark-t-esper-and-minister-of-defense-lorenzo-guerini-of/#:~:text=There%20is%20no%20military%20solution%20alone.',
    );
    await page.keyboard.press('Escape');
    await expect(action).toBeHidden();
    await expect(turn).toBeFocused();
  });
});

test('a quote link marks its words on the prerendered page; Back and Forward move between quotes', async ({
  page,
}) => {
  await page.goto(aloneLink);
  await expect(quoteMark(page)).toHaveText(`Quoted words: ${alone}`);
  await expect(quoteMark(page)).toBeFocused();
  await page.goto('/exchange/x3#t9:q=0-7~abcd');
  await expect(
    page.getByRole('heading', { name: 'The quoted words could not be marked' }),
  ).toBeVisible();
  await expect(quoteMark(page)).toHaveCount(0);
  await page.goBack();
  await expect(quoteMark(page)).toHaveText(`Quoted words: ${alone}`);
  await page.goForward();
  await expect(page.getByText(/The text has changed since this quote link was made/)).toBeVisible();
});

test('axe finds no violations on a quoted view with the quote action open', async ({ page }) => {
  // Axe reads every node of the whole briefing and story: give it time on a busy machine.
  test.setTimeout(60_000);
  await page.goto(aloneLink);
  await expect(quoteMark(page)).toBeFocused();
  await page.keyboard.press('s');
  await expect(page.getByRole('region', { name: /^Quote Lorenzo Guerini/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a copied paragraph is its speech, without the "Interpreted" badge run into it', async ({
    page,
  }) => {
    await page.goto('/exchange/x3');
    // The reporter's question turns to the minister through an interpreter in mid-turn
    // (briefing.txt, line 82): that paragraph carries an "Interpreted" badge of its own.
    const paragraph = page
      .getByRole('paragraph')
      .filter({ hasText: 'Minister Guerini, Libya in particular' });
    await expect(paragraph).toContainText('Interpreted');
    await paragraph.selectText();
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(
      copied.startsWith(
        'Minister Guerini, Libya in particular, (inaudible) regular and mercenary troops',
      ),
    ).toBe(true);
    expect(copied).not.toContain('Interpreted');
  });

  test('a copied turn keeps its paragraphs apart and leaves the badge out', async ({ page }) => {
    await page.goto('/exchange/x3#t9');
    const turn = page.getByRole('article').filter({ hasText: alone });
    await expect(turn).toBeFocused();
    await turn.selectText();
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Lorenzo Guerini');
    expect(copied).toContain('the results of the Berlin conference.\n\nHowever, those results');
    expect(copied).not.toContain('Interpreted');
  });
});

test.describe('quoting the story', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('words of a story paragraph are linked and marked in the story', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    const story = page.getByRole('complementary', { name: 'News story' });
    await story
      .getByText('working closely to tackle illegal mass migration')
      .scrollIntoViewIfNeeded();
    await dragAcross(page, 'tackle illegal mass migration');
    const action = page.getByRole('region', { name: /^Quote UK Ministry of Defence/ });
    await expect(action).toContainText('tackle illegal mass migration');
    await action.getByRole('button', { name: 'Copy quote link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).pathname).toBe('/');

    const fresh = await context.newPage();
    await fresh.goto(link);
    const mark = fresh
      .getByRole('complementary', { name: 'News story' })
      .locator('mark.quote-mark');
    await expect(mark).toHaveText('Quoted words: tackle illegal mass migration');
    await expect(mark).toBeFocused();
  });
});
