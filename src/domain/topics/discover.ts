import { countryTopics } from '../../content/countries';
import type { Topic, TopicId } from '../types';
import { compileTopics, findMentions } from './match';
import { keyOf } from './pattern-key';
import { slugOf } from './slug';
import {
  capitalise,
  commonestForm,
  countSighting,
  newTally,
  settleNames,
  settlePhrases,
  type CandidateKind,
  type Tally,
} from './sightings';
import {
  calendar,
  fillers,
  initialism,
  isAcronym,
  isApostrophe,
  isBreak,
  isSingleCapital,
  isUpper,
  joiners,
  keyOfWord,
  lowerWord,
  notModifierEnding,
  notNounEnding,
  offices,
  stopwords,
  titles,
  wordPattern,
} from './word-shapes';

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

export type { CandidateKind } from './sightings';

/** A subject found in the text: a topic and how often, and in how many paragraphs, it was seen. */
export interface TopicCandidate {
  readonly topic: Topic;
  readonly kind: CandidateKind;
  readonly seen: number;
  readonly paragraphs: number;
  /** Rank of its first sighting among all subjects seen. */
  readonly order: number;
}

/** The fewest sightings that make a subject a candidate; a recurring phrase needs one more. */
export const minSightings = 2;
/** The most candidates discovery hands to tagging. */
const maxCandidates = 40;
/** The longest country name, in words, looked for inside a run ("Saint Vincent and the Grenadines"). */
const maxCountryWords = 6;

interface Word {
  /** As written, without a possessive "'s" or a sentence's final period. */
  readonly surface: string;
  /** Lower case, hyphens as spaces: how patterns are keyed. */
  readonly key: string;
  readonly joiner: boolean;
  readonly acronym: boolean;
  readonly sentenceStart: boolean;
}

