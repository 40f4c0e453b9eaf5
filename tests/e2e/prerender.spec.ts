import { expect, test, type Page } from '@playwright/test';
import { watchProblems } from './console';
import { briefingTitle, questionExchange, seedTranscript, turnOf } from './seed';

// The built site is static HTML for every page, which the app then hydrates. These tests read the
// served HTML as a link preview or a browser without JavaScript does, and watch hydration for errors.

const decode = (text: string): string =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** The head of a served page as a link-preview robot reads it. */
function readHead(html: string) {
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = (key: string): string | undefined => {
    const tag = [...head.matchAll(/<meta\s[^>]*>/gu)]
      .map((match) => match[0])
      .find(
        (candidate) =>
          candidate.includes(`name="${key}"`) || candidate.includes(`property="${key}"`),
      );
    const content = tag === undefined ? undefined : /content="([^"]*)"/u.exec(tag)?.[1];
    return content === undefined ? undefined : decode(content);
  };
  const title = /<title>([^<]*)<\/title>/u.exec(head)?.[1];
  const canonical = /<link rel="canonical" href="([^"]*)"/u.exec(head)?.[1];
  return {
    title: title === undefined ? undefined : decode(title),
    canonical: canonical === undefined ? undefined : decode(canonical),
    meta,
  };
}

async function addErrorListeners(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { podiumProblems: seen });
    window.onerror = (message) => {
      seen.push(typeof message === 'string' ? message : message.type);
    };
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`refused ${event.violatedDirective}: ${event.sample}`);
    });
  });
}

const pageProblems = (page: Page): Promise<unknown> =>
  page.evaluate(() => (window as unknown as { podiumProblems: string[] }).podiumProblems);

const question = questionExchange(2);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an exchange permalink shows the exchange and its words', async ({ page }) => {
    await page.goto(`/exchange/${question.id}/`);
    const section = page.getByRole('region', { name: question.title });
    await expect(section.getByRole('heading', { level: 2, name: question.title })).toBeVisible();
    const asked = turnOf(question, 1).paragraphs.find((paragraph) => !paragraph.stage);
    if (!asked) throw new Error(`${question.id} has no question text`);
    await expect(section.getByText(asked.text.slice(0, 60))).toBeVisible();
    await expect(section).toHaveAttribute('aria-current', 'location');
    await expect(page).toHaveTitle(`${question.title} — ${briefingTitle} — Podium`);
  });

  test('the full briefing lists every exchange, and its links lead to the permalinks', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: briefingTitle })).toBeVisible();
    await expect(page.getByRole('main').getByRole('region')).toHaveCount(
      seedTranscript.exchanges.length,
    );
    await page.getByRole('link', { name: `Permalink to ${question.title}` }).click();
    await expect(page).toHaveURL(new RegExp(`/exchange/${question.id}$`, 'u'));
    await expect(page.getByRole('region', { name: question.title })).toHaveAttribute(
      'aria-current',
      'location',
    );
  });
});

test('every permalink is a page of its own that names its exchange for previews', async ({
  request,
}) => {
  for (const exchange of seedTranscript.exchanges) {
    const response = await request.get(`/exchange/${exchange.id}`);
    expect(response.status()).toBe(200);
    const head = readHead(await response.text());
    expect(head.title).toBe(`${exchange.title} — ${briefingTitle} — Podium`);
    expect(head.meta('description')).toContain(exchange.title);
    expect(head.meta('og:title')).toContain(exchange.title);
    expect(head.meta('og:description')).toBe(head.meta('description'));
    expect(head.meta('og:type')).toBe('article');
    expect(head.meta('og:site_name')).toBe('Podium');
    expect(head.meta('twitter:card')).toBe('summary_large_image');
    // Built without PODIUM_SITE_URL: no address is better than a relative one.
    expect(head.canonical).toBeUndefined();
    expect(head.meta('og:url')).toBeUndefined();
    expect(head.meta('og:image')).toBe(`/previews/${exchange.id}.png`);
    expect(head.meta('og:image:width')).toBe('1200');
    expect(head.meta('og:image:height')).toBe('630');
    expect(head.meta('og:image:alt')).toContain(exchange.title);
  }
});

test('every permalink’s preview image is served as a PNG card of 1200 by 630', async ({
  request,
}) => {
  for (const exchange of seedTranscript.exchanges) {
    const response = await request.get(`/previews/${exchange.id}.png`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

test('built pages carry a Content-Security-Policy that allows no inline script', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/u.exec(html)?.[1];
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/u);
});

// The import and library pages load their code apart from the viewer's: it must arrive before hydration.
for (const address of ['/', `/exchange/${question.id}`, '/import', '/library']) {
  test(`${address} hydrates without a console error or warning`, async ({ page }) => {
    const problems = watchProblems(page);
    await addErrorListeners(page);
    await page.goto(address);
    // Effects run once hydration has committed: the theme preference lands on the root element.
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'medium');
    if (address.startsWith('/exchange/')) {
      await expect(page.getByRole('region', { name: question.title })).toBeFocused();
    }
    expect(await pageProblems(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('a turn and filters in a shared link apply once the page has hydrated', async ({ page }) => {
  const problems = watchProblems(page);
  await addErrorListeners(page);
  const answer = turnOf(question, -1);
  await page.goto(`/exchange/${question.id}?topic=libya#${answer.id}`);
  const turn = page
    .getByRole('region', { name: question.title })
    .getByRole('article')
    .nth(question.turnIds.indexOf(answer.id));
  await expect(turn).toBeFocused();
  await expect(turn).toHaveAttribute('aria-current', 'location');
  await expect(
    page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: 'Libya' }),
  ).toBeChecked();
  await expect(page).toHaveURL(
    new RegExp(`/exchange/${question.id}\\?topic=libya#${answer.id}$`, 'u'),
  );
  expect(await pageProblems(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a prerendered page is interactive once hydrated: a filter updates the URL', async ({
  page,
}) => {
  await page.goto(`/exchange/${question.id}`);
  await expect(page.getByRole('region', { name: question.title })).toBeFocused();
  const libya = page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', {
    name: 'Libya',
  });
  await libya.check();
  await expect(page).toHaveURL(new RegExp(`/exchange/${question.id}\\?topic=libya$`, 'u'));
  await expect(page.getByText(/Showing \d+ of \d+ exchanges/u)).toBeVisible();
});

test('an unknown address answers 404 with the not-found page', async ({ page, request }) => {
  const response = await request.get('/no/such/page');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('<h1>Page not found</h1>');

  const navigation = await page.goto('/no/such/page');
  expect(navigation?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  // The app names the address the reader asked for, which the static page could not know.
  await expect(page.getByText('/no/such/page', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Read the full briefing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: briefingTitle })).toBeVisible();
});
