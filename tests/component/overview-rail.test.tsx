import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppLinkBase } from '../../src/components/app-link';
import { seedTranscript } from '../../src/domain/document/seed-documents';
import { emptyFilters, filterTranscript, type Filters } from '../../src/domain/search/filters';
import { groupHitsByBlock } from '../../src/domain/search/marks';
import { summarizeDocuments } from '../../src/domain/search/reading-view';
import { searchTranscript } from '../../src/domain/search/search';
import type { ExchangeId, SpeakerId, TopicId } from '../../src/domain/types';
import { OverviewRail } from '../../src/features/overview/overview-rail';

const { measureTurn } = summarizeDocuments({
  transcript: seedTranscript,
  article: undefined,
  topics: [],
});

function Where() {
  const location = useLocation();
  return <p>At {location.pathname}</p>;
}

function renderRail(filters: Filters, currentExchangeId?: ExchangeId) {
  // The app draws its links inside an AppLinkBase, which hands them the router's navigation.
  const element = (
    <AppLinkBase>
      <OverviewRail
        transcript={seedTranscript}
        view={filterTranscript(seedTranscript, filters)}
        filters={filters}
        hitsByTurn={groupHitsByBlock(searchTranscript(seedTranscript, filters.q))}
        measureTurn={measureTurn}
        currentExchangeId={currentExchangeId}
        getExchangeHref={(id) => `/exchange/${id}`}
      />
      <Where />
    </AppLinkBase>
  );
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: ['/'] });
  render(<RouterProvider router={router} />);
  return userEvent.setup();
}

const rail = () => screen.getByRole('navigation', { name: `Overview of ${seedTranscript.title}` });

describe('OverviewRail', () => {
  it('links every exchange by its title', () => {
    renderRail(emptyFilters);
    const links = within(rail()).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual(
      seedTranscript.exchanges.map((exchange) => exchange.title),
    );
  });

  it('says what each exchange holds of the chosen topics, speakers and search', () => {
    renderRail({
      speakers: ['r-jeff-schogol' as SpeakerId],
      topics: ['landmines' as TopicId],
      q: 'mines',
    });
    const question3 = within(rail()).getByRole('link', { name: /^Question 3 · Jeff Schogol/ });
    expect(question3).toHaveAccessibleName(
      /: \d+ Landmines mentions?, 1 turn by chosen speakers, \d+ search match(es)?$/,
    );
    expect(within(rail()).getByRole('link', { name: /^Opening statements/ })).toHaveAccessibleName(
      /hidden by the filters$/,
    );
  });

  it('marks the current exchange', () => {
    renderRail(emptyFilters, 'x3' as ExchangeId);
    expect(within(rail()).getByRole('link', { current: 'location' })).toHaveAccessibleName(
      /^Question 2/,
    );
  });

  it('takes the reader to an exchange from the keyboard', async () => {
    const user = renderRail(emptyFilters);
    await user.tab();
    await user.tab();
    expect(within(rail()).getByRole('link', { name: /^Question 1/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('At /exchange/x2')).toBeVisible();
  });
});
