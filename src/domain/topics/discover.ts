import stopwordList from 'stopwords-en';
import { countryTopics } from '../../content/countries';
import { briefingWords, calendarWords, officeWords, titleWords } from '../../content/topic-words';
import type { Topic, TopicId } from '../types';
import { compileTopics, findMentions, keyOf } from './match';
import { slugOf } from './slug';

// Finds the subjects of a document in one pass over its words, by rules rather than a language model
// (see the README for the measurements behind that choice):
// - runs of capitalised words not opening a sentence name places, organisations, programmes and
//   people ("Royal Navy", "Middle East", "Mattis"); titles ("Secretary", "Gen.") are cut away, and
//   the documents' own speakers, reporters and outlets are never subjects;
// - country names and demonyms come from a maintained list ("Libyan" is Libya);
// - acronyms and designations ("NATO", "F-35", "5G");
// - two-word phrases of content words that recur ("political solution").
// What it returns are candidates with the count it saw; tagging settles the real counts.

/** What discovery reads. */
export interface DiscoveryInput {
  /** The text of each paragraph (speech and story), in reading order. */
  readonly texts: readonly string[];
  /** Names of the documents' speakers, reporters and outlets: never subjects. */
  readonly excludedNames: readonly string[];
  /** Topics already listed: a subject one of their patterns names is theirs, not found again. */
  readonly known: readonly Topic[];
  /** Country topics (names, spellings, demonyms); the shipped list by default. */
  readonly countries?: readonly Topic[];
}

export type CandidateKind = 'place' | 'name' | 'acronym' | 'phrase';

/** A subject found in the text: a topic and how often, and in how many paragraphs, it was seen. */
export interface TopicCandidate {
  readonly topic: Topic;
  readonly kind: CandidateKind;
  readonly seen: number;
  readonly paragraphs: number;
}

/** The fewest sightings that make a subject a candidate; a recurring phrase needs one more. */
export const minSightings = 2;
const minPhraseSightings = 3;
/** The most candidates discovery hands to tagging. */
const maxCandidates = 40;
/** The longest country name, in words, looked for inside a run ("Saint Vincent and the Grenadines"). */
const maxCountryWords = 6;

const stopwords: ReadonlySet<string> = new Set(stopwordList);
const titles: ReadonlySet<string> = new Set(titleWords);
const offices: ReadonlySet<string> = new Set(officeWords);
const calendar: ReadonlySet<string> = new Set(calendarWords);
const fillers: ReadonlySet<string> = new Set([...calendarWords, ...briefingWords]);
// Lower-case words that may join the capitalised words of one name ("Strait of Hormuz").
const joiners: ReadonlySet<string> = new Set(
  'of the for de del della di da du des la le al el bin van von der and'.split(' '),
);

const tokenPattern = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*\.?/gu;
const upperStart = /^\p{Lu}/u;
const lowerWord = /^\p{Ll}[\p{Ll}-]*$/u;
// "NATO", "HIMARS", "F-35", "MQ-9", "5G": capitals, or capitals and digits with at least one of each.
const acronymPattern =
  /^(?:\p{Lu}{2,6}|(?=[\p{Lu}\p{N}-]*\p{N})(?=[\p{Lu}\p{N}-]*\p{Lu})[\p{Lu}\p{N}]+(?:-[\p{Lu}\p{N}]+)*)$/u;
