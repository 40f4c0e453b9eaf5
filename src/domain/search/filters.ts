import { isSearchable } from './query';
import { searchTranscript, type SearchHit } from './search';
import type {
  Exchange,
  ExchangeId,
  SpeakerId,
  Topic,
  TopicId,
  Transcript,
  Turn,
  TurnId,
} from '../types';

/** What a reader narrows the briefing to: speakers OR'd, topics OR'd, a search query; kinds AND'd. */
export interface Filters {
  readonly speakers: readonly SpeakerId[];
  readonly topics: readonly TopicId[];
  readonly q: string;
  /**
   * The reader's own topics: they narrow nothing by themselves (choosing one in `topics` does),
   * but a link carries them, so whoever opens it sees the same topics.
   */
  readonly readerTopics?: readonly Topic[];
}

export const emptyFilters: Filters = { speakers: [], topics: [], q: '' };

/** No filter at all, but the reader's own topics kept: what "Clear filters" leaves. */
export function dropFilters(filters: Filters): Filters {
  const { readerTopics } = filters;
  return readerTopics === undefined || readerTopics.length === 0
    ? emptyFilters
    : { ...emptyFilters, readerTopics };
}

/** Tells whether any filter narrows the briefing (a query that cannot be searched does not). */
export function isFiltering(filters: Filters): boolean {
  return filters.speakers.length > 0 || filters.topics.length > 0 || isSearchable(filters.q);
}

export type TurnVisibility = 'match' | 'context' | 'hidden';

export interface TurnView {
  readonly turn: Turn;
  readonly visibility: TurnVisibility;
}

export interface ExchangeView {
  readonly exchange: Exchange;
  readonly matches: boolean;
  readonly pinned: boolean;
  readonly turns: readonly TurnView[];
}

export interface TranscriptView {
  readonly exchanges: readonly ExchangeView[];
  readonly matchingExchangeCount: number;
  readonly matchingTurnCount: number;
}

/** The exchanges on show: those that match, and the one a link names. */
export function listShownExchanges(view: TranscriptView): ExchangeView[] {
  return view.exchanges.filter((exchange) => exchange.matches || exchange.pinned);
}

/**
 * Tells whether a shown turn stands as folded context beside the matches. A linked exchange that the
 * filters would hide is shown whole: the link is what the reader asked for.
 */
export function isContextTurn(exchange: ExchangeView, turn: TurnView, filtering: boolean): boolean {
  const pinnedOnly = exchange.pinned && !exchange.matches;
  return filtering && !pinnedOnly && turn.visibility !== 'match';
}

/** Each exchange's turns, in order: what filtering walks, worth keeping for a document. */
export function resolveExchangeTurns(transcript: Transcript): readonly (readonly Turn[])[] {
  const index = new Map<TurnId, Turn>(transcript.turns.map((turn) => [turn.id, turn]));
  return transcript.exchanges.map((exchange) =>
    exchange.turnIds.flatMap((id) => {
      const turn = index.get(id);
      return turn === undefined ? [] : [turn];
    }),
  );
}

/** What `filterTranscript` may be given besides the filters. */
export interface FilterOptions {
  /** An exchange shown whatever the filters say (the one a permalink names). */
  readonly pinned?: ExchangeId | undefined;
  /** The transcript's hits for `filters.q`, when the caller has searched already. */
  readonly hits?: readonly SearchHit[] | undefined;
  /** The transcript's `resolveExchangeTurns`, when the caller keeps them. */
  readonly exchangeTurns?: readonly (readonly Turn[])[] | undefined;
}

/** Builds the test a turn must pass: every kind of filter given must hold (AND), any value of it (OR). */
function compileTurnTest(
  transcript: Transcript,
  filters: Filters,
  hits: readonly SearchHit[] | undefined,
): ((turn: Turn) => boolean) | undefined {
  const speakers = new Set(filters.speakers);
  const topics = new Set(filters.topics);
  const searching = isSearchable(filters.q);
  if (speakers.size === 0 && topics.size === 0 && !searching) return undefined;
  // A turn matches the query when the search finds it there.
  const found = searching
    ? new Set<string>((hits ?? searchTranscript(transcript, filters.q)).map((hit) => hit.blockId))
    : undefined;
  return (turn) =>
    (speakers.size === 0 || speakers.has(turn.speakerId)) &&
    (topics.size === 0 || turn.topics.some((topic) => topics.has(topic))) &&
    (found === undefined || found.has(turn.id));
}

/** Decides which exchanges and turns the filters show; a pinned exchange is shown whatever they say. */
export function filterTranscript(
  transcript: Transcript,
  filters: Filters,
  options: FilterOptions = {},
): TranscriptView {
  const { pinned } = options;
  const resolved = options.exchangeTurns ?? resolveExchangeTurns(transcript);
  const test = compileTurnTest(transcript, filters, options.hits);
  let matchingExchangeCount = 0;
  let matchingTurnCount = 0;
  const exchanges = transcript.exchanges.map((exchange, position): ExchangeView => {
    const turns = resolved[position] ?? [];
    const isPinned = exchange.id === pinned;
    const matched = turns.map((turn) => (test === undefined ? true : test(turn)));
    const matches = test === undefined || matched.includes(true);
    // An answer is never stranded from its question: a shown exchange keeps its other turns as context.
    const rest: TurnVisibility = matches || isPinned ? 'context' : 'hidden';
    const views = turns.map((turn, at): TurnView => ({
      turn,
      visibility: matched[at] === true ? 'match' : rest,
    }));
    if (matches) matchingExchangeCount += 1;
    matchingTurnCount += matched.filter(Boolean).length;
    return { exchange, matches, pinned: isPinned, turns: views };
  });
  return { exchanges, matchingExchangeCount, matchingTurnCount };
}
