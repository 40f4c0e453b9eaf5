import { configure, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { seedTranscript } from '../../src/domain/document/seed-documents';
import type { Exchange } from '../../src/domain/types';
import { routes } from '../../src/routes/routes';

// The whole briefing is in the page, so role queries take a while in jsdom (longer on a busy
// machine); allow for it.
configure({ asyncUtilTimeout: 8000 });

/** Renders the app's real routes in memory at `url`, as a reader would open it. */
export function renderAt(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return router;
}

/** The seed briefing's question exchange with that number (1-based). */
export function questionExchange(number: number): Exchange {
  const exchange = seedTranscript.exchanges.find(
    (candidate) => candidate.kind === 'question' && candidate.questionNumber === number,
  );
  if (!exchange) throw new Error(`The seed briefing has no question ${number}`);
  return exchange;
}
