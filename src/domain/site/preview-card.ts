import { describeCitedSpeaker, findExchangeTurns } from '../cite/citation';
import { formatLongDate } from '../cite/dates';
import { listSpeakerDetails } from '../cite/format-text';
import { quoteTurn, shortenToWords, writeQuotationText } from '../cite/quote-passage';
import type { Exchange, ExchangeId, Topic, TopicId, Transcript } from '../types';

// What a link preview image shows, apart from how it is drawn: a chat or a post unfurls a permalink
// as a card with the words, who said them, the topics, and the briefing's title and date. The build
// draws one per exchange (scripts/preview-images.ts); archive briefings and speakers can fill the
// same model.

/** The size link previews expect for a large card (Open Graph, Twitter's summary_large_image). */
export const previewCardSize = { width: 1200, height: 630 } as const;

/** The text of a preview card. */
export interface PreviewCard {
  /** The document the card belongs to. */
  readonly title: string;
  /** Spelt out: "31 January 2020". */
  readonly date?: string;
  readonly publisher?: string;
  /** Whose words the card shows. */
  readonly speaker?: string;
  /** "Minister of Defense, Italy", "through an interpreter" added when it applies. */
  readonly role?: string;
  /** Opening words, whole words only, "…" where they stop before the speech does. */
  readonly quote?: string;
  /** Topic names, in the order the document gives them. */
  readonly topics: readonly string[];
  /** What the card says, in one line, for the image's alt text. */
  readonly alt: string;
}

/** Most characters of quoted words a card shows (five lines at the smallest size it draws them). */
export const cardQuoteLength = 200;
/** Most topics a card names. */
const cardTopicCount = 4;

/** The names of an exchange's topics, most mentioned first (ties in the list's order). */
function rankTopics(
  transcript: Transcript,
  exchange: Exchange,
  topics: readonly Topic[],
): string[] {
  const counts = new Map<TopicId, number>();
  for (const turn of transcript.turns) {
    if (!exchange.turnIds.includes(turn.id)) continue;
    for (const { topicId } of turn.paragraphs.flatMap((paragraph) => paragraph.mentions)) {
      counts.set(topicId, (counts.get(topicId) ?? 0) + 1);
    }
  }
  return topics
    .map((topic, order) => ({ label: topic.label, order, count: counts.get(topic.id) ?? 0 }))
    .filter((topic) => topic.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map((topic) => topic.label);
}

/** Where an exchange's card is served, as an in-app path: `/previews/x3.png`. */
export const previewImagePath = (exchangeId: ExchangeId): string =>
  `/previews/${encodeURIComponent(exchangeId)}.png`;

/**
 * The card of an exchange permalink: the opening whole sentences of its first answer (else of its
 * question or first speech), by whom, its topics, and the briefing's title and date.
 */
export function describeExchangeCard(
  transcript: Transcript,
  exchange: Exchange,
  topics: readonly Topic[],
): PreviewCard {
  const { question, answer } = findExchangeTurns(transcript, exchange);
  const turn = answer ?? question;
  const speaker =
    turn === undefined
      ? undefined
      : describeCitedSpeaker(
          transcript.speakers.find((candidate) => candidate.id === turn.speakerId),
          turn.label,
        );
  // Whole sentences when they fit; a first sentence too long for the card is cut at a word.
  const opening =
    turn === undefined
      ? ''
      : writeQuotationText(quoteTurn(turn, { maxChars: cardQuoteLength }), ' ');
  const quote = opening.length === 0 ? undefined : shortenToWords(opening, cardQuoteLength);
  const roleParts = speaker === undefined ? [] : listSpeakerDetails(speaker);
  if (turn?.interpreted === true) roleParts.push('through an interpreter');
  const role = roleParts.length === 0 ? undefined : roleParts.join(', ');
  const topicNames = rankTopics(transcript, exchange, topics).slice(0, cardTopicCount);
  const date =
    transcript.source?.date === undefined ? undefined : formatLongDate(transcript.source.date);
  const who = speaker === undefined ? '' : `${[speaker.name, role].filter(Boolean).join(', ')}: `;
  const alt = [
    `${exchange.title}.`,
    quote === undefined ? undefined : `${who}“${quote}”`,
    `${transcript.title}${date === undefined ? '' : `, ${date}`}.`,
  ]
    .filter((part): part is string => part !== undefined)
    .join(' ');
  return {
    title: transcript.title,
    ...(date === undefined ? {} : { date }),
    ...(transcript.source?.publisher === undefined
      ? {}
      : { publisher: transcript.source.publisher }),
    ...(speaker === undefined ? {} : { speaker: speaker.name }),
    ...(role === undefined ? {} : { role }),
    ...(quote === undefined ? {} : { quote }),
    topics: topicNames,
    alt,
  };
}
