import { hasOfficeWord, isRoleName } from './accept-labels';
import { findFullName, findOfficeHolder } from './full-names';
import { countryNamed, countryOfNationality } from './nationalities';
import type { OfficialName } from './official-names';
import { describeName, describeRole, readOfficialName } from './official-names';
import { isOutletName, readReporterName } from './reporters';
import { answeringOfficial, readRoleLabel } from './role-labels';
import { slugify, toNormalCase } from './text';
import type { SpeakerKind } from '../types';
import {
  fits,
  groupPeople,
  normaliseLabelName,
  sameGivenName,
  type LabelEntry,
  type LabelUse,
  type Person,
} from './label-people';

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

/** The kind of speaker a label names: Q is a reporter, STAFF staff, UNKNOWN unknown, else official. */
export function kindOfLabel(name: string): SpeakerKind {
  return readRoleLabel(name)?.kind ?? 'official';
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
  if (person.names.some((name) => name.given.length > 0)) {
    // "Ana Castellan:" and a title "Governor Ana Castellan ...": the title gives the office.
    if (surname === undefined || person.names.some((name) => describeRole(name) !== undefined)) {
      return;
    }
    const full = findFullName(context.texts ?? [context.title], surname);
    const given = person.names.find((name) => name.given.length > 0);
    if (full !== undefined && given !== undefined && sameGivenName(full, given)) {
      person.names.push(full);
    }
    return;
  }
  if (surname === undefined) {
    // A label that is only an office ("Secretary General"): the title may say who holds it.
    const office = person.names.map(describeRole).find((role) => role !== undefined);
    const holder =
      office === undefined ? undefined : findOfficeHolder(context.texts ?? [context.title], office);
    if (office !== undefined && holder !== undefined) {
      person.names.unshift(readOfficialName(`${office} ${holder}`.toUpperCase()));
    }
    return;
  }
  const full = findFullName(context.texts ?? [context.title], surname);
  if (full === undefined) return;
  const written = { names: [full], labels: [], entries: [] };
  if (person.names.every((name) => fits(name, written))) person.names.unshift(full);
}

// What a label's note says of an official: an office ("[NATO Spokesperson]"), a country, or the
// body they speak for.
function readDetails(details: string): { role?: string; country?: string; organisation?: string } {
  const country = countryNamed(details) ?? countryOfNationality(details);
  if (country !== undefined) return { country };
  // "D-CA", "R-Texas": a legislator's party and state say nothing of an office or a country.
  if (/^[DRI]-[\p{L}. ]{2,12}$/u.test(details)) return {};
  if (isRoleName(details) || hasOfficeWord(details)) return { role: toNormalCase(details) };
  return { organisation: details };
}

const wordPattern = /\p{L}[\p{L}\p{M}'’-]*/gu;

// How the document's own mixed-case lines spell words that upper-case labels cannot show: "NATO",
// "McCain". Only such spellings are kept: a capital at a sentence's start says nothing.
function readSpellings(texts: readonly string[]): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const text of texts) {
    if (!/\p{Ll}/u.test(text)) continue;
    for (const [word] of text.matchAll(wordPattern)) {
      const inner = word.slice(1);
      if (word.length < 2 || !/\p{Lu}/u.test(inner)) continue;
      if (!spellings.has(word.toLowerCase())) spellings.set(word.toLowerCase(), word);
    }
  }
  return spellings;
}

const respell = (text: string, spellings: ReadonlyMap<string, string>): string =>
  spellings.size === 0
    ? text
    : text.replace(wordPattern, (word) => spellings.get(word.toLowerCase()) ?? word);

function draftOfficial(person: Person, context: SpeakerContext): SpeakerDraft {
  fillFromTexts(person, context);
  const best = person.names.reduce((a, b) => (b.given.length > a.given.length ? b : a));
  const noted = person.entries
    .map((entry) => (entry.details === undefined ? {} : readDetails(entry.details)))
    .reduce((a, b) => ({ ...b, ...a }), {});
  const role = person.names.map(describeRole).find((value) => value !== undefined) ?? noted.role;
  const surname = best.surname;
  const country =
    person.names.map((name) => name.country).find((value) => value !== undefined) ??
    noted.country ??
    (surname === undefined ? undefined : countryInTitle(context.title, surname)) ??
    person.names.map((name) => name.organisation).find((value) => value !== undefined) ??
    noted.organisation ??
    context.country;
  // Upper-case labels are written as the title writes their words ("NATO Secretary General").
  const spellings = best.mixedCase
    ? new Map<string, string>()
    : readSpellings(context.texts ?? [context.title]);
  const name = respell(describeName(best), spellings);
  const draft: SpeakerDraft = {
    name,
    kind: 'official',
    labels: person.labels,
    idBase: `s-${slugify(surname ?? name) || 'speaker'}`,
  };
  const written = role === undefined ? undefined : respell(role, spellings);
  if (written !== undefined && written !== name) draft.role = written;
  if (country !== undefined) draft.affiliation = country;
  return draft;
}

const minQuestionWords = 5;
const hearingTitle = /\b(?:hearings?|committee|subcommittee|testimony|testifies|markup)\b/i;

// Turns that are mostly questions of some length, not the first of the briefing: a reporter's.
// (A label naming an outlet asks in as few words as it likes: "Why not now?")
const asksLikeReporter = (use: LabelUse | undefined, minWords = minQuestionWords): boolean =>
  use !== undefined &&
  use.first > 0 &&
  use.questions > 0 &&
  use.questions * 3 >= use.turns * 2 &&
  use.words >= use.turns * minWords;

