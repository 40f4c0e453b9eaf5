import { readFileSync } from 'node:fs';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import type { Exchange, Speaker, Turn } from '../../src/domain/types';

/** The seed briefing as the app parses it, so that tests name exchanges by their real titles. */
export const seedTranscript = parseTranscript(
  readFileSync(new URL('../../src/content/briefing.txt', import.meta.url), 'utf8'),
);

export function questionExchange(number: number): Exchange {
  const exchange = seedTranscript.exchanges.find(
    (candidate) => candidate.kind === 'question' && candidate.questionNumber === number,
  );
  if (!exchange) throw new Error(`The seed briefing has no question ${number}`);
  return exchange;
}

export function firstSpeaker(kind: Speaker['kind']): Speaker {
  const speaker = seedTranscript.speakers.find((candidate) => candidate.kind === kind);
  if (!speaker) throw new Error(`The seed briefing has no ${kind}`);
  return speaker;
}

export function turnOf(exchange: Exchange, index: number): Turn {
  const id = exchange.turnIds.at(index);
  const turn = seedTranscript.turns.find((candidate) => candidate.id === id);
  if (!turn) throw new Error(`${exchange.id} has no turn at ${index}`);
  return turn;
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const briefingTitle = seedTranscript.title;
