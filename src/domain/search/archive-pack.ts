import type { SearchRecord } from './records';
import type { CheckedRecord } from './results';
import { openDetails, sealDetails } from './sealed-meta';

// The static index holds one record per briefing, not per turn. Pagefind keeps a list of every
// record that each search loads first, and a list of records per facet value: at 2,000 briefings of
// 20 turns, one record per turn made those lists about 1 MB, one per briefing about 50 KB (see the
// search benchmark). A briefing's record holds its turns' speech, one after another, and what each
// turn's result shows; the browser unpacks the turns and checks each with the matcher, so results
// are still turns, each with its own permalink.

/** A briefing as the static index keeps it (the shape Pagefind's `addCustomRecord` takes). */
export interface PackedBriefing {
  /** The briefing's first turn's permalink: Pagefind needs one; results use each turn's own. */
  readonly url: string;
  readonly content: string;
  readonly language: string;
  readonly meta: Readonly<Record<string, string>>;
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly sort: Readonly<Record<string, string>>;
}

/** What one turn's result shows besides its text. */
interface TurnCard {
  readonly url: string;
  readonly speaker: string;
  readonly role?: string;
  readonly exchange: string;
  readonly speakers: readonly string[];
  readonly topics: readonly string[];
}

/** What the results of a briefing's turns show, sealed into its record. */
interface BriefingCard {
  readonly briefing: string;
  readonly date?: string;
  readonly years: readonly string[];
  readonly publishers: readonly string[];
  readonly turns: readonly TurnCard[];
}

/** Stands between two turns' speech: a mark Pagefind neither indexes nor drops from the text. */
const turnBreak = '\u241e';
const between = ` ${turnBreak} `;

// Undated briefings sort before every dated one, rather than drop out of a sorted search.
const undated = '0000-00-00';

const unique = (values: readonly string[]): string[] => [...new Set(values)];

/** Packs one briefing's records, in the order of its turns, into one record of the static index. */
export function packBriefing(records: readonly SearchRecord[]): PackedBriefing {
  const [first] = records;
  if (first === undefined) throw new Error('A briefing with no turns has nothing to index.');
  const card: BriefingCard = {
    briefing: first.meta.briefing,
    ...(first.meta.date === undefined ? {} : { date: first.meta.date }),
    years: first.filters.year,
    publishers: first.filters.publisher,
    turns: records.map((record) => ({
      url: record.url,
      speaker: record.meta.speaker,
      ...(record.meta.role === undefined ? {} : { role: record.meta.role }),
      exchange: record.meta.exchange,
      speakers: record.filters.speaker,
      topics: record.filters.topic,
    })),
  };
  const joined = unique(records.flatMap((record) => record.meta.joined?.split(' ') ?? []));
  const filters: Record<string, readonly string[]> = {
    speaker: unique(records.flatMap((record) => record.filters.speaker)),
    topic: unique(records.flatMap((record) => record.filters.topic)),
    year: first.filters.year,
    publisher: first.filters.publisher,
  };
  return {
    url: first.url,
    content: records.map((record) => record.content.replaceAll(turnBreak, ' ')).join(between),
    language: first.language,
    meta: { card: sealDetails(card), ...(joined.length === 0 ? {} : { joined: joined.join(' ') }) },
    filters: Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0)),
    sort: { date: first.meta.date ?? undated },
  };
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isTurnCard = (value: unknown): value is TurnCard => {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Record<string, unknown>;
  return (
    typeof card.url === 'string' &&
    typeof card.speaker === 'string' &&
    typeof card.exchange === 'string' &&
    isStrings(card.speakers) &&
    isStrings(card.topics)
  );
};

const isBriefingCard = (value: unknown): value is BriefingCard => {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Record<string, unknown>;
  return (
    typeof card.briefing === 'string' &&
    isStrings(card.years) &&
    isStrings(card.publishers) &&
    Array.isArray(card.turns) &&
    card.turns.every(isTurnCard)
  );
};

/**
 * The turns of a briefing's record as the index returns it (its text with spaces made single);
 * none when the record was not written by `packBriefing`.
 */
export function unpackBriefing(record: {
  readonly content: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
}): CheckedRecord[] {
  const card = openDetails(record.meta.card ?? '');
  if (!isBriefingCard(card)) return [];
  const texts = record.content.split(between);
  if (texts.length !== card.turns.length) return [];
  return card.turns.map((turn, at) => ({
    url: turn.url,
    content: texts[at] ?? '',
    meta: {
      speaker: turn.speaker,
      ...(turn.role === undefined ? {} : { role: turn.role }),
      briefing: card.briefing,
      ...(card.date === undefined ? {} : { date: card.date }),
      exchange: turn.exchange,
    },
    filters: {
      speaker: turn.speakers,
      topic: turn.topics,
      year: card.years,
      publisher: card.publishers,
    },
  }));
}