// "U.S", "U.K": letters and periods, kept with their final period.
const initialism = /^(?:\p{L}\.)+\p{L}$/u;
const possessive = /['’]s$/u;
// What between two words ends a run of a name: anything but spaces.
const onlySpaces = /^[ \t\u00a0]+$/u;
const sentenceBreak = /[.!?:;"“”()[\]\n\r]/u;

interface Word {
  /** As written, without a possessive "'s" or a sentence's final period. */
  readonly surface: string;
  /** Lower case, hyphens as spaces: how patterns are keyed. */
  readonly key: string;
  readonly joiner: boolean;
  readonly acronym: boolean;
  readonly sentenceStart: boolean;
}

interface Tally {
  kind: CandidateKind;
  seen: number;
  /** Sightings not at the start of a sentence. */
  inside: number;
  paragraphs: number;
  lastParagraph: number;
  readonly forms: Map<string, number>;
}

const newTally = (kind: CandidateKind): Tally => ({
  kind,
  seen: 0,
  inside: 0,
  paragraphs: 0,
  lastParagraph: -1,
  forms: new Map(),
});

const countSighting = (tally: Tally, form: string, paragraph: number, inside: boolean): void => {
  tally.seen += 1;
  if (inside) tally.inside += 1;
  if (tally.lastParagraph !== paragraph) {
    tally.paragraphs += 1;
    tally.lastParagraph = paragraph;
  }
  tally.forms.set(form, (tally.forms.get(form) ?? 0) + 1);
};

const wordsOf = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(possessive, ''))
    .filter((word) => word.length > 1 && !titles.has(word));

/** The state of one discovery: the tallies and what they are checked against. */
class Finder {
  readonly names = new Map<string, Tally>();
  readonly places = new Map<TopicId, Tally>();
  readonly phrases = new Map<string, Tally>();
  /** Words seen in lower case: a capitalised word also written so is a common word ("Defense"). */
  readonly lowerWords = new Set<string>();
  private readonly excludedWords = new Set<string>();
  private readonly excludedSurnames = new Set<string>();
  private paragraph = 0;

  constructor(
    readonly countryByKey: ReadonlyMap<string, Topic>,
    excludedNames: readonly string[],
  ) {
    for (const name of excludedNames) {
      const words = wordsOf(name);
      for (const word of words) this.excludedWords.add(word);
      const surname = words.at(-1);
      if (surname !== undefined) this.excludedSurnames.add(surname);
    }
  }

  read(text: string, paragraph: number): void {
    this.paragraph = paragraph;
    let run: Word[] = [];
    let previousEnd = 0;
    let endsSentence = true;
    let previousPhraseWord: string | undefined;
    tokenPattern.lastIndex = 0;
    for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
      const gap = text.slice(previousEnd, match.index);
      previousEnd = match.index + match[0].length;
      const sentenceStart = endsSentence || sentenceBreak.test(gap);
      const joined = !sentenceStart && onlySpaces.test(gap);
      let token = match[0];
      endsSentence = false;
      if (token.endsWith('.')) {
        const core = token.slice(0, -1);
        // "U.S." keeps its period; "Gen." and an initial ("T.") lose it without ending a sentence.
        if (!initialism.test(core)) token = core;
        endsSentence = token === core && !/^\p{Lu}$/u.test(core) && !titles.has(core.toLowerCase());
      }
      token = token.replace(possessive, '');
      const lower = token.toLowerCase();
      if (upperStart.test(token)) {
        if (!joined && run.length > 0) run = this.flush(run);
        const acronym = acronymPattern.test(token);
        run.push({ surface: token, key: keyOf(token), joiner: false, acronym, sentenceStart });
        previousPhraseWord = undefined;
        continue;
      }
      if (joiners.has(lower) && joined && run.length > 0) {
        run.push({ surface: token, key: lower, joiner: true, acronym: false, sentenceStart });
        previousPhraseWord = undefined;
        continue;
      }
      if (run.length > 0) run = this.flush(run);
      this.lowerWords.add(lower);
      previousPhraseWord = this.readPhraseWord(lower, joined ? previousPhraseWord : undefined);
    }
    if (run.length > 0) this.flush(run);
  }

  // A content word: two in a row make a phrase ("political solution"). Returns it for the next word.
  private readPhraseWord(word: string, previous: string | undefined): string | undefined {
    if (word.length < 3 || !lowerWord.test(word) || stopwords.has(word) || fillers.has(word)) {
      return undefined;
    }
    if (titles.has(word)) return undefined;
    if (previous !== undefined) this.tally(this.phrases, `${previous} ${word}`, 'phrase', true);
    return word;
  }

  private tally<K>(
    tallies: Map<K, Tally>,
    key: K,
    kind: CandidateKind,
    inside: boolean,
    form = String(key),
  ): void {
    let tally = tallies.get(key);
    if (tally === undefined) {
      tally = newTally(kind);
      tallies.set(key, tally);
    }
    countSighting(tally, form, this.paragraph, inside);
  }

  // The longest country spelling that starts at `from`, in words, or 0.
  private countryAt(run: readonly Word[], from: number): number {
    let key = '';
    let found = 0;
    for (let index = from; index < run.length && index < from + maxCountryWords; index++) {
      const word = run[index];
      if (word === undefined) break;
      key = key === '' ? word.key : `${key} ${word.key}`;
      if (!word.joiner && this.countryByKey.has(key)) found = index - from + 1;
    }
    return found;
  }

  // Takes a run of capitalised words apart into countries and names, dropping titles and filler.
  private flush(run: readonly Word[]): Word[] {
    let segment: Word[] = [];
    const close = () => {
      this.addName(segment);
      segment = [];
    };
    let index = 0;
    while (index < run.length) {
      const word = run[index];
      if (word === undefined) break;
      const afterName = segment.some((other) => !other.joiner) && segment.at(-1)?.joiner === false;
      const country = word.joiner || afterName ? 0 : this.countryAt(run, index);
      if (country > 0) {
        close();
        const words = run.slice(index, index + country);
        const key = words.map((other) => other.key).join(' ');
        const topic = this.countryByKey.get(key);
        if (topic !== undefined) {
          const inside = words[0]?.sentenceStart !== true;
          const form = words.map((other) => other.surface).join(' ');
          this.tally(this.places, topic.id, 'place', inside, form);
        }
        index += country;
        continue;
      }
      if (titles.has(word.key)) {
        // A title and its office ("Secretary of Defense") introduce a name or stand for a person.
        close();
        index++;
        while (index < run.length) {
          const next = run[index];
          if (next === undefined || !(next.joiner || offices.has(next.key))) break;
          index++;
        }
        continue;
      }
      // "Happy Monday" and "May": calendar words cut a run; other filler may be part of a name
      // ("United Nations"), and alone is left out later.
      if (word.key === 'and' || calendar.has(word.key)) {
        close();
        index++;
        continue;
      }
      // A function word opening a sentence ("The Royal Navy", "In Brussels") is no part of a name.
      if (segment.length === 0 && (word.joiner || stopwords.has(word.key))) {
        index++;
        continue;
      }
      segment.push(word);
      index++;
    }
    close();
    return [];
  }

  private addName(segment: readonly Word[]): void {
    let first = 0;
    let last = segment.length - 1;
    while (first <= last && segment[first]?.joiner === true) first++;
    while (last >= first && segment[last]?.joiner === true) last--;
    if (first > last) return;
    const words = segment.slice(first, last + 1);
    // "Strait of Hormuz" is one name, "President Oduya of Ruritania" two: the parts are counted as
    // well, and tagging (longest match first) settles which is mentioned.
    if (words.some((word) => word.joiner)) {
      let part: Word[] = [];
      for (const word of [...words, undefined]) {
        if (word !== undefined && !word.joiner) {
          part.push(word);
          continue;
        }
        if (part.length > 0) this.addName(part);
        part = [];
      }
    }
    const named = words.filter((word) => !word.joiner);
    if (named.every((word) => this.excludedWords.has(word.key))) return;
    if (this.excludedSurnames.has(named.at(-1)?.key ?? '')) return;
    const head = words[0];
    if (head === undefined) return;
    const form = words.map((word) => word.surface).join(' ');
    const key = words.map((word) => word.key).join(' ');
    if (words.length === 1 && head.acronym) {
      if (!stopwords.has(key) && !fillers.has(key)) {
        this.tally(this.names, key, 'acronym', !head.sentenceStart, form);
      }
      return;
    }
    this.tally(this.names, key, 'name', !head.sentenceStart, form);
  }
}

