import { readFileSync } from 'node:fs';
import type { Transcript } from '../../src/domain/types';

// What tests of the made-up transcripts compare: the parts of a parsed transcript a reader sees.

/** The text of `tests/fixtures/transcript-NAME.txt`. */
export const readFixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/transcript-${name}.txt`, import.meta.url), 'utf8');

/** Each speaker's id, name, kind, role, affiliation and labels. */
export const speakersOf = (transcript: Transcript) =>
  transcript.speakers.map(({ id, name, kind, role, affiliation, labels }) => ({
    id,
    name,
    kind,
    role,
    affiliation,
    labels,
  }));

/** Each turn's label and speaker id. */
export const turnsOf = (transcript: Transcript) =>
  transcript.turns.map((turn) => [turn.label, turn.speakerId]);

/** Each exchange's kind, turn ids and questioner. */
export const exchangesOf = (transcript: Transcript) =>
  transcript.exchanges.map((exchange) => [
    exchange.kind,
    exchange.turnIds.join(' '),
    exchange.questionerId,
  ]);

/** A turn's paragraphs: text, stage direction or not, interpreted or not. */
export const paragraphsOf = (transcript: Transcript, id: string) =>
  transcript.turns
    .find((turn) => turn.id === id)
    ?.paragraphs.map((p) => [p.text, p.stage, p.interpreted]);
