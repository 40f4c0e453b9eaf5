import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedTranscript } from '../../src/domain/document/seed-documents';
import { initialLayout, useLayoutStore } from '../../src/state/layout';
import { questionExchange, renderAt } from './render-route';

const briefingTitle = seedTranscript.title;

beforeEach(() => {
  localStorage.clear();
  useLayoutStore.setState(initialLayout);
});

describe('the viewer routes', () => {
  it('shows the whole briefing at /, titled after it', async () => {
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: briefingTitle })).toBeVisible();
    for (const exchange of seedTranscript.exchanges) {
      expect(screen.getByRole('region', { name: exchange.title })).toBeInTheDocument();
    }
    expect(document.title).toBe(`${briefingTitle} — Podium`);
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Filters' })).toBeInTheDocument();
  });

  it('opens an exchange permalink focused, marked current and named in the title', async () => {
    const question = questionExchange(2);
    renderAt(`/exchange/${question.id}`);
    const section = await screen.findByRole('region', { name: question.title });
    await waitFor(() => {
      expect(section).toHaveFocus();
    });
    expect(section).toHaveAttribute('aria-current', 'location');
    expect(document.title).toBe(`${question.title} — ${briefingTitle} — Podium`);
    const others = screen
      .getAllByRole('region')
      .filter((region) => region !== section && region.hasAttribute('aria-current'));
    expect(others).toEqual([]);
  });

  it('opens a turn permalink on that turn', async () => {
    const question = questionExchange(1);
    const turnId = question.turnIds.at(-1);
    const turn = seedTranscript.turns.find((candidate) => candidate.id === turnId);
    const speaker = seedTranscript.speakers.find((candidate) => candidate.id === turn?.speakerId);
    if (!turn || !speaker) throw new Error('The first question has no answer');
    renderAt(`/exchange/${question.id}#${turn.id}`);
    const section = await screen.findByRole('region', { name: question.title });
    const article = within(section)
      .getAllByRole('article')
      .find((candidate) => candidate.id === turn.id);
    expect(article).toBeDefined();
    await waitFor(() => {
      expect(article).toHaveFocus();
    });
    expect(article).toHaveAttribute('aria-current', 'location');
    expect(document.title).toBe(`${speaker.name} in ${question.title} — ${briefingTitle} — Podium`);
  });

  it('explains an unknown exchange and links back to the full briefing', async () => {
    const user = userEvent.setup();
    const router = renderAt('/exchange/x999');
    expect(await screen.findByText(/This briefing has no exchange “x999”/)).toBeVisible();
    // The rest of the viewer still works: every exchange is there.
    expect(screen.getAllByRole('region').length).toBeGreaterThanOrEqual(
      seedTranscript.exchanges.length,
    );
    await user.click(screen.getByRole('link', { name: 'Show the full briefing' }));
    expect(router.state.location.pathname).toBe('/');
    expect(screen.queryByText(/no exchange/)).not.toBeInTheDocument();
  });

  it('explains an unknown turn in an exchange', async () => {
    const question = questionExchange(1);
    renderAt(`/exchange/${question.id}#t9999`);
    expect(await screen.findByText(/This exchange has no turn “t9999”/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Show the whole exchange' })).toHaveAttribute(
      'href',
      `/exchange/${question.id}`,
    );
  });

  it('points a turn linked under the wrong exchange to the right one', async () => {
    const first = questionExchange(1);
    const second = questionExchange(2);
    const turnId = second.turnIds[1];
    if (turnId === undefined) throw new Error('The second question has one turn');
    renderAt(`/exchange/${first.id}#${turnId}`);
    expect(
      await screen.findByText(new RegExp(`Turn “${turnId}” is not in this exchange`)),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to that turn' })).toHaveAttribute(
      'href',
      `/exchange/${second.id}#${turnId}`,
    );
  });

  it('leaves out unknown speakers and topics, says so, and offers to remove them', async () => {
    const user = userEvent.setup();
    const router = renderAt('/?speaker=nobody&topic=astrology&topic=libya');
    expect(await screen.findByText(/No speaker “nobody” in this briefing/)).toBeVisible();
    expect(screen.getByText(/No topic “astrology” is known/)).toBeVisible();
    // The known topic still filters.
    expect(screen.getByText(/Showing \d+ of \d+ exchanges/)).toBeVisible();
    const [removeLink] = screen.getAllByRole('link', { name: 'Remove it from the link' });
    if (!removeLink) throw new Error('No way to remove the unknown filters');
    await user.click(removeLink);
    expect(router.state.location.search).toBe('?topic=libya');
    await waitFor(() => {
      expect(screen.queryByText(/No speaker “nobody”/)).not.toBeInTheDocument();
    });
  });

  it('shows a not-found page with a way home for unknown paths', async () => {
    const user = userEvent.setup();
    const router = renderAt('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(document.title).toBe('Page not found — Podium');
    await user.click(screen.getByRole('link', { name: 'Read the full briefing' }));
    expect(router.state.location.pathname).toBe('/');
    expect(await screen.findByRole('heading', { level: 1, name: briefingTitle })).toBeVisible();
  });

  it('restores the earlier view on Back', async () => {
    const user = userEvent.setup();
    const question = questionExchange(3);
    const router = renderAt('/');
    await screen.findByRole('heading', { level: 1, name: briefingTitle });
    const section = screen.getByRole('region', { name: question.title });
    await user.click(within(section).getByRole('link', { name: /^Permalink/ }));
    expect(router.state.location.pathname).toBe(`/exchange/${question.id}`);
    expect(section).toHaveAttribute('aria-current', 'location');
    await router.navigate(-1);
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/');
    });
    await waitFor(() => {
      expect(screen.getByRole('region', { name: question.title })).not.toHaveAttribute(
        'aria-current',
      );
    });
    expect(document.title).toBe(`${briefingTitle} — Podium`);
  });
});
