import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { FacetLabels } from '../../src/domain/search/archive-records';
import type { LocalSearchRequest } from '../../src/domain/search/local-index';
import type { FacetCounts, SearchResult } from '../../src/domain/search/results';
import type { ArchiveSearchRequest } from '../../src/features/search/archive-search';
import type { SearchClient } from '../../src/features/search/search-data';
import { createSearchLoader, SearchRoute } from '../../src/routes/search-route';

// The search page with a fake client: what the archive and the saved briefings answer is fixed
// here, so the test sees what the page does with it — messages, facets, orders and links.

// A busy machine may take a while to run the loader and draw the page; allow for it.
configure({ asyncUtilTimeout: 8000 });

const labels: FacetLabels = {
  speaker: { 'ana-ruiz': 'Ana Ruiz', 'tom-vale': 'Tom Vale' },
  topic: { libya: 'Libya', nato: 'NATO' },
  year: { '2019': '2019', '2021': '2021' },
  publisher: { 'Ministry of Example': 'Ministry of Example' },
};

const archiveResult: SearchResult = {
  url: '/briefings/2021-05-04-joint-press-briefing/exchange/x2/#t5',
  meta: {
    speaker: 'Ana Ruiz',
    role: 'Minister of Defense, Examplia',
    briefing: 'Joint Press Briefing',
    date: '2021-05-04',
    exchange: 'Question 1 · Harbor Daily reporter',
  },
  filters: { speaker: ['ana-ruiz'], topic: ['libya'], year: ['2021'], publisher: [] },
  snippet: {
    text: 'We cleared the mine fields near the coast.',
    hits: [{ start: 15, end: 26 }],
    before: false,
    after: false,
  },
  spread: 11,
  local: false,
};

const savedResult: SearchResult = {
  url: '/d/abc123/exchange/x1#t2',
  meta: { speaker: 'Tom Vale', briefing: 'My own briefing', exchange: 'Opening statements' },
  filters: { speaker: ['tom-vale'], topic: [], year: [], publisher: [] },
  snippet: {
    text: 'Minefields remain a worry.',
    hits: [{ start: 0, end: 10 }],
    before: false,
    after: false,
  },
  spread: 10,
  local: true,
};

const counts = (speaker: Record<string, number>, topic: Record<string, number>): FacetCounts => ({
  speaker,
  topic,
  year: { '2021': 1 },
  publisher: {},
});

interface Fake {
  readonly client: SearchClient;
  readonly archiveRequests: ArchiveSearchRequest[];
  readonly savedRequests: LocalSearchRequest[];
}

function createFake(options: { readonly index?: boolean } = {}): Fake {
  const archiveRequests: ArchiveSearchRequest[] = [];
  const savedRequests: LocalSearchRequest[] = [];
  const client: SearchClient = {
    archiveLabels: () => Promise.resolve(options.index === false ? undefined : labels),
    savedIndex: () =>
      Promise.resolve({
        briefings: 1,
        labels: { speaker: { 'tom-vale': 'Tom Vale' }, topic: {}, year: {}, publisher: {} },
      }),
    searchArchive: (request) => {
      archiveRequests.push(request);
      return Promise.resolve({
        results: [archiveResult],
        done: true,
        candidates: 1,
        facets: counts({ 'ana-ruiz': 1 }, { libya: 1 }),
        unit: 'turns',
      });
    },
    searchSaved: (request) => {
      savedRequests.push(request);
      const chosen = request.filters.speaker ?? [];
      const results = chosen.length === 0 || chosen.includes('tom-vale') ? [savedResult] : [];
      return Promise.resolve({
        results,
        facets: counts(results.length === 0 ? {} : { 'tom-vale': 1 }, {}),
      });
    },
  };
  return { client, archiveRequests, savedRequests };
}

