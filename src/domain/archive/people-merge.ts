// Who is who across briefings. The parser has already made one speaker of each person's long and
// short labels within a briefing; here the speakers of many briefings are grouped into people by
// rules on their names and titles, never by knowing anyone. Staff, unknown voices, unnamed
// reporters and officials known only by an office ("SENIOR DEFENSE OFFICIAL") get no page.
import { readOfficialName, titleWordsOf, type OfficialName } from '../transcript/official-names';
import { keyOf } from '../transcript/titles';
import type { Speaker } from '../types';
import type { IndexedBriefing } from './briefing-index';
import { dayNumber } from './documents';
import { compareText } from './slugs';
import type { PersonKind } from './types';

/** One speaker of one briefing. */
export interface Sighting {
  briefing: IndexedBriefing;
  speaker: Speaker;
}

/** The sightings that are one person. */
export interface PersonGroup {
  kind: PersonKind;
  /** Stable and unique: what a slug's collision suffix is made from. */
  key: string;
  /** The name written most fully: "Ana M. Ruiz" rather than "Secretary Ruiz". */
  name: string;
  /** The slug this person would like. */
  slugBase: string;
  sightings: Sighting[];
}

interface OfficialSighting extends Sighting {
  surname: string;
  given: string[];
  titleWords: Set<string>;
  sex?: 'male' | 'female';
  day?: number;
}

interface Cluster {
  members: OfficialSighting[];
  titleWords: Set<string>;
  countries: Set<string>;
  briefings: Set<IndexedBriefing>;
}

// Accents and periods do not tell two names apart: "NÚÑEZ" is "NUNEZ", "T." is "T".
const foldName = (word: string): string =>
  keyOf(word)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}'’-]/gu, '');

const withoutNotes = (label: string): string =>
  label
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const maleHonorifics = new Set(['MR', 'SIR', 'LORD']);
const femaleHonorifics = new Set(['MS', 'MRS', 'MISS', 'DAME', 'LADY', 'MADAM', 'MADAME', 'MME']);

/** A label, a name or an office read once: its title words and the sex its honorific gives. */
interface LabelReading {
  name: OfficialName;
  titleWords: readonly string[];
  sex?: 'male' | 'female';
}

/** Label readings by text; one build reads "SEC. RUIZ" hundreds of times. */
type LabelReadings = Map<string, LabelReading>;

function readLabel(text: string, readings: LabelReadings): LabelReading {
  let reading = readings.get(text);
  if (reading === undefined) {
    const name = readOfficialName(withoutNotes(text).toUpperCase());
    const honorific = keyOf(name.honorific ?? '');
    reading = { name, titleWords: [...titleWordsOf(name)] };
    if (maleHonorifics.has(honorific)) reading.sex = 'male';
    if (femaleHonorifics.has(honorific)) reading.sex = 'female';
    readings.set(text, reading);
  }
  return reading;
}

function readOfficial(sighting: Sighting, readings: LabelReadings): OfficialSighting | undefined {
  const { speaker } = sighting;
  const { name } = readLabel(speaker.name, readings);
  if (name.surname === undefined) return undefined;
  const titleWords = new Set<string>();
  let sex: 'male' | 'female' | undefined;
  const forms = [speaker.name, ...speaker.labels];
  if (speaker.role !== undefined) forms.push(speaker.role);
  for (const form of forms) {
    const reading = readLabel(form, readings);
    for (const word of reading.titleWords) titleWords.add(word);
    sex = reading.sex ?? sex;
  }
  const official: OfficialSighting = {
    briefing: sighting.briefing,
    speaker,
    surname: foldName(name.surname),
    given: name.given.map(foldName).filter((word) => word.length > 0),
    titleWords,
  };
  if (sex !== undefined) official.sex = sex;
  const date = sighting.briefing.date;
  if (date !== undefined) official.day = dayNumber(date);
  return official;
}

const isSubset = (small: ReadonlySet<string>, large: ReadonlySet<string>): boolean =>
  [...small].every((word) => large.has(word));

