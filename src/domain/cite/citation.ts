import type {
  Article,
  ArticleParagraph,
  Exchange,
  Source,
  Span,
  Speaker,
  Transcript,
  Turn,
} from '../types';
import {
  listSpokenParagraphs,
  quoteParagraphs,
  type Quotation,
  type QuotableParagraph,
} from './quote-passage';

// What a citation says, apart from how it is written: who said which whole sentences, in which
// document, published by whom and when, and the permalink. The writers (plain text, Markdown, BibTeX,
// CSL-JSON) all read this one value, so every format quotes the same words.

/** Who said a cited passage. */
export interface CitedSpeaker {
  readonly name: string;
  readonly role?: string | undefined;
  readonly affiliation?: string | undefined;
  /** A named person, whose family name can be told apart; not "Coastal Wire reporter" or "Staff". */
  readonly person: boolean;
}

/** How much of a passage was spoken through an interpreter. */
export type Interpretation = 'none' | 'partial' | 'full';

/** One speaker's quoted words. */
export interface CitedPassage {
  /** Absent for a news story's own words, which its publisher speaks for. */
  readonly speaker?: CitedSpeaker | undefined;
  readonly interpretation: Interpretation;
  readonly quotation: Quotation;
}

/** The document a citation points into. */
export interface CitedDocument {
  readonly title: string;
  readonly source?: Source | undefined;
  /** What the document is, for reference managers: "Press briefing transcript". */
  readonly genre: string;
}

/** A prepared speech, questions and answers, or a news story. */
export type CitedKind = 'speech' | 'interview' | 'article';

/** Everything a citation of a turn, a quote or an exchange says, in any format. */
export interface Citation {
  /** Names the cited part within its document, for reference keys: "t9", "x3". */
  readonly id: string;
  readonly kind: CitedKind;
  /** The part of the document the words belong to: the exchange's title, or the story's. */
  readonly heading: string;
  /** One passage for a turn or a quote; the question and the first answer for an exchange. */
  readonly passages: readonly CitedPassage[];
  readonly document: CitedDocument;
  /** The permalink. */
  readonly url: string;
  /** The document is saved in this browser only, so the permalink opens nowhere else. */
  readonly local: boolean;
}

/** What a citation needs besides the document: its permalink, a length, where it is kept. */
export interface CiteOptions {
  /** The permalink, absolute. */
  readonly url: string;
  /** Most characters of each passage's opening sentences, when nothing is selected. */
  readonly maxChars?: number | undefined;
  /** The document is saved in this browser only. */
  readonly local?: boolean | undefined;
}

/** How long a quoted passage may be when the reader selected nothing (chats cut near here). */
export const defaultQuoteLength = 600;

/** What a briefing is called in a reference manager's genre field. */
export const transcriptGenre = 'Press briefing transcript';

/** What a news story is called in a reference manager's genre field. */
export const storyGenre = 'News story';

// questioners.ts names reporters it cannot name by outlet ("Coastal Wire reporter") or by number
// ("Unnamed reporter 2"): such a name is a description, not a person's.
const describedReporter = /\breporter(?: \d+)?$/iu;

/** The citation's view of a speaker (a turn whose speaker is unknown cites its label). */
export function describeCitedSpeaker(speaker: Speaker | undefined, label: string): CitedSpeaker {
  if (speaker === undefined) return { name: label, person: false };
  const person =
    speaker.kind === 'official' ||
    (speaker.kind === 'reporter' && !describedReporter.test(speaker.name));
  return { name: speaker.name, role: speaker.role, affiliation: speaker.affiliation, person };
}

function describeInterpretation(turn: Turn, quotation: Quotation): Interpretation {
  if (turn.interpreted) return 'full';
  const quoted = turn.paragraphs.filter((paragraph) =>
    quotation.paragraphs.some((part) => part.start >= paragraph.start && part.end <= paragraph.end),
  );
  const interpreted = quoted.filter((paragraph) => paragraph.interpreted).length;
  if (interpreted === 0) return 'none';
  return interpreted === quoted.length ? 'full' : 'partial';
}

function citePassage(
  transcript: Transcript,
  turn: Turn,
  quote: (paragraphs: readonly QuotableParagraph[]) => Quotation,
): CitedPassage {
  const quotation = quote(listSpokenParagraphs(turn));
  const speaker = transcript.speakers.find((candidate) => candidate.id === turn.speakerId);
  return {
    speaker: describeCitedSpeaker(speaker, turn.label),
    interpretation: describeInterpretation(turn, quotation),
    quotation,
  };
}

const describeTranscript = (transcript: Transcript): CitedDocument => ({
  title: transcript.title,
  source: transcript.source,
  genre: transcriptGenre,
});

