import { useMemo } from 'react';
import type { TurnId } from '../domain/types';
import type { LinkedStoryQuote } from '../features/story/story-parts';
import type { LinkedQuoteMarks } from '../features/transcript/transcript-types';
import type { LinkedQuote } from './linked-quote';

/** Says why a quote link's words are not marked; the passage it names is shown all the same. */
export function QuoteNotice({ quote }: { readonly quote: LinkedQuote | undefined }) {
  if (quote?.status !== 'problem') return null;
  return (
    <section className="notice" aria-labelledby="quote-notice-title">
      <h2 id="quote-notice-title">The quoted words could not be marked</h2>
      <p>{quote.message}</p>
    </section>
  );
}

/** A quote link's words as each pane marks them, and as the page title names them. */
export function useQuoteMarks(quote: LinkedQuote | undefined): {
  readonly briefing: LinkedQuoteMarks | undefined;
  readonly story: LinkedStoryQuote | undefined;
  readonly words: string | undefined;
} {
  return useMemo(() => {
    if (quote?.status !== 'found')
      return { briefing: undefined, story: undefined, words: undefined };
    const marks = { id: quote.markId, spans: quote.spans };
    return quote.document === 'briefing'
      ? {
          briefing: { ...marks, turnId: quote.blockId as TurnId },
          story: undefined,
          words: quote.text,
        }
      : { briefing: undefined, story: { ...marks, paragraphId: quote.blockId }, words: quote.text };
  }, [quote]);
}
