import { countryNamed, countryOfNationality } from './nationalities';
import { toNormalCase } from './text';
import { generalOffices, honorifics, keyOf, ranks, roleWords, titleAbbreviations } from './titles';

/** A label such as "SECRETARY OF THE NAVY DR. ANA M. RUIZ" taken apart into title and name. */
export interface OfficialName {
  /** Country from a nationality word ("ITALIAN") or a country name in the title. */
  country?: string;
  /** Office words as written: ["SECRETARY", "OF", "DEFENSE"]. */
  role: string[];
  /** Ranks and abbreviated titles, spelled out: ["General"], ["Secretary"]. */
  titles: string[];
  honorific?: string;
  /** Given names and initials as written: ["MARK", "T."]. */
  given: string[];
  /** The last word of the name; absent for a label that is only an office ("THE PRESIDENT"). */
  surname?: string;
  /** Upper-case words of the label were written in mixed case ("Rumsfeld"). */
  mixedCase: boolean;
}

function classify(token: string, name: OfficialName): boolean {
  const key = keyOf(token);
  // A country's name counts only after "OF" ("MINISTER OF DEFENSE OF ITALY"): "JORDAN" is a name too.
  const afterOf = keyOf(name.role.at(-1) ?? '') === 'OF';
  const nationality = countryOfNationality(token) ?? (afterOf ? countryNamed(token) : undefined);
  if (nationality !== undefined) {
    name.country ??= nationality;
    return true;
  }
  if (honorifics.has(key)) {
    name.honorific = token;
    return true;
  }
  const expansion = titleAbbreviations.get(key);
  if (expansion !== undefined && (token.endsWith('.') || ranks.has(key))) {
    name.titles.push(expansion);
    return true;
  }
  if (roleWords.has(key)) {
    name.role.push(token);
    return true;
  }
  return false;
}

// "CHAIRMAN OF THE JOINT CHIEFS OF STAFF GENERAL" -> office "Chairman of the Joint Chiefs of Staff",
// rank "General"; "ATTORNEY GENERAL" stays one office.
function splitTrailingRank(name: OfficialName): void {
  const role = name.role;
  const moved: string[] = [];
  while (role.length > 1) {
    const last = role.at(-1) ?? '';
    const before = role.at(-2) ?? '';
    if (!ranks.has(keyOf(last)) || generalOffices.has(keyOf(before))) break;
    moved.unshift(toNormalCase(last));
    role.pop();
  }
  while (role.length > 0 && ['OF', 'THE', 'AND', 'FOR'].includes(keyOf(role.at(-1) ?? ''))) {
    role.pop();
  }
  name.titles.unshift(...moved);
}

/** Takes a label name apart into nationality, office, rank, honorific, given names and surname. */
export function readOfficialName(label: string): OfficialName {
  const tokens = label.split(' ').filter((token) => token.length > 0);
  const name: OfficialName = {
    role: [],
    titles: [],
    given: [],
    mixedCase: /\p{Ll}/u.test(label),
  };
  let index = 0;
  // The last word always stays a name unless every word is part of a title.
  while (index < tokens.length - 1 && classify(tokens[index] ?? '', name)) index++;
  const rest = tokens.slice(index);
  const last = rest.at(-1);
  if (rest.length === 1 && last !== undefined && index > 0 && classify(last, name)) {
    splitTrailingRank(name);
    return name;
  }
  splitTrailingRank(name);
  name.given = rest.slice(0, -1);
  if (last !== undefined) name.surname = last;
  return name;
}

/** The office in normal case ("Secretary of Defense"), or the spelled-out rank ("General"). */
export function describeRole(name: OfficialName): string | undefined {
  if (name.role.length > 0) return toNormalCase(name.role.join(' '));
  if (name.titles.length > 0) return name.titles.join(' ');
  return undefined;
}

/** The name a reader sees: "Ana M. Ruiz"; with no given name "General Milley", "Mr. Hoffman". */
export function describeName(name: OfficialName): string {
  const surname = name.surname;
  if (surname === undefined) return describeRole(name) ?? '';
  if (name.given.length > 0) return toNormalCase([...name.given, surname].join(' '));
  const title =
    name.titles.length > 0 ? name.titles.join(' ') : (name.role.at(-1) ?? name.honorific);
  const written = toNormalCase([title ?? '', surname].join(' ').trim());
  return written;
}

/** Words of the office and titles, upper-case and without periods, for comparing two labels. */
export function titleWordsOf(name: OfficialName): Set<string> {
  const words = new Set<string>();
  for (const token of name.role) words.add(keyOf(token));
  for (const title of name.titles) for (const word of title.split(' ')) words.add(keyOf(word));
  for (const small of ['OF', 'THE', 'AND', 'FOR', 'TO', 'ON']) words.delete(small);
  return words;
}
