import type { Filters } from '../domain/search/filters';
import type { ExchangeId, SpeakerId, TopicId, Transcript, TurnId } from '../domain/types';
import type { ReadingDocuments } from '../domain/search/reading-view';

/** Something a URL names that this briefing does not have. */
export type LinkProblem =
  | { readonly kind: 'exchange'; readonly id: string }
  | {
      readonly kind: 'turn';
      readonly id: string;
      /** The turn exists, in another exchange: where a corrected link would go. */
      readonly elsewhere?: { readonly exchangeId: ExchangeId; readonly turnId: TurnId };
    }
  | { readonly kind: 'speaker'; readonly id: string }
  | { readonly kind: 'topic'; readonly id: string }
  /** The reader's own topics could not be read; `id` says why, in words. */
  | { readonly kind: 'reader-topics'; readonly id: string };

/** What a URL asks for, checked against the documents. */
export interface CheckedLink {
  /** The filters with unknown speakers and topics dropped. */
  readonly filters: Filters;
  readonly exchangeId: ExchangeId | undefined;
  readonly turnId: TurnId | undefined;
  readonly problems: readonly LinkProblem[];
}

const findTurn = (
  transcript: Transcript,
  turnId: string,
): { exchangeId: ExchangeId; turnId: TurnId } | undefined => {
  for (const exchange of transcript.exchanges) {
    const found = exchange.turnIds.find((id) => id === turnId);
    if (found !== undefined) return { exchangeId: exchange.id, turnId: found };
  }
  return undefined;
};

/** Checks the exchange, turn, speakers and topics a URL names; unknown ones become problems. */
export function checkLink(
  documents: ReadingDocuments,
  requested: {
    readonly filters: Filters;
    readonly exchangeId?: string;
    readonly turnId?: string;
    /** Why the reader's own topics in the link could not be read, if they could not. */
    readonly readerTopicsProblem?: string;
  },
): CheckedLink {
  const { transcript, topics } = documents;
  const problems: LinkProblem[] = [];
  if (requested.readerTopicsProblem !== undefined) {
    problems.push({ kind: 'reader-topics', id: requested.readerTopicsProblem });
  }
  const speakerIds = new Set<string>(transcript.speakers.map((speaker) => speaker.id));
  const topicIds = new Set<string>(topics.map((topic) => topic.id));
  const speakers: SpeakerId[] = [];
  for (const id of requested.filters.speakers) {
    if (speakerIds.has(id)) speakers.push(id);
    else problems.push({ kind: 'speaker', id });
  }
  const chosenTopics: TopicId[] = [];
  for (const id of requested.filters.topics) {
    if (topicIds.has(id)) chosenTopics.push(id);
    else problems.push({ kind: 'topic', id });
  }

  const exchange =
    requested.exchangeId === undefined
      ? undefined
      : transcript.exchanges.find((candidate) => candidate.id === requested.exchangeId);
  if (requested.exchangeId !== undefined && !exchange) {
    problems.push({ kind: 'exchange', id: requested.exchangeId });
  }
  let turnId: TurnId | undefined;
  if (exchange && requested.turnId !== undefined) {
    turnId = exchange.turnIds.find((id) => id === requested.turnId);
    if (turnId === undefined) {
      const elsewhere = findTurn(transcript, requested.turnId);
      problems.push(
        elsewhere === undefined
          ? { kind: 'turn', id: requested.turnId }
          : { kind: 'turn', id: requested.turnId, elsewhere },
      );
    }
  }
  const { readerTopics } = requested.filters;
  return {
    filters: {
      speakers,
      topics: chosenTopics,
      q: requested.filters.q,
      ...(readerTopics === undefined ? {} : { readerTopics }),
    },
    exchangeId: exchange?.id,
    turnId,
    problems,
  };
}
