import type { OfficialName } from './official-names';
import { describeRole, titleWordsOf } from './official-names';
import { keyOf } from './titles';

/** A label as written, without brackets, periods or case: "SEC. RUIZ" → "SEC RUIZ". */
export const normaliseLabelName = (name: string): string =>
  name.replace(/[().]/g, '').replace(/\s+/g, ' ').trim().toUpperCase();

// How a briefing's labels are used, and which of them name one person: "SEC. RUIZ" and
// "SECRETARY OF DEFENSE ANA RUIZ" are one official unless given names or honorifics differ.

/** How a label is used in the text: what tells a reporter named by a label from an official. */
export interface LabelUse {
  /** Turns under the label, and how many of them ask a question. */
  turns: number;
  questions: number;
  /** Words of speech under the label (counted up to a few per turn). */
  words: number;
  /** The position of its first turn. */
  first: number;
}

/** A distinct label to resolve: as written, its name without notes, what its note says. */
export interface LabelEntry {
  label: string;
  name: string;
  details?: string;
  use?: LabelUse;
}

/** One official as the labels name them: every written form and the entries behind them. */
export interface Person {
  names: OfficialName[];
  labels: string[];
  entries: LabelEntry[];
}

const conflictingHonorifics = (a: OfficialName, b: OfficialName): boolean => {
  const male = (name: OfficialName) => keyOf(name.honorific ?? '') === 'MR';
  const female = (name: OfficialName) =>
    ['MS', 'MRS', 'MISS'].includes(keyOf(name.honorific ?? ''));
  return (male(a) && female(b)) || (female(a) && male(b));
};

/**
 * Whether a short form fits a person: "SEC. RUIZ" fits "SECRETARY OF THE NAVY DR. ANA M. RUIZ" (every
 * title word of the short form appears in the long one; a bare "MR. RUIZ" fits any).
 */
export function fits(short: OfficialName, person: Person): boolean {
  const words = titleWordsOf(short);
  return person.names.some((name) => {
    if (conflictingHonorifics(short, name)) return false;
    const known = titleWordsOf(name);
    return [...words].every((word) => known.has(word));
  });
}

/** Two long forms are one person when their first given names agree (or one is that initial). */
export function sameGivenName(a: OfficialName, b: OfficialName): boolean {
  const first = (name: OfficialName) => keyOf(name.given[0] ?? '');
  const x = first(a);
  const y = first(b);
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

/** Groups the labels of officials into people, long forms first so that short ones can join them. */
export function groupPeople(
  entries: readonly { entry: LabelEntry; name: OfficialName }[],
): Person[] {
  const people: Person[] = [];
  const bySurname = new Map<string, Person[]>();
  // Long forms first so that short forms can find them wherever they stand in the text.
  const ordered = [
    ...entries.filter((entry) => entry.name.given.length > 0),
    ...entries.filter((entry) => entry.name.given.length === 0),
  ];
  for (const entry of ordered) {
    const surname = entry.name.surname;
    const key =
      surname === undefined
        ? `office:${normaliseLabelName(describeRole(entry.name) ?? entry.entry.name)}`
        : keyOf(surname);
    const group = bySurname.get(key) ?? [];
    const isLong = entry.name.given.length > 0;
    // A short label fits a person by title words, or is theirs as the only one of that surname.
    const only = group.length === 1 ? group[0] : undefined;
    const match = isLong
      ? group.find((person) => person.names.some((name) => sameGivenName(name, entry.name)))
      : (group.find((person) => fits(entry.name, person)) ??
        (only?.names.some((name) => conflictingHonorifics(name, entry.name)) === false
          ? only
          : undefined));
    if (match === undefined) {
      const person = { names: [entry.name], labels: [entry.entry.label], entries: [entry.entry] };
      people.push(person);
      group.push(person);
      bySurname.set(key, group);
    } else {
      match.names.push(entry.name);
      match.labels.push(entry.entry.label);
      match.entries.push(entry.entry);
    }
  }
  return people;
}
