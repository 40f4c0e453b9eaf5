import { keyOf } from './pattern-key';
import { fillers, joiners, offices, stopwords, titles } from './word-shapes';

// The tallies of what discovery sees, and how its sightings settle into subjects: a surname joins
// the full name it ends, a plural phrase its singular.

/** What kind of subject a candidate is. */
export type CandidateKind = 'place' | 'name' | 'acronym' | 'phrase';

/** A recurring phrase needs one sighting more than a name to be a candidate. */
const minPhraseSightings = 3;

export interface Tally {
  kind: CandidateKind;
  /** When it was first seen, among all tallies: ties are settled by first appearance. */
  readonly order: number;
  seen: number;
  /** Sightings not at the start of a sentence. */
  inside: number;
  paragraphs: number;
  lastParagraph: number;
  readonly forms: Map<string, number>;
}

export const newTally = (kind: CandidateKind, order: number): Tally => ({
  kind,
  order,
  seen: 0,
  inside: 0,
  paragraphs: 0,
  lastParagraph: -1,
  forms: new Map(),
});

export const countSighting = (
  tally: Tally,
  form: string,
  paragraph: number,
  inside: boolean,
): void => {
  tally.seen += 1;
  if (inside) tally.inside += 1;
  if (tally.lastParagraph !== paragraph) {
    tally.paragraphs += 1;
    tally.lastParagraph = paragraph;
  }
  tally.forms.set(form, (tally.forms.get(form) ?? 0) + 1);
};

/** What settling reads of one discovery's sightings. */
interface Sightings {
  readonly names: ReadonlyMap<string, Tally>;
  /** Names of one word, which must pass more checks (isSingleName). */
  readonly singles: ReadonlyMap<string, Tally>;
  readonly phrases: ReadonlyMap<string, Tally>;
  /** Words seen in lower case: a capitalised word also written so is a common word. */
  readonly lowerWords: ReadonlySet<string>;
}

// The form of `key` written most often, earliest on a tie.
export const commonestForm = (forms: ReadonlyMap<string, number>, key: string): string => {
  let best = '';
  let bestCount = 0;
  for (const [form, count] of forms) {
    if (count > bestCount && keyOf(form) === key) {
      best = form;
      bestCount = count;
    }
  }
  return best;
};

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// A lone capitalised word is a name only if it was seen inside a sentence, is never written in lower
// case, and is no common or filler word.
export function isSingleName(finder: Sightings, key: string, tally: Tally): boolean {
  if (tally.inside === 0 || key.length < 3 || finder.lowerWords.has(key)) return false;
  return !stopwords.has(key) && !fillers.has(key) && !offices.has(key) && !titles.has(key);
}

// Folds a tally into another: a surname into the full name, "European" into "Europe".
export function fold(into: Tally, from: Tally): void {
  into.seen += from.seen;
  into.inside += from.inside;
  into.paragraphs = Math.max(into.paragraphs, from.paragraphs);
  for (const [form, count] of from.forms) into.forms.set(form, (into.forms.get(form) ?? 0) + count);
}

export function settleNames(finder: Sightings): Map<string, Tally> {
  const names = new Map<string, Tally>();
  for (const [key, tally] of finder.singles) {
    if (isSingleName(finder, key, tally)) names.set(key, tally);
  }
  for (const [key, tally] of finder.names) names.set(key, tally);
  // A surname alone joins the full name it ends ("Haftar" -> "Khalifa Haftar"); "European" joins
  // "Europe" and "African" "Africa".
  const fullNames = new Map<string, { key: string; tally: Tally }>();
  for (const [key, tally] of names) {
    const words = key.split(' ');
    const last = words.at(-1);
    if (words.length < 2 || words.length > 3 || last === undefined) continue;
    if (tally.kind !== 'name' || words.some((word) => joiners.has(word))) continue;
    const known = fullNames.get(last);
    if (known === undefined || known.tally.seen < tally.seen) fullNames.set(last, { key, tally });
  }
  for (const [key, tally] of [...names]) {
    if (key.includes(' ') || tally.kind !== 'name') continue;
    const full = fullNames.get(key);
    const base = names.get(key.replace(/a?n$/u, '')) ?? names.get(key.replace(/n$/u, ''));
    const into = full?.tally ?? (base !== tally ? base : undefined);
    if (into === undefined) continue;
    fold(into, tally);
    names.delete(key);
  }
  return names;
}

export function settlePhrases(finder: Sightings): Map<string, Tally> {
  const phrases = new Map<string, Tally>();
  for (const [key, tally] of finder.phrases) {
    // "political solutions" counts for "political solution".
    const singular = key.endsWith('s') ? finder.phrases.get(key.slice(0, -1)) : undefined;
    if (singular !== undefined) continue;
    const plural = finder.phrases.get(`${key}s`);
    const merged = plural === undefined ? tally : { ...tally, forms: new Map(tally.forms) };
    if (plural !== undefined) fold(merged, plural);
    if (merged.seen >= minPhraseSightings && merged.paragraphs >= 2) phrases.set(key, merged);
  }
  return phrases;
}