const sameName = (x: string, y: string): 'same' | 'initial' | undefined => {
  if (x === y) return 'same';
  if ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) return 'initial';
  return undefined;
};

/**
 * Given names agree when each of the shorter list matches, in order, one of the longer: "ANA M"
 * and "ANA", "A" and "ANA MARIA". Every name counts, not only the first, so that words a label
 * could not place ("KENYAN MINISTER OF DEFENSE AMA") do not make two people one.
 */
function givenAgree(a: readonly string[], b: readonly string[]): 'same' | 'initial' | undefined {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let level: 'same' | 'initial' = 'same';
  let at = 0;
  for (const name of short) {
    let found: 'same' | 'initial' | undefined;
    while (at < long.length && found === undefined) found = sameName(name, long[at++] ?? '');
    if (found === undefined) return undefined;
    if (found === 'initial') level = 'initial';
  }
  return sameName(a[0] ?? '', b[0] ?? '') === undefined ? 'initial' : level;
}

// Two sightings in one briefing are two people: the parser already told them apart there.
function canJoin(cluster: Cluster, sighting: OfficialSighting): boolean {
  if (cluster.briefings.has(sighting.briefing)) return false;
  const country = sighting.speaker.affiliation;
  if (country !== undefined && cluster.countries.size > 0 && !cluster.countries.has(country)) {
    return false;
  }
  return cluster.members.every(
    (member) =>
      member.sex === undefined || sighting.sex === undefined || member.sex === sighting.sex,
  );
}

// How far a sighting stands in time from a person's other briefings (0 when among them).
function distance(cluster: Cluster, sighting: OfficialSighting): number {
  if (sighting.day === undefined) return 0;
  let nearest = Infinity;
  for (const member of cluster.members) {
    if (member.day !== undefined) nearest = Math.min(nearest, Math.abs(member.day - sighting.day));
  }
  return nearest === Infinity ? 0 : nearest;
}

function joinCluster(cluster: Cluster, sighting: OfficialSighting): void {
  cluster.members.push(sighting);
  cluster.briefings.add(sighting.briefing);
  for (const word of sighting.titleWords) cluster.titleWords.add(word);
  const country = sighting.speaker.affiliation;
  if (country !== undefined) cluster.countries.add(country);
}

function openCluster(clusters: Cluster[], sighting: OfficialSighting): void {
  const cluster: Cluster = {
    members: [],
    titleWords: new Set(),
    countries: new Set(),
    briefings: new Set(),
  };
  joinCluster(cluster, sighting);
  clusters.push(cluster);
}

// The nearest in time wins, then the one seen most, then the one seen first.
function chooseCluster(
  candidates: readonly Cluster[],
  sighting: OfficialSighting,
): Cluster | undefined {
  let best: Cluster | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const far = distance(candidate, sighting);
    if (
      best === undefined ||
      far < bestDistance ||
      (far === bestDistance && candidate.members.length > best.members.length)
    ) {
      best = candidate;
      bestDistance = far;
    }
  }
  return best;
}

const bySightingOrder = (a: OfficialSighting, b: OfficialSighting): number =>
  (a.day ?? Infinity) - (b.day ?? Infinity) ||
  compareText(a.briefing.slug, b.briefing.slug) ||
  compareText(a.speaker.id, b.speaker.id);

/**
 * Groups officials of one surname: full names agree on the first given name (or its initial); a
 * name without given names ("SEC. RUIZ") joins the person whose titles hold all of its title words,
 * nearest in time; officials of different countries or honorifics (Mr./Ms.) stay apart.
 */