// The form of `key` written most often, earliest on a tie.
const commonestForm = (forms: ReadonlyMap<string, number>, key: string): string => {
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

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// A lone capitalised word is a name only if it was seen inside a sentence, is never written in lower
// case, and is no common or filler word.
function isSingleName(finder: Finder, key: string, tally: Tally): boolean {
  if (tally.inside === 0 || key.length < 3 || finder.lowerWords.has(key)) return false;
  return !stopwords.has(key) && !fillers.has(key) && !offices.has(key) && !titles.has(key);
}

// Folds a tally into another: a surname into the full name, "European" into "Europe".
function fold(into: Tally, from: Tally): void {
  into.seen += from.seen;
  into.inside += from.inside;
  into.paragraphs = Math.max(into.paragraphs, from.paragraphs);
  for (const [form, count] of from.forms) into.forms.set(form, (into.forms.get(form) ?? 0) + count);
}

function settleNames(finder: Finder): Map<string, Tally> {
  const names = new Map<string, Tally>();
  for (const [key, tally] of finder.names) {
    const single = !key.includes(' ');
    if (single && tally.kind === 'name' && !isSingleName(finder, key, tally)) continue;
    names.set(key, tally);
  }
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

function settlePhrases(finder: Finder): Map<string, Tally> {
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

/** Finds the subjects of the given paragraphs: candidates for topics, most seen first. */
export function discoverTopics(input: DiscoveryInput): TopicCandidate[] {
  const countries = input.countries ?? countryTopics;
  const countryByKey = new Map<string, Topic>();
  for (const topic of countries) {
    for (const pattern of topic.patterns) {
      const key = keyOf(pattern);
      if (!countryByKey.has(key)) countryByKey.set(key, topic);
    }
  }
  const knownIds = new Set<string>(input.known.map((topic) => topic.id));
  const knownMatcher = compileTopics(input.known);
  // A spelling that holds a known pattern ("Defeat ISIS") would take that topic's mentions away.
  const isFree = (pattern: string): boolean => findMentions(pattern, 0, knownMatcher).length === 0;
  const finder = new Finder(countryByKey, input.excludedNames);
  input.texts.forEach((text, paragraph) => {
    finder.read(text, paragraph);
  });

  const candidates: TopicCandidate[] = [];
  const taken = new Set<string>();
  const add = (topic: Topic, kind: CandidateKind, tally: Tally) => {
    if (tally.seen < minSightings || knownIds.has(topic.id) || taken.has(topic.id)) return;
    const patterns = topic.patterns.filter(isFree);
    if (patterns.length === 0) return;
    taken.add(topic.id);
    candidates.push({
      topic: { ...topic, patterns },
      kind,
      seen: tally.seen,
      paragraphs: tally.paragraphs,
    });
  };
  const countryById = new Map(countries.map((topic) => [topic.id, topic]));
  for (const [id, tally] of finder.places) {
    const topic = countryById.get(id);
    if (topic !== undefined) add(topic, 'place', tally);
  }
  const named = [...settleNames(finder), ...settlePhrases(finder)];
  for (const [key, tally] of named) {
    // A full name labels the topic its surname joined ("Khalifa Haftar", not "Haftar").
    const form = commonestForm(tally.forms, key);
    const label = tally.kind === 'phrase' ? capitalise(form) : form;
    const id = slugOf(label);
    if (id.length === 0) continue;
    add({ id: id as TopicId, label, patterns: [...tally.forms.keys()] }, tally.kind, tally);
  }
  return candidates
    .sort((a, b) => b.seen - a.seen || b.paragraphs - a.paragraphs)
    .slice(0, maxCandidates);
}
