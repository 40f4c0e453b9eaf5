import { shortenToWords } from '../cite/quote-passage';
import type { Exchange, Transcript, TurnId } from '../types';

export const siteName = 'Podium';

/** The title of one of the app's own pages: "Library — Podium". */
export function composePageTitle(name: string): string {
  return `${name} — ${siteName}`;
}

// A tab shows the start of a title: a quote's opening words, the rest in the full title.
const quoteTitleLength = 80;

/**
 * The page title: the quoted words a link names, the linked exchange (and turn), then the briefing,
 * then the app.
 */
export function composeDocumentTitle(
  transcript: Transcript,
  exchange: Exchange | undefined,
  turnId: TurnId | undefined,
  quotedWords?: string,
): string {
  const parts = [transcript.title, siteName];
  if (exchange) {
    const turn = turnId === undefined ? undefined : transcript.turns.find((t) => t.id === turnId);
    const speaker = transcript.speakers.find((candidate) => candidate.id === turn?.speakerId);
    parts.unshift(speaker ? `${speaker.name} in ${exchange.title}` : exchange.title);
  }
  if (quotedWords !== undefined)
    parts.unshift(`“${shortenToWords(quotedWords, quoteTitleLength)}”`);
  return parts.join(' — ');
}
