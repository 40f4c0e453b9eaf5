import { findFullName } from './full-names';
import { countryNamed } from './nationalities';
import type { OfficialName } from './official-names';
import { describeName, describeRole, readOfficialName, titleWordsOf } from './official-names';
import { slugify, toNormalCase } from './text';
import { keyOf } from './titles';
import type { SpeakerKind } from '../types';

/** A speaker before ids are given out (ids follow the order of first appearance). */
export interface SpeakerDraft {
  name: string;
  kind: SpeakerKind;
  role?: string;
  affiliation?: string;
  /** Labels as written, in order of first use. */
  labels: string[];
  /** The id to use, made unique later by a "-2" suffix: "s-ruiz", "staff", "r-unnamed-1". */
  idBase: string;
}

/** What the rest of the document says about its speakers. */
export interface SpeakerContext {
  title: string;
  /** The title and metadata lines, where people named only by surname in labels may be written out. */
  texts?: readonly string[];
  /** The publisher's country: officials with no nationality of their own are from it. */
  country?: string;
}

const normalise = (name: string): string =>
  name.replace(/[().]/g, '').replace(/\s+/g, ' ').trim().toUpperCase();

const reporterNames = new Set(['Q', 'QUESTION', 'QUESTIONER', 'REPORTER', 'JOURNALIST', 'PRESS']);
const staffNames = new Set(['STAFF', 'MODERATOR', 'OPERATOR', 'ANNOUNCER', 'HOST', 'INTERPRETER']);
const unknownNames = /^(?:UNKNOWN|UNIDENTIFIED|INAUDIBLE|VOICE|SPEAKER|AUDIENCE|CROSSTALK)\b/;

/** The kind of speaker a label names: Q is a reporter, STAFF staff, UNKNOWN unknown, else official. */
export function kindOfLabel(name: string): SpeakerKind {
  const key = normalise(name);
  if (reporterNames.has(key)) return 'reporter';
  if (staffNames.has(key) || key.endsWith(' STAFF')) return 'staff';
  if (unknownNames.test(key)) return 'unknown';
  return 'official';
}

interface Person {
  names: OfficialName[];
  labels: string[];
}

const conflictingHonorifics = (a: OfficialName, b: OfficialName): boolean => {
  const male = (name: OfficialName) => keyOf(name.honorific ?? '') === 'MR';
  const female = (name: OfficialName) =>
    ['MS', 'MRS', 'MISS'].includes(keyOf(name.honorific ?? ''));
  return (male(a) && female(b)) || (female(a) && male(b));
};

// "SEC. RUIZ" fits "SECRETARY OF THE NAVY DR. ANA M. RUIZ": every title word of the short form
// appears in the long one (a bare "MR. RUIZ" fits any).
function fits(short: OfficialName, person: Person): boolean {
  const words = titleWordsOf(short);
  return person.names.some((name) => {
    if (conflictingHonorifics(short, name)) return false;
    const known = titleWordsOf(name);
    return [...words].every((word) => known.has(word));
  });
}

// Two long forms are one person when their first given names agree (or one is that initial).
function sameGivenName(a: OfficialName, b: OfficialName): boolean {
  const first = (name: OfficialName) => keyOf(name.given[0] ?? '');
  const x = first(a);
  const y = first(b);
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

function groupPeople(entries: readonly { label: string; name: OfficialName }[]): Person[] {
  const people: Person[] = [];
  const bySurname = new Map<string, Person[]>();
  // Long forms first so that short forms can find them wherever they stand in the text.
  const ordered = [
    ...entries.filter((entry) => entry.name.given.length > 0),
    ...entries.filter((entry) => entry.name.given.length === 0),
  ];
  for (const entry of ordered) {
    const surname = entry.name.surname;
    const key = surname === undefined ? `office:${normalise(entry.label)}` : keyOf(surname);
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
      const person = { names: [entry.name], labels: [entry.label] };
      people.push(person);
      group.push(person);
      bySurname.set(key, group);
    } else {
      match.names.push(entry.name);
      match.labels.push(entry.label);
    }
  }
  return people;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// "... Piet Janssen of the Netherlands Joint Press Briefing": the title can say where someone is from.
function countryInTitle(title: string, surname: string): string | undefined {
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])${escapeRegExp(surname)}\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}.]*\s*){1,3})`,
    'iu',
  );
  const words = (pattern.exec(title)?.[1] ?? '').trim().split(/\s+/);
  for (let count = words.length; count > 0; count--) {
    const country = countryNamed(words.slice(0, count).join(' '));
    if (country !== undefined) return country;
  }
  return undefined;
}

// Labels like "SEC. HARLAN" alone: the title or a "Presenters:" line may give the full name.
function fillFromTexts(person: Person, context: SpeakerContext): void {
  const surname = person.names[0]?.surname;
  if (surname === undefined || person.names.some((name) => name.given.length > 0)) return;
  const full = findFullName(context.texts ?? [context.title], surname);
  if (full === undefined) return;
  const written = { names: [full], labels: [] };
  if (person.names.every((name) => fits(name, written))) person.names.unshift(full);
}

function draftOfficial(person: Person, context: SpeakerContext): SpeakerDraft {
  fillFromTexts(person, context);
  const best = person.names.reduce((a, b) => (b.given.length > a.given.length ? b : a));
  const role = person.names.map(describeRole).find((value) => value !== undefined);
  const surname = best.surname;
  const country =
    person.names.map((name) => name.country).find((value) => value !== undefined) ??
    (surname === undefined ? undefined : countryInTitle(context.title, surname)) ??
    context.country;
  const name = describeName(best);
  const draft: SpeakerDraft = {
    name,
    kind: 'official',
    labels: person.labels,
    idBase: `s-${slugify(surname ?? name) || 'speaker'}`,
  };
  if (role !== undefined && role !== name) draft.role = role;
  if (country !== undefined) draft.affiliation = country;
  return draft;
}

/**
 * Resolves the labels of officials, staff and unknown speakers (distinct, in order of first use)
 * to speakers: long and short forms of one person's label become one speaker. Reporters are
 * resolved turn by turn elsewhere, since one `Q` label stands for many people.
 */
export function resolveLabelSpeakers(
  labels: readonly { label: string; name: string }[],
  context: SpeakerContext,
): Map<string, SpeakerDraft> {
  const byLabel = new Map<string, SpeakerDraft>();
  const shared = new Map<string, SpeakerDraft>();
  const officials: { label: string; name: OfficialName }[] = [];
  for (const { label, name } of labels) {
    const kind = kindOfLabel(name);
    if (kind === 'reporter') continue;
    if (kind === 'official') {
      officials.push({ label, name: readOfficialName(name) });
      continue;
    }
    const key = kind === 'unknown' ? 'unknown' : normalise(name);
    const draft = shared.get(key) ?? {
      name: kind === 'unknown' ? 'Unknown speaker' : toNormalCase(normalise(name)),
      kind,
      labels: [],
      idBase: kind === 'unknown' ? 'unknown' : slugify(name) || 'staff',
    };
    draft.labels.push(label);
    shared.set(key, draft);
    byLabel.set(label, draft);
  }
  for (const person of groupPeople(officials)) {
    const draft = draftOfficial(person, context);
    for (const label of person.labels) byLabel.set(label, draft);
  }
  return byLabel;
}
