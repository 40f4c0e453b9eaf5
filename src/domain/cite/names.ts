import type { CitedSpeaker } from './citation';

// Reference managers sort people by family name, so a person's name is split the way CSL and BibTeX
// expect: "Dana T. Reyes" → Reyes, Dana T.; "Anna van der Berg" → van der Berg, Anna.

/** A person's name in parts, or a name to be taken as it is ("Coastal Wire reporter"). */
export type NameParts =
  | { readonly family: string; readonly given?: string; readonly suffix?: string }
  | { readonly literal: string };

const suffixes = /^(?:jr\.?|sr\.?|ii|iii|iv|v)$/iu;
const particle = /^\p{Ll}/u;

/** Splits a speaker's name into family and given names when the speaker is a named person. */
export function splitName(speaker: CitedSpeaker): NameParts {
  const words = speaker.name
    .trim()
    .split(/[\s,]+/u)
    .filter(Boolean);
  if (!speaker.person || words.length < 2) return { literal: speaker.name.trim() };
  const suffix = words.length > 2 && suffixes.test(words.at(-1) ?? '') ? words.pop() : undefined;
  let at = words.length - 1;
  // Lower-case particles before the family name belong to it.
  while (at > 1 && particle.test(words[at - 1] ?? '')) at -= 1;
  const family = words.slice(at).join(' ');
  const given = words.slice(0, at).join(' ');
  return { family, given, ...(suffix === undefined ? {} : { suffix }) };
}

/** A short lower-case ASCII word for reference keys: "Reyes" → "reyes", "Harbor & Daily" → "harbordaily". */
export const toKeyWord = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/gu, '')
    .toLowerCase();
