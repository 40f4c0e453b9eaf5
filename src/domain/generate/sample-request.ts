import { formatCount } from '../words/pluralize';

// A sample is a made-up briefing of a chosen length, to try the viewer on a very long day. Reading its
// address is kept apart from making it, so that a page can name a sample without loading the generator.

/** The most turns a sample may have: enough to try the viewer on ten-hour days, and no more. */
export const maxSampleTurns = 50_000;
export const defaultSampleSeed = 1;

/** Which sample to make: how many turns, and the seed that picks its words. */
export interface SampleRequest {
  readonly turns: number;
  readonly seed: number;
}

/** A request read from an address, or what is wrong with the address, in words. */
export type SampleRequestCheck =
  ({ readonly ok: true } & SampleRequest) | { readonly ok: false; readonly message: string };

const wholeNumber = /^\d+$/u;

/** Reads `/sample/:turns?seed=` into a request, or says in words what is wrong with it. */
export function readSampleRequest(
  turnsParam: string | undefined,
  seedParam: string | null,
): SampleRequestCheck {
  const text = (turnsParam ?? '').trim().replaceAll(/[,_]/gu, '');
  if (!wholeNumber.test(text)) {
    return {
      ok: false,
      message: `“${turnsParam ?? ''}” is not a number of turns. Use a whole number from 1 to ${formatCount(maxSampleTurns)}.`,
    };
  }
  const turns = Number(text);
  if (turns < 1 || turns > maxSampleTurns) {
    return {
      ok: false,
      message: `A sample has from 1 to ${formatCount(maxSampleTurns)} turns, not ${formatCount(turns)}.`,
    };
  }
  const seedText = (seedParam ?? '').trim();
  if (seedText !== '' && !wholeNumber.test(seedText)) {
    return { ok: false, message: `The seed must be a whole number, not “${seedText}”.` };
  }
  return { ok: true, turns, seed: seedText === '' ? defaultSampleSeed : Number(seedText) };
}