function renderSearch(url: string, fake: Fake = createFake()) {
  const router = createMemoryRouter(
    [{ path: '/search', loader: createSearchLoader(() => fake.client), Component: SearchRoute }],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return { router, fake, user: userEvent.setup() };
}

describe('search page', () => {
  it('shows each turn found with speaker, briefing, date and the words found marked', async () => {
    renderSearch('/search?q=minefields&sort=newest');
    expect(await screen.findByRole('status')).toHaveTextContent(
      '2 turns found for “minefields”. 1 of them in briefings saved in this browser.',
    );
    const [first, second] = screen.getAllByRole('article');
    if (first === undefined || second === undefined) throw new Error('Two results were expected.');
    expect(first).toHaveTextContent('Ana Ruiz, Minister of Defense, Examplia');
    expect(first).toHaveTextContent(
      'Joint Press Briefing · 4 May 2021 · Question 1 · Harbor Daily reporter',
    );
    expect(within(first).getByText('mine fields', { selector: 'mark' })).toBeInTheDocument();
    expect(
      within(first).getByRole('link', { name: 'Ana Ruiz, Minister of Defense, Examplia' }),
    ).toHaveAttribute(
      'href',
      '/briefings/2021-05-04-joint-press-briefing/exchange/x2/?q=minefields#t5',
    );
    expect(second).toHaveTextContent('Saved in this browser');
    expect(within(second).getByRole('link', { name: 'Tom Vale' })).toHaveAttribute(
      'href',
      '/d/abc123/exchange/x1?q=minefields#t2',
    );
  });

  it('shows text with markup as text', async () => {
    const fake = createFake();
    fake.client.searchArchive = () =>
      Promise.resolve({
        results: [
          { ...archiveResult, snippet: { ...archiveResult.snippet, text: '<b>mine</b> fields' } },
        ],
        done: true,
        candidates: 1,
        facets: counts({}, {}),
        unit: 'turns',
      });
    renderSearch('/search?q=mine', fake);
    expect(await screen.findByText('<b>mine</b> f', { exact: false })).toBeInTheDocument();
  });

  it('counts turns by facet and narrows the results with a facet', async () => {
    const { fake, user, router } = renderSearch('/search?q=minefields');
    const facets = await screen.findByRole('navigation', { name: 'Narrow the results' });
    expect(within(facets).getByText('Counts are turns found.')).toBeInTheDocument();
    const speakers = within(facets).getByRole('region', { name: 'Speaker' });
    expect(within(speakers).getByRole('link', { name: 'Ana Ruiz, 1 turn' })).toBeInTheDocument();
    await user.click(within(speakers).getByRole('link', { name: 'Tom Vale, 1 turn' }));
    expect(
      await screen.findByRole('link', { name: 'Tom Vale, 1 turn, chosen: remove' }),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=minefields&speaker=tom-vale');
    expect(fake.archiveRequests.at(-1)?.filters).toEqual({ speaker: ['tom-vale'] });
  });

  it('says when counts are briefings, and reads on when asked for more', async () => {
    const fake = createFake();
    const later: SearchResult = {
      ...archiveResult,
      url: '/briefings/2019-03-12-joint/exchange/x4/#t9',
      meta: { ...archiveResult.meta, briefing: 'Earlier Briefing', date: '2019-03-12' },
    };
    fake.client.searchArchive = () =>
      Promise.resolve({
        results: [archiveResult],
        done: false,
        candidates: 40,
        facets: counts({ 'ana-ruiz': 31 }, { libya: 40 }),
        unit: 'briefings',
        more: () => Promise.resolve({ results: [later], done: true }),
      });
    const { user } = renderSearch('/search?q=Libya&sort=newest', fake);
    expect(
      await screen.findByText(
        'Counts are briefings that hold the words (too many to read all their turns at once).',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ana Ruiz, 31 briefings' })).toBeInTheDocument();
    // The saved briefing's result is counted as one briefing too.
    expect(screen.getByRole('link', { name: 'Tom Vale, 1 briefing' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Results' })).toHaveTextContent(
      'The first 2 turns found for “Libya”, from 40 briefings that hold these words.',
    );
    await user.click(screen.getByRole('button', { name: 'Show more results' }));
    expect(await screen.findByText(/Earlier Briefing/)).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show more results' })).not.toBeInTheDocument();
  });

  it('orders by relevance by default, and by what was said first one click away', async () => {
    const { fake, user, router } = renderSearch('/search?q=minefields');
    const order = await screen.findByRole('navigation', { name: 'Order of results' });
    expect(within(order).getByRole('link', { name: 'Most relevant' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await user.click(within(order).getByRole('link', { name: 'First said (oldest first)' }));
    expect(
      await screen.findByRole('link', { name: 'First said (oldest first)', current: true }),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=minefields&sort=oldest');
    expect(fake.archiveRequests.at(-1)?.sort).toBe('oldest');
    expect(fake.savedRequests.at(-1)?.sort).toBe('oldest');
  });

  it.each([
    ['/search?q=a', 'Type at least 2 characters to search.'],
    ['/search?q=%21%3F%2C', 'Type a word to search: punctuation alone finds nothing.'],
    [
      `/search?q=${'libya '.repeat(1667).trim()}`,
      'This search is 10,001 characters long; shorten it to 200 or fewer.',
    ],
    ['/search?q=%20%20&speaker=ana-ruiz', 'Type a word to search.'],
  ])('says why a query is not searched, and keeps the page working (%#)', async (url, message) => {
    const { fake } = renderSearch(url);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('searchbox', { name: 'Words to find' })).toBeInTheDocument();
    expect(fake.archiveRequests).toEqual([]);
  });

  it('leaves out a facet value the archive does not have, and an order that does not exist', async () => {
    const { fake } = renderSearch('/search?q=minefields&speaker=nobody-at-all&sort=loudest');
    expect(
      await screen.findByText(
        'The archive has no speaker “nobody-at-all”; it was left out of this search.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('There is no order “loudest”: results are shown most relevant first.'),
    ).toBeInTheDocument();
    expect(fake.archiveRequests.at(-1)).toMatchObject({ filters: {}, sort: 'relevance' });
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('says search needs a built site when there is no index, and still searches saved briefings', async () => {
    renderSearch('/search?q=minefields', createFake({ index: false }));
    expect(
      await screen.findByText(
        'Searching the archive needs the built site: this copy of Podium has no search index (npm run build writes it). Briefings saved in this browser are still searched.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 turn found for “minefields”. 1 of them in briefings saved in this browser.',
    );
  });

  it('opens without a query as a form, searching nothing', async () => {
    const { fake } = renderSearch('/search');
    expect(await screen.findByRole('heading', { name: 'Search the archive' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Words to find' })).toHaveValue('');
    expect(fake.archiveRequests).toEqual([]);
  });
});
