import type { ReactNode } from 'react';
import type { QuoteMarks } from '../../components/highlighted-text';
import type { Exchange, ExchangeId, Speaker, Turn, TurnId } from '../../domain/types';

/** Links the transcript shows; the route builds them so that they keep the current filters. */
export interface TranscriptLinks {
  readonly exchangeHref: (exchangeId: ExchangeId) => string;
  readonly turnHref: (exchangeId: ExchangeId, turnId: TurnId) => string;
}

/** Places where the route puts actions from other features (sharing) without this one knowing them. */
export interface TranscriptSlots {
  readonly renderExchangeActions?: (exchange: Exchange) => ReactNode;
  readonly renderTurnActions?: (
    turn: Turn,
    exchange: Exchange,
    speaker: Speaker | undefined,
  ) => ReactNode;
}

/** A quote link's words in the briefing: the turn they are in and their marks. */
export interface LinkedQuoteMarks extends QuoteMarks {
  readonly turnId: TurnId;
}
