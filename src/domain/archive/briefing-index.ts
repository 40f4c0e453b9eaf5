import type { Exchange, Speaker, SpeakerId, Transcript, Turn, TurnId } from '../types';
import type { BriefingSlug } from './types';

/** A briefing as the cross-briefing pages read it: its turns looked up once. */
export interface IndexedBriefing {
  slug: BriefingSlug;
  title: string;
  date?: string;
  document: Transcript;
  exchangeOf: ReadonlyMap<TurnId, Exchange>;
  turnsOf: ReadonlyMap<SpeakerId, readonly Turn[]>;
  speakerOf: ReadonlyMap<SpeakerId, Speaker>;
}

/** Looks up each turn's exchange, each speaker's turns and each speaker by id, in a briefing. */
export function indexBriefing(
  slug: BriefingSlug,
  title: string,
  date: string | undefined,
  document: Transcript,
): IndexedBriefing {
  const exchangeOf = new Map<TurnId, Exchange>();
  for (const exchange of document.exchanges) {
    for (const turnId of exchange.turnIds) exchangeOf.set(turnId, exchange);
  }
  const turnsOf = new Map<SpeakerId, Turn[]>();
  for (const turn of document.turns) {
    const list = turnsOf.get(turn.speakerId);
    if (list === undefined) turnsOf.set(turn.speakerId, [turn]);
    else list.push(turn);
  }
  const speakerOf = new Map(document.speakers.map((speaker) => [speaker.id, speaker]));
  const indexed: IndexedBriefing = { slug, title, document, exchangeOf, turnsOf, speakerOf };
  if (date !== undefined) indexed.date = date;
  return indexed;
}

const maxSnippetLength = 140;

/** The start of what a turn says, cut at a word: for lists that link to the turn. */
export function snippetOf(turn: Turn): string {
  const paragraph = turn.paragraphs.find((candidate) => !candidate.stage) ?? turn.paragraphs[0];
  return cutLead(paragraph?.text ?? '');
}

/** The start of a text, spaces squeezed, cut at a word to a list entry's length. */
export function cutLead(text: string): string {
  // Only the start is shown: squeeze the spaces of that much, not of the whole paragraph.
  const lead = text
    .slice(0, maxSnippetLength * 4)
    .replace(/\s+/g, ' ')
    .trim();
  if (lead.length <= maxSnippetLength) return lead;
  const cut = lead.lastIndexOf(' ', maxSnippetLength - 1);
  return `${lead.slice(0, cut > maxSnippetLength / 2 ? cut : maxSnippetLength - 1)}…`;
}