const hasSpeech = (turn: Turn): boolean => turn.paragraphs.some((paragraph) => !paragraph.stage);

/**
 * The turns an exchange is quoted by: the reporter's question and the first answer after it by
 * someone else than the reporter or the moderator; without a question, its first speech as `answer`.
 */
export function findExchangeTurns(
  transcript: Transcript,
  exchange: Exchange,
): { readonly question?: Turn; readonly answer?: Turn } {
  const turns = exchange.turnIds
    .map((id) => transcript.turns.find((turn) => turn.id === id))
    .filter((turn): turn is Turn => turn !== undefined && hasSpeech(turn));
  const kindOf = (turn: Turn) =>
    transcript.speakers.find((speaker) => speaker.id === turn.speakerId)?.kind;
  const questionAt =
    exchange.questionerId === undefined
      ? -1
      : turns.findIndex((turn) => turn.speakerId === exchange.questionerId);
  if (questionAt === -1) {
    const first = turns[0];
    return first === undefined ? {} : { answer: first };
  }
  const question = turns[questionAt];
  const answer = turns
    .slice(questionAt + 1)
    .find((turn) => turn.speakerId !== exchange.questionerId && kindOf(turn) !== 'staff');
  return {
    ...(question === undefined ? {} : { question }),
    ...(answer === undefined ? {} : { answer }),
  };
}

const kindOfExchange = (exchange: Exchange | undefined): CitedKind =>
  exchange?.kind === 'question' ? 'interview' : 'speech';

/**
 * A citation of one turn: the sentences the selection touches (input offsets, widened to whole
 * sentences), else its opening sentences up to `maxChars`.
 */
export function citeTurn(
  transcript: Transcript,
  turn: Turn,
  options: CiteOptions & { readonly selection?: Span | undefined },
): Citation {
  const exchange = transcript.exchanges.find((candidate) => candidate.turnIds.includes(turn.id));
  const maxChars = options.maxChars ?? defaultQuoteLength;
  return {
    id: turn.id,
    kind: kindOfExchange(exchange),
    heading: exchange?.title ?? transcript.title,
    passages: [
      citePassage(transcript, turn, (paragraphs) =>
        quoteParagraphs(paragraphs, { selection: options.selection, maxChars }),
      ),
    ],
    document: describeTranscript(transcript),
    url: options.url,
    local: options.local ?? false,
  };
}

/** A citation of an exchange: the opening sentences of its question and of its first answer. */
export function citeExchange(
  transcript: Transcript,
  exchange: Exchange,
  options: CiteOptions,
): Citation {
  const { question, answer } = findExchangeTurns(transcript, exchange);
  const maxChars = options.maxChars ?? defaultQuoteLength;
  const passages = [question, answer]
    .filter((turn): turn is Turn => turn !== undefined)
    .map((turn) =>
      citePassage(transcript, turn, (paragraphs) => quoteParagraphs(paragraphs, { maxChars })),
    );
  return {
    id: exchange.id,
    kind: kindOfExchange(exchange),
    heading: exchange.title,
    passages,
    document: describeTranscript(transcript),
    url: options.url,
    local: options.local ?? false,
  };
}

/**
 * A citation of a news story paragraph: the sentences the selection touches, else its opening ones.
 * A quote paragraph is attributed to its speaker; the story's own words to no one but its publisher.
 */
export function citeStoryParagraph(
  article: Article,
  paragraph: ArticleParagraph,
  options: CiteOptions & { readonly selection?: Span | undefined },
): Citation {
  const speaker = article.speakers.find((candidate) => candidate.id === paragraph.speakerId);
  const quotation = quoteParagraphs([paragraph], {
    selection: options.selection,
    maxChars: options.maxChars ?? defaultQuoteLength,
  });
  return {
    id: paragraph.id,
    kind: 'article',
    heading: article.title,
    passages: [
      {
        ...(speaker === undefined ? {} : { speaker: describeCitedSpeaker(speaker, speaker.name) }),
        interpretation: 'none',
        quotation,
      },
    ],
    document: { title: article.title, source: article.source, genre: storyGenre },
    url: options.url,
    local: options.local ?? false,
  };
}

/** Who a citation names as authors: each speaker once, else the publisher, as an organisation. */
export function listCitedAuthors(citation: Citation): CitedSpeaker[] {
  const speakers = citation.passages.flatMap((passage) =>
    passage.speaker === undefined ? [] : [passage.speaker],
  );
  const unique = [...new Map(speakers.map((speaker) => [speaker.name, speaker])).values()];
  const publisher = citation.document.source?.publisher;
  if (unique.length > 0 || publisher === undefined) return unique;
  return [{ name: publisher, person: false }];
}
