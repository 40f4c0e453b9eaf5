import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { generateTranscript } from '../../src/domain/generate/generate-transcript';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import { searchTranscript } from '../../src/domain/search/search';

// The app generates /sample/2000 with the default seed, 1; the test parses the same text to know it.
const sample = parseTranscript(generateTranscript({ turns: 2000, seed: 1 }));
const exchangeAt = (id: string) => {
  const exchange = sample.exchanges.find((candidate) => candidate.id === id);
  if (exchange === undefined) throw new Error(`The sample has no exchange ${id}`);
  return exchange;
};

test.describe('a 2,000-turn sample', () => {
  // Generating and parsing take a moment on a busy machine.
  test.slow();

  test('opens with its exchange count and draws only some of the exchanges', async ({ page }) => {
    await page.goto('/sample/2000');
    const count = sample.exchanges.length.toLocaleString('en-US');
    await expect(page.getByText(`${count} exchanges in all`)).toBeVisible({ timeout: 30_000 });
    const drawn = await page.getByRole('main').getByRole('region').count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(sample.exchanges.length / 10);
    await expect(page.getByRole('region', { name: exchangeAt('x1').title })).toBeVisible();
  });

  test('a permalink deep in the document scrolls to that exchange and focuses it', async ({
    page,
  }) => {
    const exchange = exchangeAt('x300');
    await page.goto('/sample/2000/exchange/x300');
    const section = page.getByRole('region', { name: exchange.title });
    await expect(section).toBeFocused({ timeout: 30_000 });
    await expect(section).toHaveAttribute('aria-current', 'location');
    await expect(section).toBeInViewport();
    await expect(page).toHaveTitle(
      new RegExp(`^${exchange.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });

  test('a turn permalink deep in the document focuses that turn', async ({ page }) => {
    const exchange = exchangeAt('x450');
    const turnId = exchange.turnIds.at(-1) ?? '';
    await page.goto(`/sample/2000/exchange/x450#${turnId}`);
    const turn = page
      .getByRole('region', { name: exchange.title })
      .getByRole('article')
      .nth(exchange.turnIds.length - 1);
    await expect(turn).toBeFocused({ timeout: 30_000 });
    await expect(turn).toBeInViewport();
  });

  test('search moves to a match far down the document', async ({ page }) => {
    // In quotes, the words are one phrase, highlighted as one mark.
    const query = '"quick follow-up"';
    const hits = searchTranscript(sample, query);
    const last = hits.at(-1);
    if (last === undefined) throw new Error(`The sample has no ${query}`);
    await page.goto('/sample/2000');
    const search = page.getByRole('searchbox', { name: 'Search both documents' });
    await search.fill(query, { timeout: 30_000 });
    await expect(
      page.getByText(`${hits.length} matches: ${hits.length} in briefing`),
    ).toBeVisible();
    // Stepping back from the start wraps round to the last match, in an exchange not drawn yet.
    await page.getByRole('button', { name: 'Previous match' }).click();
    const mark = page.locator(':focus');
    await expect(mark).toHaveText(/quick follow-up/i);
    await expect(mark).toBeInViewport();
    await expect(page.getByText(`Match ${hits.length} of ${hits.length}`)).toBeVisible();
    const lastTurn = sample.turns.find((turn) => turn.id === last.blockId);
    const speakerHeading = page.locator(':focus').locator('xpath=ancestor::article');
    await expect(speakerHeading).toHaveAttribute('id', lastTurn?.id ?? '');
  });

  test('j walks to the next exchange even from the end of what is drawn', async ({ page }) => {
    await page.goto('/sample/2000/exchange/x200');
    await expect(page.getByRole('region', { name: exchangeAt('x200').title })).toBeFocused({
      timeout: 30_000,
    });
    await page.keyboard.press('j');
    await expect(page).toHaveURL(/\/sample\/2000\/exchange\/x201$/);
    await expect(page.getByRole('region', { name: exchangeAt('x201').title })).toBeFocused();
    await page.keyboard.press('k');
    await expect(page.getByRole('region', { name: exchangeAt('x200').title })).toBeFocused();
    await page.keyboard.press('k');
    await expect(page.getByRole('region', { name: exchangeAt('x199').title })).toBeFocused();
  });

  test('axe finds no violations on a long sample, filtered or not', async ({ page }) => {
    await page.goto('/sample/2000?topic=libya');
    await expect(page.getByRole('status').filter({ hasText: /^Showing / })).toBeVisible({
      timeout: 30_000,
    });
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByText(/exchanges in all/)).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('a bad count gets a clear message with a way back', async ({ page }) => {
    await page.goto('/sample/99999');
    await expect(page.getByRole('heading', { level: 1, name: 'No such sample' })).toBeVisible();
    await expect(page.getByText(/from 1 to 50,000 turns, not 99,999/)).toBeVisible();
    await page.goto('/sample/lots');
    await expect(page.getByText(/“lots” is not a number of turns/)).toBeVisible();
    await page.getByRole('link', { name: 'Read the full briefing' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

test('the home page links to a 10,000-turn sample, kept out of its scripts', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Try a 10,000-turn transcript' })).toBeVisible();
  expect(scripts.some((path) => path.includes('generate'))).toBe(false);
});