const wordsOf = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(/['’]s$/u, ''))
    .filter((word) => word.length > 1 && !titles.has(word));

interface CapitalisedWord {
  readonly key: string;
  readonly acronym: boolean;
}

// What a lower-case word is, as flags: skipped (short or a stopword: not even a lower-case form of
// a name), plain (a lower-case form, but no part of a phrase), or a content word that may end
// and/or start a phrase.
const LowerWord = {
  skipped: 0,
  plain: 1,
  content: 2,
  endsPhrase: 4,
  startsPhrase: 8,
} as const;

/** The state of one discovery: the tallies and what they are checked against. */
class Finder {
  readonly names = new Map<string, Tally>();
  /** Names of one word, which must pass more checks (isSingleName). */
  readonly singles = new Map<string, Tally>();
  readonly places = new Map<TopicId, Tally>();
  readonly phrases = new Map<string, Tally>();
  /** Words seen in lower case: a capitalised word also written so is a common word ("Defense"). */
  readonly lowerWords = new Set<string>();
  /** Each distinct lower-case word's kind (LowerWord flags), worked out on its first sighting. */
  private readonly lowerKinds = new Map<string, number>();
  private readonly capitalised = new Map<string, CapitalisedWord>();
  private readonly excludedWords = new Set<string>();
  private readonly excludedSurnames = new Set<string>();
  private paragraph = 0;
  private tallies = 0;

  /** The first word of every country spelling: most capitalised words start none. */
  private readonly countryFirstWords = new Set<string>();

  constructor(
    readonly countryByKey: ReadonlyMap<string, Topic>,
    excludedNames: readonly string[],
  ) {
    for (const key of countryByKey.keys()) this.countryFirstWords.add(key.split(' ')[0] ?? '');
    for (const name of excludedNames) {
      const words = wordsOf(name);
      for (const word of words) this.excludedWords.add(word);
      const surname = words.at(-1);
      if (surname !== undefined) this.excludedSurnames.add(surname);
    }
  }

  // One pass over the words (the gaps between them are read by character, never sliced): this
  // loop is most of discovery's cost.
  read(text: string, paragraph: number): void {
    this.paragraph = paragraph;
    let run: Word[] = [];
    let sentenceStart = true;
    let previousPhraseWord: string | undefined;
    // The previous word was "Gen", "T" or "U.S": a period right after it ends no sentence.
    let abbreviation = false;
    let at = 0;
    wordPattern.lastIndex = 0;
    for (let match = wordPattern.exec(text); match !== null; match = wordPattern.exec(text)) {
      let spaces = true;
      const gapStart = at;
      for (; at < match.index; at++) {
        const code = text.charCodeAt(at);
        if (code === 46 && abbreviation && at === gapStart) continue;
        if (code !== 32 && code !== 9 && code !== 160) spaces = false;
        if (isBreak(code)) sentenceStart = true;
      }
      const joined = spaces && !sentenceStart && at > gapStart;
      const end = match.index + match[0].length;
      let token = match[0];
      const first = text.charCodeAt(at);
      at = end;
      const wordStartsSentence = sentenceStart;
      sentenceStart = false;
      abbreviation = false;
      if (text.charCodeAt(end) === 46) {
        // "U.S." keeps its period; "Gen." and an initial ("T.") drop it without ending a sentence.
        if (initialism.test(token)) {
          token += '.';
          at = end + 1;
        } else {
          abbreviation = isSingleCapital(token) || titles.has(token.toLowerCase());
        }
      }
      const quote = token.length - 2;
      if (quote > 0 && isApostrophe(token.charCodeAt(quote)) && token.endsWith('s')) {
        token = token.slice(0, quote);
      }
      if (isUpper(first, text, match.index)) {
        if (!joined && run.length > 0) run = this.flush(run);
        const known = this.readCapitalised(token);
        run.push({
          surface: token,
          key: known.key,
          joiner: false,
          acronym: known.acronym,
          sentenceStart: wordStartsSentence,
        });
        previousPhraseWord = undefined;
        continue;
      }
      // Stopwords and joiners are lower case: a word that starts so is looked up as written.
      const lower = token;
      if (joined && run.length > 0 && joiners.has(lower)) {
        run.push({
          surface: token,
          key: lower,
          joiner: true,
          acronym: false,
          sentenceStart: false,
        });
        previousPhraseWord = undefined;
        continue;
      }
      if (run.length > 0) run = this.flush(run);
      previousPhraseWord = this.readLowerWord(lower, joined ? previousPhraseWord : undefined);
    }
    if (run.length > 0) this.flush(run);
  }

  // A capitalised word's key and whether it is an acronym, worked out once per distinct word.
  private readCapitalised(token: string): CapitalisedWord {
    let known = this.capitalised.get(token);
    if (known === undefined) {
      known = { key: keyOfWord(token), acronym: isAcronym(token) };
      this.capitalised.set(token, known);
    }
    return known;
  }

  // What a lower-case word is (see LowerWord), worked out once per distinct word: a long briefing
  // repeats the same few thousand words, and this saves the lookups and tests on every repeat.
  private classify(word: string): number {
    let kind = this.lowerKinds.get(word);
    if (kind !== undefined) return kind;
    // Words of one or two letters ("of", "we") are neither names' lower-case forms nor phrases.
    if (word.length < 3 || stopwords.has(word)) {
      kind = LowerWord.skipped;
    } else {
      this.lowerWords.add(word);
      kind =
        fillers.has(word) || titles.has(word) || !lowerWord.test(word)
          ? LowerWord.plain
          : LowerWord.content |
            // A phrase is a thing named ("political solution"), so it ends in a noun: not
            // "discussed industrial" or "watching closely". Word endings stand in for parts of speech.
            (notNounEnding.test(word) ? 0 : LowerWord.endsPhrase) |
            (notModifierEnding.test(word) ? 0 : LowerWord.startsPhrase);
    }
    this.lowerKinds.set(word, kind);
    return kind;
  }

  // A lower-case word: two content words in a row make a phrase ("political solution"). Returns
  // the word when it may start the next phrase.
  private readLowerWord(word: string, previous: string | undefined): string | undefined {
    const kind = this.classify(word);
    if ((kind & LowerWord.content) === 0) return undefined;
    if (previous !== undefined && (kind & LowerWord.endsPhrase) !== 0) {
      this.tally(this.phrases, `${previous} ${word}`, 'phrase', true);
    }
    return (kind & LowerWord.startsPhrase) === 0 ? undefined : word;
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
      tally = newTally(kind, this.tallies++);
      tallies.set(key, tally);
    }
    countSighting(tally, form, this.paragraph, inside);
  }

  // The longest country spelling that starts at `from`, in words, or 0.
  private countryAt(run: readonly Word[], from: number): number {
    if (!this.countryFirstWords.has(run[from]?.key ?? '')) return 0;
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
    let index = 0;
    while (index < run.length) {
      const word = run[index];
      if (word === undefined) break;
      // A country name right after another capitalised word is part of a longer name ("New Jersey").
      const afterName = segment.at(-1)?.joiner === false;
      const country = word.joiner || afterName ? 0 : this.countryAt(run, index);
      if (country > 0) {
        segment = this.addName(segment);
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
        segment = this.addName(segment);
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
        segment = this.addName(segment);
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
    this.addName(segment);
    return [];
  }

  // Counts a segment of a run as a name; gives an empty segment to go on with.
  private addName(segment: readonly Word[]): Word[] {
    if (segment.length > 0) this.countName(segment);
    return [];
  }

  private countName(segment: readonly Word[]): void {
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
        if (part.length > 0) this.countName(part);
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
    // A hyphenated word ("Anti-personnel") is one word, though its key has a space.
    this.tally(
      words.length === 1 ? this.singles : this.names,
      key,
      'name',
      !head.sentenceStart,
      form,
    );
  }
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
      order: tally.order,
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
    .sort((a, b) => b.seen - a.seen || b.paragraphs - a.paragraphs || a.order - b.order)
    .slice(0, maxCandidates);
}