// A label that names no office, title or courtesy, whose turns are mostly questions of some length
// and which does not open the briefing, is a reporter's: "HARBORWIRE:", "Jane Roe (Daily Star):".
function draftReporter(person: Person, context: SpeakerContext): SpeakerDraft | undefined {
  const [name, ...more] = person.names;
  const [entry] = person.entries;
  if (name === undefined || entry === undefined || more.length > 0) return undefined;
  if (name.role.length > 0 || name.titles.length > 0 || name.honorific !== undefined)
    return undefined;
  if (name.country !== undefined || isRoleName(entry.name)) return undefined;
  const plain = [...name.given, name.surname ?? ''].join(' ').trim();
  const organisation = name.organisation ?? entry.details;
  const outletNamed = organisation !== undefined && isOutletName(organisation);
  if (!asksLikeReporter(entry.use, outletNamed ? 1 : minQuestionWords)) return undefined;
  // "ASHDALE:" with "Corwin Ashdale" in the title is a person; "HARBORWIRE:" alone is an outlet.
  const full =
    name.given.length === 0 && name.surname !== undefined
      ? findFullName(context.texts ?? [context.title], name.surname)
      : undefined;
  const written = full === undefined ? undefined : [...full.given, full.surname ?? ''].join(' ');
  const who =
    organisation !== undefined
      ? { name: plain, outlet: organisation }
      : written !== undefined
        ? { name: written }
        : readReporterName(plain);
  if (who === undefined) return undefined;
  const outlet = who.outlet === undefined ? undefined : writeOutlet(who.outlet);
  const display = who.name === undefined ? undefined : toNormalCase(who.name);
  const draft: SpeakerDraft = {
    name: display ?? `${outlet ?? 'Unnamed'} reporter`,
    kind: 'reporter',
    labels: person.labels,
    idBase: `r-${slugify(display ?? outlet ?? '') || 'reporter'}`,
  };
  if (outlet !== undefined) draft.affiliation = outlet;
  return draft;
}

const journalismWords =
  /\b(?:anchor|co-?host|host|correspondent|reporter|journalist|editor|columnist|presenter|interviewer)\b/i;

// "JANE ROE, CNN ANCHOR": a title of journalism makes the speaker a reporter of that outlet.
function asJournalist(draft: SpeakerDraft): SpeakerDraft {
  const role = draft.role;
  if (role === undefined || !journalismWords.test(role)) return draft;
  const outlet = role.replace(journalismWords, '').replace(/\s+/g, ' ').trim();
  const reporter: SpeakerDraft = {
    name: draft.name,
    kind: 'reporter',
    role,
    labels: draft.labels,
    idBase: draft.idBase.replace(/^s-/, 'r-'),
  };
  if (outlet.length > 0) reporter.affiliation = outlet;
  return reporter;
}

// "HARBORWIRE" -> "Harborwire", but an acronym of up to four letters stays as written ("HTV").
const writeOutlet = (outlet: string): string =>
  outlet
    .split(' ')
    .map((word) => (/^[\p{Lu}\p{N}&.-]{1,4}$/u.test(word) ? word : toNormalCase(word)))
    .join(' ');

/**
 * Resolves the labels of officials, staff and unknown speakers (distinct, in order of first use)
 * to speakers: long and short forms of one person's label become one speaker. Reporters are
 * resolved turn by turn elsewhere, since one `Q` label stands for many people.
 */
export function resolveLabelSpeakers(
  labels: readonly LabelEntry[],
  context: SpeakerContext,
): Map<string, SpeakerDraft> {
  const byLabel = new Map<string, SpeakerDraft>();
  const shared = new Map<string, SpeakerDraft>();
  const officials: { entry: LabelEntry; name: OfficialName }[] = [];
  for (const entry of labels) {
    const { label, name } = entry;
    const part = readRoleLabel(name);
    const kind = part?.kind ?? 'official';
    if (kind === 'reporter') continue;
    // "PM" is the "PRIME MINISTER" of other labels: read as the office it stands for.
    const office = kind === 'official' ? part?.name : undefined;
    if (kind === 'official' && office !== answeringOfficial) {
      officials.push({ entry, name: readOfficialName(office?.toUpperCase() ?? name) });
      continue;
    }
    // "SPEAKER 2" is another person than "SPEAKER 1"; other unknown labels are one unknown speaker.
    const numbered = kind === 'unknown' && /[\s#](?:\d{1,3}|[A-Z])$/.test(normaliseLabelName(name));
    const key = kind === 'unknown' && !numbered ? 'unknown' : normaliseLabelName(name);
    const display = part?.name ?? toNormalCase(normaliseLabelName(name));
    // "Speaker 2:" asking questions is an unnamed reporter the transcript numbered.
    const asks = numbered && asksLikeReporter(entry.use);
    const draft = shared.get(key) ?? {
      name: kind === 'unknown' && !numbered ? 'Unknown speaker' : display,
      kind: asks ? 'reporter' : kind,
      labels: [],
      idBase:
        kind === 'unknown' && !numbered
          ? 'unknown'
          : `${kind === 'official' ? 's-' : asks ? 'r-' : ''}${slugify(display) || 'staff'}`,
    };
    if (kind === 'official' && context.country !== undefined) draft.affiliation = context.country;
    draft.labels.push(label);
    shared.set(key, draft);
    byLabel.set(label, draft);
  }
  // At a hearing the members ask the questions: no label there is a reporter's by its use.
  const hearing = hearingTitle.test(context.title);
  for (const person of groupPeople(officials)) {
    const draft =
      (hearing ? undefined : draftReporter(person, context)) ??
      asJournalist(draftOfficial(person, context));
    for (const label of person.labels) byLabel.set(label, draft);
  }
  return byLabel;
}
