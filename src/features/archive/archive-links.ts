import type { BriefingSlug, PersonSlug } from '../../domain/archive/types';
import type { ExchangeId, TopicId, TurnId } from '../../domain/types';

/** What the archive home's address narrows its list to. */
export interface ArchiveListAddress {
  readonly speaker?: string;
  readonly topic?: string;
  readonly year?: string;
  readonly page?: number;
}

/** Every link the archive's pages draw; the routes build them (src/routes/paths.ts). */
export interface ArchiveLinks {
  readonly list: (query?: ArchiveListAddress) => string;
  readonly briefing: (slug: BriefingSlug) => string;
  readonly turn: (slug: BriefingSlug, exchange: ExchangeId, turn: TurnId) => string;
  readonly speakers: () => string;
  readonly speaker: (slug: PersonSlug) => string;
  readonly topics: () => string;
  readonly topic: (id: TopicId) => string;
}

/** Labels of topic ids, for lists that hold only the ids. */
export type TopicLabels = ReadonlyMap<string, string>;
