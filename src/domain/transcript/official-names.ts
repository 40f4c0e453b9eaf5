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
  /** What a part after a comma or dash says that is neither office nor country: "Coastal Wire". */
  organisation?: string;
  /** Words of the office that name a body by its letters and stay as written ("WNX ANCHOR"). */
  acronyms?: string[];
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
  // "UNDER-SECRETARY-GENERAL": a hyphenated office is made of office words.
  if (
    roleWords.has(key) ||
    (key.includes('-') && key.split('-').every((part) => roleWords.has(part)))
  ) {
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

const maxQualifiers = 3;
const joiningKeys = new Set(['OF', 'AND', 'FOR', 'THE', 'ON', 'TO']);

// Reads one part of a label: office words, ranks and honorifics first, the name last. Words before
// the last title word that are no title word qualify the office ("NATO SECRETARY GENERAL").
function readPart(tokens: readonly string[], name: OfficialName): void {
  let lastTitle = -1;
  const classified: boolean[] = [];
  const probe: OfficialName = { role: [], titles: [], given: [], mixedCase: false };
  for (let index = 0; index < tokens.length - 1; index++) {
    classified[index] = classify(tokens[index] ?? '', probe);
    if (classified[index] === true) lastTitle = index;
  }
  const qualifiers = classified.slice(0, lastTitle + 1).filter((value) => !value).length;
  // More than a few words before the office are no qualifier of it: read titles from the start.
  if (qualifiers > maxQualifiers) {
    lastTitle = -1;
    while (lastTitle + 1 < tokens.length - 1 && classify(tokens[lastTitle + 1] ?? '', probe)) {
      lastTitle++;
    }
  }
  let index = 0;
  for (; index <= lastTitle; index++) {
    const token = tokens[index] ?? '';
    if (!classify(token, name)) name.role.push(token);
  }
  // "MINISTER OF FINANCE JANE ROE": an office that ends in "OF" takes the next word.
  while (
    index > 0 &&
    index < tokens.length - 1 &&
    joiningKeys.has(keyOf(tokens[index - 1] ?? ''))
  ) {
    const token = tokens[index] ?? '';
    if (!classify(token, name)) name.role.push(token);
    index++;
  }
  const rest = tokens.slice(index);
  const last = rest.at(-1);
  // The last word stays a name unless every word is part of a title ("SPOKESPERSON" alone too; a
  // rank alone may be a surname).
  const alone = index === 0 && tokens.length === 1 && !ranks.has(keyOf(last ?? ''));
  if (rest.length === 1 && last !== undefined && (index > 0 || alone) && classify(last, name)) {
    splitTrailingRank(name);
    return;
  }
  splitTrailingRank(name);
  name.given = rest.slice(0, -1);
  if (last !== undefined) name.surname = last;
}

// A part of a label with no name in it: only office words, acronyms, a country.
// (An acronym counts as part of an office only in a mixed-case label: in "ALAN PIKE" every word
// looks like one.)
function readTitlePart(tokens: readonly string[], mixedCase: boolean): OfficialName | undefined {
  const name: OfficialName = { role: [], titles: [], given: [], mixedCase: false };
  // "CNN ANCHOR": before an office word, a short word in an upper-case label is a body's name.
  const firstOffice = tokens.findIndex((token) => roleWords.has(keyOf(token)));
  const acronym = mixedCase ? /^[\p{Lu}\p{N}.&-]{2,6}$/u : /^[\p{Lu}\p{N}&]{2,4}$/u;
  for (const [index, token] of tokens.entries()) {
    if (classify(token, name)) continue;
    if ((mixedCase || index < firstOffice) && acronym.test(token) && tokens.length > 1) {
      (name.acronyms ??= []).push(token);
      name.role.push(token);
      continue;
    }
    return undefined;
  }
  return name;
}

/**
 * Takes a label name apart into nationality, office, rank, honorific, given names and surname.
 * "JANE ROE, SPOKESPERSON" and "Minister for Trade – Jane Roe" give the office from the other part;
 * a part that is neither office nor country ("JANE ROE, REUTERS") is kept as the organisation.
 */
export function readOfficialName(label: string): OfficialName {
  const name: OfficialName = { role: [], titles: [], given: [], mixedCase: /\p{Ll}/u.test(label) };
  const parts = label
    .split(/\s*,\s*|\s+[–—-]{1,2}\s+/)
    .map((part) => part.split(' ').filter((token) => token.length > 0))
    .filter((tokens) => tokens.length > 0);
  const others: string[][] = [];
  let named = false;
  for (const tokens of parts) {
    const title = parts.length > 1 ? readTitlePart(tokens, name.mixedCase) : undefined;
    if (title !== undefined || named) {
      others.push(tokens);
      continue;
    }
    readPart(tokens, name);
    named = true;
  }
  for (const tokens of others) {
    const title = readTitlePart(tokens, name.mixedCase);
    if (title === undefined) {
      // "BUREAU OF DAMS" in an upper-case label reads "Bureau of Dams".
      const written = tokens.join(' ');
      name.organisation ??= name.mixedCase ? written : toNormalCase(written);
      continue;
    }
    if (name.country === undefined && title.country !== undefined) name.country = title.country;
    if (name.role.length === 0) {
      name.role.push(...title.role);
      if (title.acronyms !== undefined) name.acronyms = title.acronyms;
    }
    if (name.titles.length === 0) name.titles.push(...title.titles);
  }
  if (!named && others.length > 0 && name.role.length === 0) readPart(parts[0] ?? [], name);
  return name;
}

/** The office in normal case ("Secretary of Defense"), or the spelled-out rank ("General"). */
export function describeRole(name: OfficialName): string | undefined {
  if (name.role.length > 0) {
    const written = toNormalCase(name.role.join(' '));
    const acronyms = name.acronyms;
    if (acronyms === undefined) return written;
    return written
      .split(' ')
      .map((word, index) =>
        acronyms.includes(name.role[index] ?? '') ? (name.role[index] ?? word) : word,
      )
      .join(' ');
  }
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
