import { squeezeWord } from './fold';
import type { SearchRecord } from './records';

// The static index finds words as they are written, so "minefields" would miss a turn that says
// "mine fields". The search language says they match; to let the index find such turns, each
// record gets, in `meta.joined`, the two-word compounds it writes apart that the archive also
// writes as one word (or with a hyphen) somewhere. A word the archive never writes joined is left
// alone, which keeps the index small.

const space = /\s+/u;

// A trailing "s" is dropped, so that "land mines" joins to a "landmine" written elsewhere.
const keyOf = (word: string): string => (word.endsWith('s') ? word.slice(0, -1) : word);

/** Adds to each record the compounds it writes as two words that other records write as one. */
export function joinCompounds(records: readonly SearchRecord[]): SearchRecord[] {
  const words = records.map((record) =>
    record.content
      .split(space)
      .map(squeezeWord)
      .filter((word) => word !== ''),
  );
  const vocabulary = new Set<string>();
  for (const list of words) for (const word of list) vocabulary.add(keyOf(word));
  return records.map((record, index) => {
    const list = words[index] ?? [];
    const joined = new Set<string>();
    for (let at = 0; at + 1 < list.length; at += 1) {
      const compound = `${list[at] ?? ''}${list[at + 1] ?? ''}`;
      if (vocabulary.has(keyOf(compound))) joined.add(compound);
    }
    return joined.size === 0
      ? record
      : { ...record, meta: { ...record.meta, joined: [...joined].join(' ') } };
  });
}
