import type { Exchange, ExchangeId, Speaker, Transcript, Turn, TurnId } from '../types';

// The archive search indexes turns, not pages: each turn is one record, found by its words and
// linked to its own permalink. The same records feed the static index (Pagefind) at build time and
// the index of briefings saved in this browser (MiniSearch), so results have one shape.

/** What a result shows besides its text: who spoke, where and when. */
export interface SearchRecordMeta {
  readonly speaker: string;
  /** An official's office and country, a reporter's outlet; absent when the text gives neither. */
  readonly role?: string;
  readonly briefing: string;
  /** The briefing's date, `YYYY-MM-DD`, when known. */
  readonly date?: string;
  readonly exchange: string;
  /** Compounds written apart in this turn that the archive also writes as one word (see compounds.ts). */
  readonly joined?: string;
}

/** The facets a record can be narrowed by; each holds the record's values (a turn has one speaker). */
export interface SearchRecordFilters {
  readonly speaker: readonly string[];
  readonly topic: readonly string[];
  readonly year: readonly string[];
  readonly publisher: readonly string[];
}

/** One turn as the archive search indexes it. */
export interface SearchRecord {
  /** The turn's permalink. */
  readonly url: string;
  /** The slug of the briefing the turn belongs to (the static index keeps a briefing's turns together). */
  readonly slug: string;
  /** The turn's speech, paragraphs joined by line breaks; stage directions left out. */
  readonly content: string;
  readonly language: string;
  readonly meta: SearchRecordMeta;
  readonly filters: SearchRecordFilters;
  /**
   * Sort keys, compared as text. `date`: the briefing's date, then the turn's place in it (oldest
   * first reads each briefing in order). `recent`: the date, then the place counted from the end, so
   * that newest first (descending) still reads each briefing in order.
   */
  readonly sort: { readonly date: string; readonly recent: string };
}

/** A parsed briefing and what the archive knows of it, for `listSearchRecords`. */
export interface BriefingForSearch {
  readonly slug: string;
  readonly title: string;
  /** `YYYY-MM-DD`, when known. */
  readonly date: string | undefined;
  readonly publisher: string | undefined;
  readonly transcript: Transcript;
}

/** How the caller names things the archive owns: permalinks and people's slugs. */
export interface SearchRecordLinks {
  /** The permalink of a turn of this briefing, such as `/briefings/SLUG/exchange/x3/#t7`. */
  readonly permalink: (exchangeId: ExchangeId, turnId: TurnId) => string;
  /**
   * The archive's slug for a speaker of this briefing (the same person across briefings); undefined
   * for a voice with no page of its own (staff, an unknown voice), which no speaker facet names.
   */
  readonly speakerSlug: (speaker: Speaker) => string | undefined;
}

// Undated briefings sort before every dated one, rather than drop out of a sorted search (a
// record without the sort key is left out of sorted results).
const undated = '0000-00-00';
// Sort keys compare as text: the turn's number is padded to the longest transcript there can be.
const turnDigits = 5;
const lastTurn = 10 ** turnDigits - 1;

const describeRole = (speaker: Speaker): string | undefined => {
  const parts = [speaker.role, speaker.affiliation].filter(
    (part): part is string => part !== undefined && part !== '',
  );
  return parts.length === 0 ? undefined : parts.join(', ');
};

const speechOf = (turn: Turn): string =>
  turn.paragraphs
    .filter((paragraph) => !paragraph.stage)
    .map((paragraph) => paragraph.text)
    .join('\n');

/** Turns a parsed briefing into search records, one per turn that says something, in order. */
export function listSearchRecords(
  briefing: BriefingForSearch,
  links: SearchRecordLinks,
): SearchRecord[] {
  const { transcript } = briefing;
  const speakers = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker]));
  const exchangeOf = new Map<TurnId, Exchange>();
  for (const exchange of transcript.exchanges) {
    for (const turnId of exchange.turnIds) exchangeOf.set(turnId, exchange);
  }
  const publisher = briefing.publisher ?? transcript.source?.publisher;
  const date = briefing.date;
  return transcript.turns.flatMap((turn, position): SearchRecord[] => {
    const content = speechOf(turn);
    const speaker = speakers.get(turn.speakerId);
    const exchange = exchangeOf.get(turn.id);
    // A turn outside every exchange has no permalink to land on.
    if (content.trim() === '' || speaker === undefined || exchange === undefined) return [];
    const role = describeRole(speaker);
    const speakerSlug = links.speakerSlug(speaker);
    return [
      {
        url: links.permalink(exchange.id, turn.id),
        slug: briefing.slug,
        content,
        language: 'en',
        meta: {
          speaker: speaker.name,
          ...(role === undefined ? {} : { role }),
          briefing: briefing.title,
          ...(date === undefined ? {} : { date }),
          exchange: exchange.title,
        },
        filters: {
          speaker: speakerSlug === undefined ? [] : [speakerSlug],
          topic: [...turn.topics],
          year: date === undefined ? [] : [date.slice(0, 4)],
          publisher: publisher === undefined ? [] : [publisher],
        },
        sort: {
          date: `${date ?? undated} ${String(position + 1).padStart(turnDigits, '0')}`,
          recent: `${date ?? undated} ${String(lastTurn - position - 1).padStart(turnDigits, '0')}`,
        },
      },
    ];
  });
}
