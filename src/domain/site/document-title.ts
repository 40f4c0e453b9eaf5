import type { Exchange, Transcript, TurnId } from '../types';

export const siteName = 'Podium';

/** The title of one of the app's own pages: "Library — Podium". */
export function composePageTitle(name: string): string {
  return `${name} — ${siteName}`;
}

/** The page title: the linked exchange (and turn) first, then the briefing, then the app. */
export function composeDocumentTitle(
  transcript: Transcript,
  exchange: Exchange | undefined,
  turnId: TurnId | undefined,
): string {
  const parts = [transcript.title, siteName];
  if (exchange) {
    const turn = turnId === undefined ? undefined : transcript.turns.find((t) => t.id === turnId);
    const speaker = transcript.speakers.find((candidate) => candidate.id === turn?.speakerId);
    parts.unshift(speaker ? `${speaker.name} in ${exchange.title}` : exchange.title);
  }
  return parts.join(' — ');
}
