import { expect, test } from '@playwright/test';
import {
  briefingTitle,
  escapeRegExp,
  firstSpeaker,
  questionExchange,
  seedTranscript,
  turnOf,
} from './seed';

test('the home page shows the briefing beside the story, with a clean console', async ({
  page,
}) => {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: briefingTitle })).toBeVisible();
  await expect(page).toHaveTitle(`${briefingTitle} — Podium`);
  await expect(page.getByRole('complementary', { name: 'News story' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('region')).toHaveCount(
    seedTranscript.exchanges.length,
  );
  expect(messages).toEqual([]);
});

test('an exchange permalink focuses that exchange, marks it and names it in the title', async ({
  page,
}) => {
  const question = questionExchange(3);
  await page.goto(`/exchange/${question.id}`);
  const section = page.getByRole('region', { name: question.title });
  await expect(section).toBeFocused();
  await expect(section).toHaveAttribute('aria-current', 'location');
  await expect(section).toBeInViewport();
  await expect(page).toHaveTitle(`${question.title} — ${briefingTitle} — Podium`);
});

test('a turn permalink focuses that turn', async ({ page }) => {
  const question = questionExchange(2);
  const answer = turnOf(question, -1);
  await page.goto(`/exchange/${question.id}#${answer.id}`);
  const turn = page
    .getByRole('region', { name: question.title })
    .getByRole('article')
    .nth(question.turnIds.indexOf(answer.id));
  await expect(turn).toBeFocused();
  await expect(turn).toHaveAttribute('aria-current', 'location');
  await expect(turn).toBeInViewport();
});

test('a speaker filter changes the URL, survives a reload, and Back undoes it', async ({
  page,
}) => {
  const reporter = firstSpeaker('reporter');
  await page.goto('/');
  const checkbox = page.getByRole('checkbox', {
    name: new RegExp(`^${escapeRegExp(reporter.name)}`),
  });
  await checkbox.click();
  await expect(checkbox).toBeChecked();
  await expect(page).toHaveURL(new RegExp(`\\?speaker=${escapeRegExp(reporter.id)}$`));
  await expect(page.getByText(/Showing \d+ of \d+ exchanges/)).toBeVisible();
  const filteredCount = await page.getByRole('main').getByRole('region').count();
  expect(filteredCount).toBeLessThan(seedTranscript.exchanges.length);

  await page.reload();
  await expect(checkbox).toBeChecked();
  await expect(page.getByRole('main').getByRole('region')).toHaveCount(filteredCount);

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(checkbox).not.toBeChecked();
  await expect(page.getByRole('main').getByRole('region')).toHaveCount(
    seedTranscript.exchanges.length,
  );
});

test('a bad link says what was not found and the viewer keeps working', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => {
    // A static host answers an address it has no file for with its 404 page and status 404, which
    // Chromium logs as a failed resource; the app then reads the address itself.
    if (
      message
        .text()
        .startsWith('Failed to load resource: the server responded with a status of 404')
    )
      return;
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  expect((await page.goto('/exchange/x404?speaker=nobody'))?.status()).toBe(404);
  await expect(page.getByText('This briefing has no exchange “x404”.')).toBeVisible();
  await expect(page.getByText(/No speaker “nobody”/)).toBeVisible();
  await page.getByRole('link', { name: 'Show the full briefing' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Part of this link was not found' })).toBeHidden();

  expect((await page.goto('/no/such/page'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Read the full briefing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: briefingTitle })).toBeVisible();
  expect(messages).toEqual([]);
});

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link puts the bare permalink on the clipboard', async ({ page, baseURL }) => {
    const question = questionExchange(2);
    await page.goto('/?topic=libya');
    await page
      .getByRole('region', { name: question.title })
      .getByRole('button', { name: `Copy link to ${question.title}` })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL ?? ''}/exchange/${question.id}`);
  });

  test('keyboard only: search, walk to the first match, copy its link', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: briefingTitle })).toBeVisible();
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Search both documents' });
    await expect(search).toBeFocused();
    await page.keyboard.type('Haftar');
    await expect(page).toHaveURL(/\?q=Haftar$/);
    // The briefing is drawn for the search (in a transition) before the reader walks it.
    await expect(
      page.getByRole('status').filter({ hasText: /^Showing 1 of 6 exchanges/ }),
    ).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(search).not.toBeFocused();

    await page.keyboard.press('j');
    await expect(page).toHaveURL(/\/exchange\/[^/?#]+\?q=Haftar$/);
    const exchangeId = new URL(page.url()).pathname.split('/').at(-1);
    const exchange = seedTranscript.exchanges.find((candidate) => candidate.id === exchangeId);
    if (!exchange) throw new Error(`j went to an unknown exchange ${String(exchangeId)}`);
    const current = page.getByRole('region', { name: exchange.title });
    await expect(current).toBeFocused();
    await expect(current).toHaveAttribute('aria-current', 'location');

    // From the focused exchange, Tab reaches its permalink and then its "Copy link" button.
    await page.keyboard.press('Tab');
    await expect(
      current.getByRole('link', { name: `Permalink to ${exchange.title}` }),
    ).toBeFocused();
    await page.keyboard.press('Tab');
    const copyLink = current.getByRole('button', { name: `Copy link to ${exchange.title}` });
    await expect(copyLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const pathname = new URL(page.url()).pathname;
    expect(copied).toBe(`${baseURL ?? ''}${pathname}`);

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  });
});