function clusterSurname(sightings: OfficialSighting[]): Cluster[] {
  const ordered = [...sightings].sort(bySightingOrder);
  const full: Cluster[] = [];
  for (const sighting of ordered.filter((s) => s.given.length > 0)) {
    const joinable = full.filter((cluster) => canJoin(cluster, sighting));
    const agree = (level: 'same' | 'initial') =>
      joinable.filter((cluster) =>
        cluster.members.some((member) => givenAgree(member.given, sighting.given) === level),
      );
    const match =
      chooseCluster(agree('same'), sighting) ?? chooseCluster(agree('initial'), sighting);
    if (match === undefined) openCluster(full, sighting);
    else joinCluster(match, sighting);
  }
  const short: Cluster[] = [];
  for (const sighting of ordered.filter((s) => s.given.length === 0)) {
    const fitting = full.filter(
      (cluster) => canJoin(cluster, sighting) && isSubset(sighting.titleWords, cluster.titleWords),
    );
    const alike = short.filter(
      (cluster) =>
        canJoin(cluster, sighting) &&
        (isSubset(sighting.titleWords, cluster.titleWords) ||
          isSubset(cluster.titleWords, sighting.titleWords)),
    );
    const match = chooseCluster(fitting, sighting) ?? chooseCluster(alike, sighting);
    if (match === undefined) openCluster(short, sighting);
    else joinCluster(match, sighting);
  }
  return [...full, ...short];
}

// The name written most fully, the latest of those.
function fullestName(members: readonly OfficialSighting[]): OfficialSighting {
  return members.reduce((best, member) =>
    member.given.length > best.given.length ||
    (member.given.length === best.given.length &&
      (member.day ?? -Infinity) >= (best.day ?? -Infinity))
      ? member
      : best,
  );
}

function describeOfficial(cluster: Cluster): PersonGroup {
  const fullest = fullestName(cluster.members);
  const given = fullest.given[0];
  const words = [...cluster.titleWords].sort().join(' ');
  const slugName = given === undefined ? fullest.speaker.name : `${given} ${fullest.surname}`;
  // Members are in order of time: the first country seen does not change as briefings are added.
  const country = cluster.members.find((member) => member.speaker.affiliation !== undefined)
    ?.speaker.affiliation;
  return {
    kind: 'official',
    key: `official:${fullest.surname}:${given ?? words}:${country ?? ''}`,
    name: fullest.speaker.name,
    slugBase: slugName,
    sightings: cluster.members.map(({ briefing, speaker }) => ({ briefing, speaker })),
  };
}

/** Whether a reporter speaker is a named person (not "Unnamed reporter 2", "Coastal Wire reporter"). */
export function isNamedReporter(speaker: Speaker): boolean {
  return speaker.kind === 'reporter' && !/(?:^|\s)reporter(?:\s\d+)?$/i.test(speaker.name);
}

const reporterKey = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Groups the speakers of every briefing into people: officials by name and title, reporters by name. */
export function groupPeople(briefings: readonly IndexedBriefing[]): PersonGroup[] {
  const bySurname = new Map<string, OfficialSighting[]>();
  const reporters = new Map<string, Sighting[]>();
  const readings: LabelReadings = new Map();
  for (const briefing of briefings) {
    for (const speaker of briefing.document.speakers) {
      if (!briefing.turnsOf.has(speaker.id)) continue;
      if (speaker.kind === 'official') {
        const official = readOfficial({ briefing, speaker }, readings);
        if (official === undefined) continue;
        const list = bySurname.get(official.surname) ?? [];
        list.push(official);
        bySurname.set(official.surname, list);
      } else if (isNamedReporter(speaker)) {
        const key = reporterKey(speaker.name);
        const list = reporters.get(key) ?? [];
        list.push({ briefing, speaker });
        reporters.set(key, list);
      }
    }
  }
  const groups: PersonGroup[] = [];
  for (const surname of [...bySurname.keys()].sort()) {
    for (const cluster of clusterSurname(bySurname.get(surname) ?? [])) {
      groups.push(describeOfficial(cluster));
    }
  }
  for (const key of [...reporters.keys()].sort()) {
    const sightings = reporters.get(key) ?? [];
    const latest = sightings.reduce((a, b) =>
      (b.briefing.date ?? '') > (a.briefing.date ?? '') ? b : a,
    );
    groups.push({
      kind: 'reporter',
      key: `reporter:${key}`,
      name: latest.speaker.name,
      slugBase: latest.speaker.name,
      sightings,
    });
  }
  return groups;
}
